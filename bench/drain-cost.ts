/**
 * `npx tsx bench/drain-cost.ts`: the drain alone against a bare BullMQ worker, for quick before/after
 * comparisons of the worker's hot path (`npm run bench` measures the budgets). Per round it fills
 * the `svc-diag` queue, paused, with BENCH_DRAIN_JOBS messages accepted through a gateway (202), and
 * the bare worker's queue with as many jobs of the same message (as `npm run bench` does), then
 * drains each with its worker process and prints jobs/s, the CPU time per job of the worker and of
 * Redis, Redis commands per job (scripts' inner commands included) and the worker's read and write
 * system calls per job: CPU per job moves much less
 * than jobs/s when the machine is shared. The last round also counts round trips per job (MONITOR,
 * on a short drain of its own, since MONITOR slows Redis down).
 * With BENCH_COMPARE_BIN (another checkout's bin/lgsp-sim.js) a worker of that code drains too, on a
 * Redis of its own filled by this checkout's gateway: A/B in the same minutes of the machine.
 * With BENCH_PROFILE_DIR the children write CPU profiles (bench/summarize-profile.ts reads them).
 * Every worker first drains BENCH_WARMUP_JOBS unmeasured, so the rounds compare code the JIT has compiled.
 * Env: BENCH_DRAIN_JOBS (5000), BENCH_ROUNDS (2), BENCH_WARMUP_JOBS (2000), BENCH_CONCURRENCY (10, both
 * workers), BENCH_TRIP_JOBS (200; 0 skips).
 */
import { join } from 'node:path';
import { Queue } from 'bullmq';
import Redis from 'ioredis';
import { processCpuMs, processSyscalls, START_NODE_FLAGS, startChild, type Child, simulatorEnv } from './children';
import { devToken } from './load';
import { commandCalls, commandsBetween, roundTrips, startPrivateRedis } from './redis-stats';
import { acceptMessages, addBareJobs, drainQueue, type Drained } from './drain';

const JOBS = Number(process.env.BENCH_DRAIN_JOBS ?? 5000);
const ROUNDS = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 2));
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 10);
const TRIP_JOBS = Number(process.env.BENCH_TRIP_JOBS ?? 200);
const WARMUP_JOBS = Number(process.env.BENCH_WARMUP_JOBS ?? 2000);
const COMPARE_BIN = process.env.BENCH_COMPARE_BIN;
const BIN = join(__dirname, '..', 'bin', 'lgsp-sim.js');
const DRAIN_LIMIT_MS = 120_000;
/** Requests in flight while a queue is filled through the gateway. */
const FILL_CONNECTIONS = 20;
// Written as the hash tag the simulator makes of its prefix (RedisKeys), so the queues match its keys.
const PREFIX = `{drain-${process.pid}}`;

/** A queue and the worker process that drains it, on a Redis whose counts are theirs alone. */
interface Target {
  name: string;
  queue: Queue;
  redis: Redis;
  /** The worker's process and its Redis's, whose CPU is counted. */
  pids: (number | undefined)[];
  /** Puts `count` jobs on the (paused) queue. */
  fill(count: number): Promise<void>;
}

/** Resumes `queue` and waits until nothing waits, runs or is delayed; pauses it again. */
async function drain(queue: Queue, jobs: number, pollMs = 20): Promise<Drained> {
  const run = await drainQueue(queue, jobs, { pollMs, limitMs: DRAIN_LIMIT_MS });
  await queue.pause();
  return run;
}

/** A private redis-server and the queue `name` on it, stopped (queue, connection, server) by `stops`. */
async function privateQueue(
  name: string,
  stops: (() => Promise<void>)[],
): Promise<{ server: Awaited<ReturnType<typeof startPrivateRedis>>; redis: Redis; queue: Queue }> {
  const server = await startPrivateRedis();
  const redis = new Redis(server.url, { maxRetriesPerRequest: null });
  const queue = new Queue(name, { connection: redis, prefix: PREFIX });
  stops.push(async () => {
    await queue.close();
    redis.disconnect();
    await server.stop();
  });
  return { server, redis, queue };
}

/** A private Redis with a gateway of this checkout (to accept messages) and a worker of `bin`. */
async function simulator(name: string, bin: string, children: Child[], stops: (() => Promise<void>)[]): Promise<Target> {
  const { server, redis, queue } = await privateQueue('svc-diag', stops);
  const env = simulatorEnv(server.url, PREFIX, CONCURRENCY);
  const gateway = startChild([...START_NODE_FLAGS, BIN, 'serve'], env);
  children.push(gateway);
  const [, gatewayUrl = ''] = await gateway.waitFor(/is up at (http:\/\/localhost:\d+)/);
  await queue.pause();
  // As `npm run bench` runs it: without npm start's heap flags.
  const worker = startChild([bin, 'worker'], env);
  children.push(worker);
  await worker.waitFor(/worker running/);
  const apiUrl = `${gatewayUrl.replace('localhost', '127.0.0.1')}/api/v1/messages`;
  const auth = { authorization: `Bearer ${await devToken(gatewayUrl)}` };
  return { name, queue, redis, pids: [worker.process.pid, server.pid], fill: (count) => acceptMessages(apiUrl, auth, count, FILL_CONNECTIONS) };
}

