/**
 * `npx tsx bench/sync-cost.ts`: the sync path alone against the bare server, for quick before/after
 * comparisons of the hot path (no worker, accept, drain or malformed loads; `npm run bench` measures
 * the budgets). Per round it loads the bare server and the gateway's sync path back to back, and
 * prints req/s, p99 and the CPU time per answered request of the server, of Redis, and Redis
 * commands per message: CPU per message moves much less than req/s when the machine is shared.
 * With BENCH_PROFILE_DIR the gateway writes a CPU profile (bench/summarize-profile.ts reads it).
 * Env: BENCH_DURATION_S (5), BENCH_ROUNDS (2), BENCH_WARMUP_S (3), BENCH_CONNECTIONS (50).
 */
import { join } from 'node:path';
import Redis from 'ioredis';
import { processCpuMs, processSyscalls, startChild, type Child } from './children';
import { devToken, load, type Load } from './load';
import { commandCalls, commandsBetween, startPrivateRedis } from './redis-stats';

const DURATION = Number(process.env.BENCH_DURATION_S ?? 5);
const ROUNDS = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 2));
const WARMUP = Number(process.env.BENCH_WARMUP_S ?? 3);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const BIN = join(__dirname, '..', 'bin', 'lgsp-sim.js');

/** The load, with the CPU ms `pids` used meanwhile. */
async function measured(pids: (number | undefined)[], run: () => Promise<Load>): Promise<{ load: Load; cpuMs: number[] }> {
  const before = pids.map(processCpuMs);
  const result = await run();
  return { load: result, cpuMs: pids.map((pid, i) => (processCpuMs(pid) ?? 0) - (before[i] ?? 0)) };
}

function perRequestUs(cpuMs: number | undefined, ok: number): string {
  return `${((1000 * (cpuMs ?? 0)) / Math.max(1, ok)).toFixed(0)} µs`;
}

function perMessage(before: number | undefined, after: number | undefined, ok: number): string {
  return before === undefined || after === undefined ? '?' : ((after - before) / Math.max(1, ok)).toFixed(2);
}

async function main(): Promise<void> {
  const redisServer = await startPrivateRedis();
  const redis = new Redis(redisServer.url);
  const children: Child[] = [];
  try {
    const bare = startChild([join(__dirname, 'bare-server.ts')], {});
    const gateway = startChild([BIN, 'serve'], {
      REDIS_URL: redisServer.url,
      REDIS_PREFIX: `bench-${process.pid}`,
      PORT: '0',
      LOG_LEVEL: 'warn',
      LOG_FORMAT: 'json',
      TOKEN_TTL_SECONDS: '3600',
    });
    children.push(bare, gateway);
    const [, barePort] = await bare.waitFor(/listening (\d+)/);
    const [, gatewayUrl = ''] = await gateway.waitFor(/is up at (http:\/\/localhost:\d+)/);
    const bareUrl = `http://127.0.0.1:${barePort}/echo`;
    const apiUrl = `${gatewayUrl.replace('localhost', '127.0.0.1')}/api/v1/messages`;
    const headers = { authorization: `Bearer ${await devToken(gatewayUrl)}`, prefer: 'wait=5' };
    if (WARMUP > 0) {
      await load(bareUrl, {}, 200, WARMUP, CONNECTIONS);
      await load(apiUrl, headers, 200, WARMUP, CONNECTIONS);
    }
    for (let round = 1; round <= ROUNDS; round++) {
      const bareRun = await measured([bare.process.pid], () => load(bareUrl, {}, 200, DURATION, CONNECTIONS));
      const commandsBefore = await commandCalls(redis);
      const syscallsBefore = processSyscalls(gateway.process.pid);
      const syncRun = await measured([gateway.process.pid, redisServer.pid], () => load(apiUrl, headers, 200, DURATION, CONNECTIONS));
      const commands = commandsBetween(commandsBefore, await commandCalls(redis));
      const syscallsAfter = processSyscalls(gateway.process.pid);
      const { load: b } = bareRun;
      const { load: s } = syncRun;
      process.stdout.write(
        `round ${round}: bare ${b.rps.toFixed(0)} req/s p99 ${b.p99} ms cpu ${perRequestUs(bareRun.cpuMs[0], b.ok)} | ` +
          `sync ${s.rps.toFixed(0)} req/s p99 ${s.p99} ms errors ${s.errors} gateway ${perRequestUs(syncRun.cpuMs[0], s.ok)} ` +
          `redis ${perRequestUs(syncRun.cpuMs[1], s.ok)} ${(commands / Math.max(1, s.ok)).toFixed(1)} commands ` +
          `syscalls r/w ${perMessage(syscallsBefore?.reads, syscallsAfter?.reads, s.ok)}/${perMessage(syscallsBefore?.writes, syscallsAfter?.writes, s.ok)} | ` +
          `ratio ${(s.rps / b.rps).toFixed(2)} p99 ratio ${(s.p99 / Math.max(1, b.p99)).toFixed(2)}\n`,
      );
    }
  } finally {
    await Promise.all(children.map((c) => c.stop()));
    redis.disconnect();
    await redisServer.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`sync-cost failed: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  },
);
