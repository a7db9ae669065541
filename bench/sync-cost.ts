/**
 * `npx tsx bench/sync-cost.ts`: the sync path alone against the bare server, for quick before/after
 * comparisons of the hot path (no worker, drain or malformed loads; `npm run bench` measures the
 * budgets). BENCH_PATH=accept loads the async acceptance instead (no `Prefer`, answered 202; no
 * worker runs, so the jobs stay queued). Per round it loads the bare server and the gateway back to back, and
 * prints req/s, p99, the CPU time per answered request of the server and of Redis, Redis commands
 * and the gateway's read and write system calls per message: CPU per message moves much less than
 * req/s when the machine is shared. Before the rounds it counts each gateway's Redis round trips
 * per message (MONITOR, one message at a time).
 * With BENCH_COMPARE_BIN (another checkout's bin/lgsp-sim.js) a second gateway of that code runs
 * beside this one, on its own Redis, and every round loads both: A/B in the same minutes of the
 * machine, which a busy machine disturbs far less than two runs apart. BENCH_COMPARE_NODE_FLAGS gives
 * the compared gateway other node flags (BENCH_COMPARE_BIN=bin/lgsp-sim.js compares flags alone).
 * Gateways run with `npm start`'s node flags, as in `npm run bench`.
 * With BENCH_PROFILE_DIR the gateways write CPU profiles (bench/summarize-profile.ts reads them).
 * With BENCH_FLOOR=1 (sync only) bench/floor-server.ts is loaded too, on a Redis of its own: the least
 * a server that stores each message can do, beside the bare server and the gateway.
 * Env: BENCH_DURATION_S (5), BENCH_ROUNDS (2), BENCH_WARMUP_S (3), BENCH_CONNECTIONS (50).
 */
import { join } from 'node:path';
import Redis from 'ioredis';
import { processCpuMs, processSyscalls, START_NODE_FLAGS, startChild, type Child } from './children';
import { devToken, load, sendOne, type Load } from './load';
import { commandCalls, commandsBetween, roundTripsPerMessage, startPrivateRedis } from './redis-stats';

const DURATION = Number(process.env.BENCH_DURATION_S ?? 5);
const ROUNDS = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 2));
const WARMUP = Number(process.env.BENCH_WARMUP_S ?? 3);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const COMPARE_BIN = process.env.BENCH_COMPARE_BIN;
/** Node flags of the compared gateway (default: npm start's, as this one's), to compare flags on one checkout. */
const COMPARE_FLAGS = process.env.BENCH_COMPARE_NODE_FLAGS?.split(/\s+/).filter(Boolean) ?? START_NODE_FLAGS;
const BIN = join(__dirname, '..', 'bin', 'lgsp-sim.js');
/** Which path the gateways are loaded on: `sync` (Prefer: wait=5, 200) or `accept` (no Prefer, 202). */
const PATH = process.env.BENCH_PATH === 'accept' ? 'accept' : 'sync';
const PATH_HEADERS: Record<string, string> = PATH === 'accept' ? {} : { prefer: 'wait=5' };
const PATH_STATUS = PATH === 'accept' ? 202 : 200;
const PROBE_MESSAGES = 20;
const FLOOR = process.env.BENCH_FLOOR === '1' && PATH === 'sync';

interface Target {
  name: string;
  url: string;
  headers: Record<string, string>;
  /** What an answered request is answered. */
  status: number;
  /** Processes whose CPU is counted: the server, and its Redis if it has one of its own. */
  pids: (number | undefined)[];
  redis?: Redis;
  redisUrl?: string;
}

interface Gateway {
  target: Target;
  stop(): Promise<void>;
}

/**
 * A server started by `start` on a Redis of its own, as a target whose process, Redis and commands
 * are measured; `describe` says where and how to load it once it is up.
 */
async function onPrivateRedis(
  children: Child[],
  start: (redisUrl: string) => Child,
  describe: (child: Child) => Promise<Pick<Target, 'name' | 'url' | 'headers' | 'status'>>,
): Promise<Gateway> {
  const redisServer = await startPrivateRedis();
  const redis = new Redis(redisServer.url);
  const child = start(redisServer.url);
  children.push(child);
  return {
    target: { ...(await describe(child)), pids: [child.process.pid, redisServer.pid], redis, redisUrl: redisServer.url },
    stop: async () => {
      await child.stop();
      redis.disconnect();
      await redisServer.stop();
    },
  };
}

/** A gateway of the checkout whose bin is `bin`, on a private Redis. */
function startGateway(name: string, bin: string, flags: readonly string[], children: Child[]): Promise<Gateway> {
  return onPrivateRedis(
    children,
    (redisUrl) =>
      startChild([...flags, bin, 'serve'], {
        REDIS_URL: redisUrl,
        REDIS_PREFIX: `bench-${process.pid}`,
        PORT: '0',
        LOG_LEVEL: 'warn',
        LOG_FORMAT: 'json',
        TOKEN_TTL_SECONDS: '3600',
      }),
    async (child) => {
      const [, url = ''] = await child.waitFor(/is up at (http:\/\/localhost:\d+)/);
      return {
        name,
        url: `${url.replace('localhost', '127.0.0.1')}/api/v1/messages`,
        headers: { authorization: `Bearer ${await devToken(url)}`, ...PATH_HEADERS },
        status: PATH_STATUS,
      };
    },
  );
}

