/**
 * `npm run bench`: measures the DESIGN.md budgets in one run, on loopback, against baselines started
 * in the same run — a bare express server that only parses the same JSON body, and a bare BullMQ
 * queue and worker — and prints the ratios. Stops by itself; writes bench/results/latest.json.
 *
 * The machine is shared (the load of other work comes and goes), so the HTTP loads are interleaved:
 * after a warm-up of each target, every round loads the bare server, the sync path and the accept
 * path back to back, and the ratios are the medians of the per-round ratios. The drain likewise:
 * the first round drains what the accept loads queued, each later one (up to BENCH_ROUNDS) fills
 * both queues afresh, and the drain ratio is the median of the per-round ratios.
 * Then the same gateway takes BENCH_MALFORMED malformed bodies (bench/malformed.ts: large up to the
 * body limit, deep, truncated), and its RSS during and after that load is reported beside the
 * normal loads' RSS.
 * It also counts what Redis does: commands per message of each phase (from `INFO commandstats`
 * before and after, commands inside scripts included), round trips per message (MONITOR; a script
 * is one), and commands per second at rest (gateway and worker idle); and the CPU time the bare
 * server, the gateway and Redis spend per answered request (from /proc), which a busy machine
 * disturbs less than req/s. For those counts to be the
 * bench's alone it starts a private redis-server (append-only, no eviction) unless REDIS_URL is set.
 * Env: REDIS_URL (default: a private redis-server), BENCH_DURATION_S (5 per load), BENCH_ROUNDS (3),
 * BENCH_WARMUP_S (3), BENCH_CONNECTIONS (50), BENCH_MALFORMED (10000 requests; 0 skips the load),
 * BENCH_CONCURRENCY (worker concurrency of both workers, 10), BENCH_PROFILE_DIR (CPU profiles of the children).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import Redis from 'ioredis';
import { processCpuMs, START_NODE_FLAGS, startChild, type Child, simulatorEnv } from './children';
import { acceptMessages, addBareJobs, drainQueue, type Drained } from './drain';
import { devToken, load as loadFor, sendOne, type Load } from './load';
import { malformedBodies, malformedLoad, type MalformedLoad } from './malformed';
import { commandCalls, commandsBetween, roundTripsPerMessage, startPrivateRedis } from './redis-stats';

let REDIS_URL = process.env.REDIS_URL ?? '';
const IDLE_SECONDS = 5;
const PROBE_MESSAGES = 10;
const DURATION = Number(process.env.BENCH_DURATION_S ?? 5);
const ROUNDS = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 3));
const WARMUP = Number(process.env.BENCH_WARMUP_S ?? 3);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 10);
const MALFORMED = Number(process.env.BENCH_MALFORMED ?? 10_000);
/** The gateway's body limit (the default BODY_LIMIT_BYTES), which the large malformed bodies fill. */
const BODY_LIMIT = 1024 * 1024;
const DRAIN_LIMIT_MS = 180_000;
/** Messages per drain round after the first (which drains what the accept loads queued). */
const DRAIN_ROUND_JOBS = 8000;
/** Requests in flight while a drain round's queue is filled through the gateway. */
const FILL_CONNECTIONS = 20;
// Written as the hash tag the simulator makes of its prefix (RedisKeys), so the bench's own queues match its keys.
const PREFIX = `{bench-${process.pid}}`;
const BIN = join(__dirname, '..', 'bin', 'lgsp-sim.js');

/** One load of the bench's settings (connections, and the duration of a round unless given). */
async function load(url: string, headers: Record<string, string>, expectStatus: number, duration = DURATION): Promise<Load> {
  return loadFor(url, headers, expectStatus, duration, CONNECTIONS);
}

/** Commands Redis ran (scripts' inner commands included) while `work` ran. */
async function counted<T>(redis: Redis, work: () => Promise<T>): Promise<{ result: T; commands: number }> {
  const before = await commandCalls(redis);
  const result = await work();
  return { result, commands: commandsBetween(before, await commandCalls(redis)) };
}

/** CPU ms the processes `pids` used while `work` ran, each (0 where it cannot be read). */
async function cpuOf<T>(pids: (number | undefined)[], work: () => Promise<T>): Promise<{ result: T; cpuMs: number[] }> {
  const before = pids.map(processCpuMs);
  const result = await work();
  return { result, cpuMs: pids.map((pid, i) => (processCpuMs(pid) ?? 0) - (before[i] ?? 0)) };
}

async function sleep(ms: number): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, ms));
}

