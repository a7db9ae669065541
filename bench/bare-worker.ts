/**
 * The baseline of the drain budget: a bare BullMQ worker in its own process that only parses the job
 * data. Reads REDIS_URL, BENCH_PREFIX, BENCH_QUEUE and BENCH_CONCURRENCY; prints `ready`.
 */
import { Worker } from 'bullmq';
import Redis from 'ioredis';

const connection = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', { maxRetriesPerRequest: null });
const worker = new Worker(
  process.env.BENCH_QUEUE ?? 'bare',
  async (job) => {
    JSON.stringify(job.data);
  },
  { connection, prefix: process.env.BENCH_PREFIX ?? 'bench', concurrency: Number(process.env.BENCH_CONCURRENCY ?? 10) },
);
void worker.waitUntilReady().then(() => process.stdout.write('ready\n'));
process.on('SIGTERM', () => {
  void worker.close().then(() => {
    connection.disconnect();
    process.exit(0);
  });
});