/** bench/floor-server.ts on a private Redis. */
function startFloor(children: Child[]): Promise<Gateway> {
  return onPrivateRedis(
    children,
    (redisUrl) => startChild([join(__dirname, 'floor-server.ts')], { REDIS_URL: redisUrl }),
    async (child) => {
      const [, port] = await child.waitFor(/listening (\d+)/);
      return { name: 'floor', url: `http://127.0.0.1:${port}/echo`, headers: { authorization: 'Bearer floor-token' }, status: 200 };
    },
  );
}

function perRequest(value: number | undefined, ok: number, digits = 0): string {
  return value === undefined ? '?' : (value / Math.max(1, ok)).toFixed(digits);
}

/** One load of `target`, with what its processes spent meanwhile; one line of figures. */
async function measure(target: Target): Promise<{ load: Load; line: string }> {
  const cpuBefore = target.pids.map(processCpuMs);
  const syscallsBefore = processSyscalls(target.pids[0]);
  const commandsBefore = target.redis ? await commandCalls(target.redis) : undefined;
  const run = await load(target.url, target.headers, target.status, DURATION, CONNECTIONS);
  const commands = target.redis && commandsBefore ? commandsBetween(commandsBefore, await commandCalls(target.redis)) : undefined;
  const syscallsAfter = processSyscalls(target.pids[0]);
  const cpuUs = target.pids.map((pid, i) => 1000 * ((processCpuMs(pid) ?? 0) - (cpuBefore[i] ?? 0)));
  const parts = [`${target.name} ${run.rps.toFixed(0)} req/s p99 ${run.p99} ms`, `cpu ${perRequest(cpuUs[0], run.ok)} µs`];
  if (target.redis) {
    parts.push(`redis ${perRequest(cpuUs[1], run.ok)} µs ${perRequest(commands, run.ok, 1)} commands`);
    if (syscallsBefore && syscallsAfter) {
      parts.push(
        `syscalls r/w ${perRequest(syscallsAfter.reads - syscallsBefore.reads, run.ok, 2)}/${perRequest(syscallsAfter.writes - syscallsBefore.writes, run.ok, 2)}`,
      );
    }
    if (run.errors) parts.push(`errors ${run.errors}`);
  }
  return { load: run, line: parts.join(' ') };
}

async function main(): Promise<void> {
  const children: Child[] = [];
  const gateways: Gateway[] = [];
  try {
    const bareChild = startChild([join(__dirname, 'bare-server.ts')], {});
    children.push(bareChild);
    const [, barePort] = await bareChild.waitFor(/listening (\d+)/);
    const bare: Target = { name: 'bare', url: `http://127.0.0.1:${barePort}/echo`, headers: {}, status: 200, pids: [bareChild.process.pid] };
    gateways.push(await startGateway(PATH, BIN, START_NODE_FLAGS, children));
    if (COMPARE_BIN) gateways.push(await startGateway('compared', COMPARE_BIN, COMPARE_FLAGS, children));
    if (FLOOR) gateways.push(await startFloor(children));
    const targets = [bare, ...gateways.map((g) => g.target)];
    // Each gateway has a Redis of its own, so nothing else talks to it while its round trips are counted.
    for (const { target } of gateways) {
      const trips = await roundTripsPerMessage(target.redisUrl ?? '', PROBE_MESSAGES, () => sendOne(target.url, target.headers, target.status));
      process.stdout.write(`${target.name}: ${trips.toFixed(1)} Redis round trips per message (${PATH})\n`);
    }
    if (WARMUP > 0) for (const target of targets) await load(target.url, target.headers, target.status, WARMUP, CONNECTIONS);
    for (let round = 1; round <= ROUNDS; round++) {
      const results = [];
      for (const target of targets) results.push(await measure(target));
      const bareRps = results[0]?.load.rps ?? 1;
      const bareP99 = Math.max(1, results[0]?.load.p99 ?? 1);
      const ratios = results
        .slice(1)
        .map((r, i) => `${targets[i + 1]?.name} ${(r.load.rps / bareRps).toFixed(2)}× p99 ${(r.load.p99 / bareP99).toFixed(2)}×`);
      process.stdout.write(`round ${round}:\n  ${results.map((r) => r.line).join('\n  ')}\n  vs bare: ${ratios.join(' | ')}\n`);
    }
  } finally {
    await Promise.all(children.map((c) => c.stop()));
    await Promise.all(gateways.map((g) => g.stop()));
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`sync-cost failed: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  },
);