interface Round {
  bare: Load;
  sync: Load;
  accept: Load;
  peakMb: number;
  syncCommands: number;
  acceptCommands: number;
  /** CPU ms used during each load: the bare server's, the gateway's, and Redis's (private Redis only). */
  cpu: { bare: number; sync: number; accept: number; syncRedis: number; acceptRedis: number };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Medians of each figure over the rounds (the ratios use per-round pairs, not these). */
function medianLoad(runs: Load[]): Load {
  return {
    rps: median(runs.map((r) => r.rps)),
    p99: median(runs.map((r) => r.p99)),
    ok: median(runs.map((r) => r.ok)),
    errors: runs.reduce((sum, r) => sum + r.errors, 0),
  };
}

/** Samples a process's RSS while `work` runs; resolves with the work's result and the peak. */
async function withRss<T>(child: Child, work: () => Promise<T>): Promise<{ result: T; peakMb: number }> {
  let peakMb = child.rssMb() ?? 0;
  const timer = setInterval(() => (peakMb = Math.max(peakMb, child.rssMb() ?? 0)), 200);
  try {
    return { result: await work(), peakMb };
  } finally {
    clearInterval(timer);
  }
}

/** Resumes `queue` and times until nothing waits, runs or is delayed; jobs per second. */
function drain(queue: Queue, jobs: number): Promise<Drained> {
  return drainQueue(queue, jobs, { pollMs: 50, limitMs: DRAIN_LIMIT_MS });
}

async function wipe(redis: Redis): Promise<void> {
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${PREFIX}:*`, 'COUNT', 1000);
    if (keys.length) await redis.unlink(...keys);
    cursor = next;
  } while (cursor !== '0');
}

async function main(): Promise<void> {
  const children: Child[] = [];
  const privateRedis = REDIS_URL ? undefined : await startPrivateRedis();
  if (privateRedis) REDIS_URL = privateRedis.url;
  const redis = new Redis(REDIS_URL, { maxRetriesPerRequest: null });
  const simEnv = simulatorEnv(REDIS_URL, PREFIX, CONCURRENCY);
  const svcQueue = new Queue('svc-diag', { connection: redis, prefix: PREFIX });
  const bareQueue = new Queue('bare', { connection: redis, prefix: PREFIX });
  try {
    const bare = startChild([join(__dirname, 'bare-server.ts')], {});
    const gateway = startChild([...START_NODE_FLAGS, BIN, 'serve'], simEnv);
    children.push(bare, gateway);
    const [, barePort] = await bare.waitFor(/listening (\d+)/);
    const [, gatewayUrl = ''] = await gateway.waitFor(/is up at (http:\/\/localhost:\d+)/);
    const bareUrl = `http://127.0.0.1:${barePort}/echo`;
    const apiUrl = `${gatewayUrl.replace('localhost', '127.0.0.1')}/api/v1/messages`;
    const auth = { authorization: `Bearer ${await devToken(gatewayUrl)}` };

    // Accept with the queue paused, so accepting is measured alone and the drain starts from a full
    // queue. The worker process runs (idle) through every load, so each target sees the same machine.
    await svcQueue.pause();

    // Round trips per message, counted with the gateway alone (nothing else talks to Redis then).
    const probe = (headers: Record<string, string>, status: number): Promise<number> =>
      roundTripsPerMessage(REDIS_URL, PROBE_MESSAGES, () => sendOne(apiUrl, { ...auth, ...headers }, status));
    const tripsSync = await probe({ prefer: 'wait=5' }, 200);
    const tripsAccept = await probe({}, 202);

    const worker = startChild([BIN, 'worker'], simEnv);
    children.push(worker);
    await worker.waitFor(/worker running/);
    await sleep(1000);
    const idle = await counted(redis, () => sleep(IDLE_SECONDS * 1000));
    const idlePerSecond = idle.commands / IDLE_SECONDS;

    const targets = {
      bare: () => load(bareUrl, {}, 200),
      sync: () => load(apiUrl, { ...auth, prefer: 'wait=5' }, 200),
      accept: () => load(apiUrl, auth, 202),
    };
    process.stdout.write(
      `bench: ${CONNECTIONS} connections, ${ROUNDS} rounds of ${DURATION} s per load after ${WARMUP} s of warm-up, worker concurrency ${CONCURRENCY}\n`,
    );
    if (WARMUP > 0) {
      await load(bareUrl, {}, 200, WARMUP);
      await load(apiUrl, { ...auth, prefer: 'wait=5' }, 200, WARMUP);
      await load(apiUrl, auth, 202, WARMUP);
    }
    const rounds: Round[] = [];
    for (let round = 1; round <= ROUNDS; round++) {
      process.stdout.write(`  round ${round}: bare express, sync path (Prefer: wait=5, diag.echo), async accept (202) …\n`);
      const bareRun = await cpuOf([bare.process.pid], targets.bare);
      const syncRun = await cpuOf([gateway.process.pid, privateRedis?.pid], () => counted(redis, () => withRss(gateway, targets.sync)));
      const acceptRun = await cpuOf([gateway.process.pid, privateRedis?.pid], () => counted(redis, () => withRss(gateway, targets.accept)));
      rounds.push({
        bare: bareRun.result,
        sync: syncRun.result.result.result,
        accept: acceptRun.result.result.result,
        peakMb: Math.max(syncRun.result.result.peakMb, acceptRun.result.result.peakMb),
        syncCommands: syncRun.result.commands,
        acceptCommands: acceptRun.result.commands,
        cpu: {
          bare: bareRun.cpuMs[0] ?? 0,
          sync: syncRun.cpuMs[0] ?? 0,
          accept: acceptRun.cpuMs[0] ?? 0,
          syncRedis: syncRun.cpuMs[1] ?? 0,
          acceptRedis: acceptRun.cpuMs[1] ?? 0,
        },
      });
    }
    let malformed: { load: MalformedLoad; peakMb: number; afterMb: number } | undefined;
    if (MALFORMED > 0) {
      process.stdout.write(`  malformed bodies: ${MALFORMED} requests (large, deep, truncated, bad syntax) …\n`);
      const bodies = malformedBodies(BODY_LIMIT);
      const run = await withRss(gateway, () => malformedLoad(apiUrl, auth, bodies, MALFORMED, CONNECTIONS));
      // What the gateway keeps once the load is over: sampled after two seconds of quiet.
      await new Promise((resolve) => setTimeout(resolve, 2000));
      malformed = { load: run.result, peakMb: run.peakMb, afterMb: gateway.rssMb() ?? 0 };
    }
    // The sync path again on `serve --processes 2` (same Redis and prefix), against the one-process
    // gateway's rounds: how far a second core carries it. The one-process gateway idles meanwhile.
    const multi = startChild([...START_NODE_FLAGS, BIN, 'serve', '--processes', '2'], simEnv);
    children.push(multi);
    const [, multiUrl = ''] = await multi.waitFor(/is up at (http:\/\/localhost:\d+)[\s\S]*is up at (http:\/\/localhost:\d+)/, 60_000);
    const multiApi = `${multiUrl.replace('localhost', '127.0.0.1')}/api/v1/messages`;
    process.stdout.write('  sync path on serve --processes 2 …\n');
    if (WARMUP > 0) await load(multiApi, { ...auth, prefer: 'wait=5' }, 200, WARMUP);
    const twoProcesses = await load(multiApi, { ...auth, prefer: 'wait=5' }, 200);
    await multi.stop();
    const bareLoad = medianLoad(rounds.map((r) => r.bare));
    const sync = { result: medianLoad(rounds.map((r) => r.sync)) };
    const accept = { result: medianLoad(rounds.map((r) => r.accept)) };
    const queued = await svcQueue.getJobCountByTypes('waiting');
    process.stdout.write(`  drain of ${queued} messages by one worker process …\n`);
    const oursCounted = await counted(redis, () => drain(svcQueue, queued));
    const ours = oursCounted.result;

    const bareWorker = startChild([join(__dirname, 'bare-worker.ts')], {
      REDIS_URL,
      BENCH_PREFIX: PREFIX,
      BENCH_QUEUE: 'bare',
      BENCH_CONCURRENCY: String(CONCURRENCY),
    });
    children.push(bareWorker);
    await bareQueue.pause();
    await addBareJobs(bareQueue, queued);
    await bareWorker.waitFor(/ready/);
    process.stdout.write(`  drain of ${queued} jobs by a bare BullMQ worker …\n`);
    const bareCounted = await counted(redis, () => drain(bareQueue, queued));
    const bareDrain = bareCounted.result;
    // One drain each swings with the machine as much as the HTTP loads do: more rounds, each filled
    // afresh (through the gateway, and with the same messages for the bare queue) and drained back
    // to back, and the drain ratio is the median of the per-round ratios, the first pair included.
    const drainRounds: { ours: Drained; bare: Drained }[] = [{ ours, bare: bareDrain }];
    for (let round = 2; round <= ROUNDS; round++) {
      const jobs = Math.min(queued, DRAIN_ROUND_JOBS);
      process.stdout.write(`  drain round ${round}: ${jobs} messages accepted, then drained by each worker …\n`);
      await Promise.all([svcQueue.pause(), bareQueue.pause()]);
      await acceptMessages(apiUrl, auth, jobs, FILL_CONNECTIONS);
      await addBareJobs(bareQueue, jobs);
      drainRounds.push({ ours: await drain(svcQueue, jobs), bare: await drain(bareQueue, jobs) });
    }
    const sum = (values: number[]): number => values.reduce((a, b) => a + b, 0);
    const perMessage = {
      sync: sum(rounds.map((r) => r.syncCommands)) / Math.max(1, sum(rounds.map((r) => r.sync.ok))),
      accept: sum(rounds.map((r) => r.acceptCommands)) / Math.max(1, sum(rounds.map((r) => r.accept.ok))),
      drain: oursCounted.commands / Math.max(1, queued),
      bareDrain: bareCounted.commands / Math.max(1, queued),
    };
    // CPU per answered request, over all rounds: steadier than req/s on a shared machine.
    const cpuPer = (pick: (r: Round) => number, count: (r: Round) => number): number =>
      (1000 * sum(rounds.map(pick))) / Math.max(1, sum(rounds.map(count)));
    const cpuUs = {
      bare: cpuPer(
        (r) => r.cpu.bare,
        (r) => r.bare.ok,
      ),
      sync: cpuPer(
        (r) => r.cpu.sync,
        (r) => r.sync.ok,
      ),
      accept: cpuPer(
        (r) => r.cpu.accept,
        (r) => r.accept.ok,
      ),
      syncRedis: cpuPer(
        (r) => r.cpu.syncRedis,
        (r) => r.sync.ok,
      ),
      acceptRedis: cpuPer(
        (r) => r.cpu.acceptRedis,
        (r) => r.accept.ok,
      ),
    };

    const ratios = {
      sync: median(rounds.map((r) => r.sync.rps / r.bare.rps)),
      accept: median(rounds.map((r) => r.accept.rps / r.bare.rps)),
      drain: median(drainRounds.map((r) => r.ours.jobsPerSecond / r.bare.jobsPerSecond)),
      p99: median(rounds.map((r) => r.sync.p99 / Math.max(r.bare.p99, 1))),
    };
    const rssMb = Math.max(...rounds.map((r) => r.peakMb));
    const verdicts = [
      ['sync rps vs bare', ratios.sync, '>= 0.80', ratios.sync >= 0.8],
      ['accept rps vs bare', ratios.accept, '>= 0.60', ratios.accept >= 0.6],
      ['drain jobs/s vs bare BullMQ', ratios.drain, '>= 0.70', ratios.drain >= 0.7],
      ['sync p99 vs bare p99', ratios.p99, '<= 1.5', ratios.p99 <= 1.5],
      ['gateway RSS MB under load', rssMb, '< 200', rssMb < 200],
      ...(malformed ? ([['gateway RSS MB, malformed load', malformed.peakMb, '< 250', malformed.peakMb < 250]] as const) : []),
    ] as const;
    const lines = [
      '',
      ...rounds.map(
        (r, i) =>
          `  round ${i + 1}: bare ${r.bare.rps.toFixed(0)} req/s p99 ${r.bare.p99} ms | sync ${r.sync.rps.toFixed(0)} req/s p99 ${r.sync.p99} ms | accept ${r.accept.rps.toFixed(0)} req/s p99 ${r.accept.p99} ms | gateway RSS ${r.peakMb.toFixed(0)} MB`,
      ),
      '  medians:',
      `  bare express        ${bareLoad.rps.toFixed(0).padStart(8)} req/s   p99 ${bareLoad.p99} ms`,
      `  sync path           ${sync.result.rps.toFixed(0).padStart(8)} req/s   p99 ${sync.result.p99} ms   errors ${sync.result.errors}`,
      `  async accept (202)  ${accept.result.rps.toFixed(0).padStart(8)} req/s   p99 ${accept.result.p99} ms   errors ${accept.result.errors}`,
      `  drain, 1 worker     ${ours.jobsPerSecond.toFixed(0).padStart(8)} jobs/s  (${queued} in ${ours.seconds.toFixed(1)} s${ours.drained ? '' : ', NOT drained'})`,
      `  drain, bare BullMQ  ${bareDrain.jobsPerSecond.toFixed(0).padStart(8)} jobs/s  (${queued} in ${bareDrain.seconds.toFixed(1)} s)`,
      `  drain rounds        ${drainRounds.map((r) => `${r.ours.jobsPerSecond.toFixed(0)}/${r.bare.jobsPerSecond.toFixed(0)}`).join(', ')} jobs/s (ours/bare; ratio: their median)`,
      `  gateway peak RSS    ${rssMb.toFixed(0).padStart(8)} MB  (normal loads)`,
      ...(malformed
        ? [
            `  gateway peak RSS    ${malformed.peakMb.toFixed(0).padStart(8)} MB  (malformed load: ${malformed.load.sent} answered ${JSON.stringify(malformed.load.statuses)}, ${malformed.load.errors} errors; ${malformed.afterMb.toFixed(0)} MB 2 s after)`,
          ]
        : []),
      `  sync, 2 processes   ${twoProcesses.rps.toFixed(0).padStart(8)} req/s   p99 ${twoProcesses.p99} ms   errors ${twoProcesses.errors}   (${(twoProcesses.rps / sync.result.rps).toFixed(2)}× one process; ${cpus().length} cores shared with the load generator and Redis)`,
      '  CPU per answered request (user + system, all rounds):',
      `  bare express        ${cpuUs.bare.toFixed(0).padStart(8)} µs`,
      `  gateway, sync       ${cpuUs.sync.toFixed(0).padStart(8)} µs   Redis ${privateRedis ? `${cpuUs.syncRedis.toFixed(0)} µs` : 'not measured (REDIS_URL set)'}`,
      `  gateway, accept     ${cpuUs.accept.toFixed(0).padStart(8)} µs   Redis ${privateRedis ? `${cpuUs.acceptRedis.toFixed(0)} µs` : 'not measured (REDIS_URL set)'}`,
      '  Redis (commands include those run inside scripts; a round trip is one command or one script):',
      `  round trips per sync message      ${tripsSync.toFixed(1).padStart(6)}`,
      `  round trips per async acceptance  ${tripsAccept.toFixed(1).padStart(6)}`,
      `  commands per sync message         ${perMessage.sync.toFixed(1).padStart(6)}   (whole load, idle worker included)`,
      `  commands per accepted message     ${perMessage.accept.toFixed(1).padStart(6)}`,
      `  commands per drained message      ${perMessage.drain.toFixed(1).padStart(6)}   (bare BullMQ ${perMessage.bareDrain.toFixed(1)})`,
      `  commands per second at rest       ${idlePerSecond.toFixed(1).padStart(6)}   (gateway + worker idle, ${IDLE_SECONDS} s)`,
      `  machine: ${cpus().length} cores, load average ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}`,
      '',
      ...verdicts.map(
        ([name, value, budget, ok]) => `  ${ok ? 'ok  ' : 'MISS'} ${name.padEnd(30)} ${value.toFixed(2).padStart(7)}  (budget ${budget})`,
      ),
      '',
    ];
    process.stdout.write(lines.join('\n'));
    mkdirSync(join(__dirname, 'results'), { recursive: true });
    const results = {
      at: new Date().toISOString(),
      settings: {
        connections: CONNECTIONS,
        durationSeconds: DURATION,
        rounds: ROUNDS,
        warmupSeconds: WARMUP,
        workerConcurrency: CONCURRENCY,
        node: process.version,
      },
      rounds,
      bare: bareLoad,
      sync: sync.result,
      accept: accept.result,
      drain: { ours, bare: bareDrain, jobs: queued, rounds: drainRounds },
      gatewayPeakRssMb: rssMb,
      cpuMicrosecondsPerRequest: cpuUs,
      ...(malformed ? { malformed: { requests: MALFORMED, ...malformed.load, peakRssMb: malformed.peakMb, rssAfterMb: malformed.afterMb } } : {}),
      syncTwoProcesses: { ...twoProcesses, vsOneProcess: twoProcesses.rps / sync.result.rps },
      redis: {
        roundTripsPerSyncMessage: tripsSync,
        roundTripsPerAcceptance: tripsAccept,
        commandsPerMessage: perMessage,
        commandsPerSecondAtRest: idlePerSecond,
      },
      machine: { cores: cpus().length, loadAverage: loadavg() },
      ratios,
      budgetsMet: Object.fromEntries(verdicts.map(([name, , , ok]) => [name, ok])),
    };
    writeFileSync(join(__dirname, 'results', 'latest.json'), JSON.stringify(results, null, 2) + '\n');
    process.stdout.write('  written to bench/results/latest.json\n');
  } finally {
    await Promise.all(children.map((c) => c.stop()));
    await svcQueue.close();
    await bareQueue.close();
    await wipe(redis);
    redis.disconnect();
    await privateRedis?.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`bench failed: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  },
);