/** A bare BullMQ worker (bench/bare-worker.ts) on a private Redis, its jobs the same message. */
async function bareTarget(children: Child[], stops: (() => Promise<void>)[]): Promise<Target> {
  const { server, redis, queue } = await privateQueue('bare', stops);
  await queue.pause();
  const worker = startChild([join(__dirname, 'bare-worker.ts')], {
    REDIS_URL: server.url,
    BENCH_PREFIX: PREFIX,
    BENCH_QUEUE: 'bare',
    BENCH_CONCURRENCY: String(CONCURRENCY),
  });
  children.push(worker);
  await worker.waitFor(/ready/);
  return { name: 'bare', queue, redis, pids: [worker.process.pid, server.pid], fill: (count) => addBareJobs(queue, count) };
}

interface Drain {
  jobsPerSecond: number;
  line: string;
}

/** Fills the target's queue, then drains it, with what its worker and Redis spent meanwhile. */
async function measure(target: Target, jobs = JOBS): Promise<Drain> {
  await target.fill(jobs);
  const cpuBefore = target.pids.map(processCpuMs);
  const syscallsBefore = processSyscalls(target.pids[0]);
  const commandsBefore = await commandCalls(target.redis);
  const run = await drain(target.queue, jobs);
  const commands = commandsBetween(commandsBefore, await commandCalls(target.redis));
  const cpuUs = target.pids.map((pid, i) => (1000 * ((processCpuMs(pid) ?? 0) - (cpuBefore[i] ?? 0))) / jobs);
  const syscallsAfter = processSyscalls(target.pids[0]);
  const syscalls =
    syscallsBefore && syscallsAfter
      ? `  syscalls r/w ${((syscallsAfter.reads - syscallsBefore.reads) / jobs).toFixed(2)}/${((syscallsAfter.writes - syscallsBefore.writes) / jobs).toFixed(2)}`
      : '';
  const line =
    `${target.name.padEnd(8)} ${run.jobsPerSecond.toFixed(0).padStart(6)} jobs/s${run.drained ? '' : ' NOT drained'}` +
    `  worker ${cpuUs[0]?.toFixed(0)} µs/job  redis ${cpuUs[1]?.toFixed(0)} µs/job  ${(commands / jobs).toFixed(1)} commands/job${syscalls}`;
  return { jobsPerSecond: run.jobsPerSecond, line };
}

/** Round trips per job of a short drain, counted with MONITOR (a script is one); the queue is polled rarely, to count little but the worker. */
async function tripsPerJob(target: Target): Promise<string> {
  await target.fill(TRIP_JOBS);
  const trips = await roundTrips(`redis://${target.redis.options.host}:${target.redis.options.port}`, async () => {
    await drain(target.queue, TRIP_JOBS, 500);
  });
  return `${target.name} ${(trips / TRIP_JOBS).toFixed(1)}`;
}

async function main(): Promise<void> {
  const children: Child[] = [];
  const stops: (() => Promise<void>)[] = [];
  try {
    const targets = [await bareTarget(children, stops), await simulator('ours', BIN, children, stops)];
    if (COMPARE_BIN) targets.push(await simulator('compared', COMPARE_BIN, children, stops));
    process.stdout.write(`drain-cost: ${JOBS} jobs per drain, ${ROUNDS} rounds, worker concurrency ${CONCURRENCY}\n`);
    if (WARMUP_JOBS > 0) for (const target of targets) await measure(target, WARMUP_JOBS);
    for (let round = 1; round <= ROUNDS; round++) {
      const results: Drain[] = [];
      for (const target of targets) results.push(await measure(target));
      const bare = results[0]?.jobsPerSecond ?? 1;
      const ratios = results.slice(1).map((r, i) => `${targets[i + 1]?.name} ${(r.jobsPerSecond / bare).toFixed(2)}×`);
      process.stdout.write(`round ${round}:\n  ${results.map((r) => r.line).join('\n  ')}\n  vs bare: ${ratios.join(' | ')}\n`);
    }
    if (TRIP_JOBS > 0) {
      const trips: string[] = [];
      for (const target of targets) trips.push(await tripsPerJob(target));
      process.stdout.write(`round trips per job (MONITOR, ${TRIP_JOBS} jobs): ${trips.join(' | ')}\n`);
    }
  } finally {
    await Promise.all(children.map((c) => c.stop()));
    for (const stop of stops) await stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`drain-cost failed: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  },
);
