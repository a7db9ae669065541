/** Timing a queue's drain, shared by `npm run bench` and bench/drain-cost.ts. */
import type { Queue } from 'bullmq';

export interface Drained {
  jobsPerSecond: number;
  seconds: number;
  /** False when jobs were still waiting, running or delayed at `limitMs`. */
  drained: boolean;
}

/** Resumes `queue` and times until nothing waits, runs or is delayed (polled every `pollMs`), up to `limitMs`. */
export async function drainQueue(queue: Queue, jobs: number, options: { pollMs: number; limitMs: number }): Promise<Drained> {
  const startedAt = Date.now();
  await queue.resume();
  let left = jobs;
  while (Date.now() - startedAt < options.limitMs) {
    const counts = await queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized');
    left = Object.values(counts).reduce((a, b) => a + b, 0);
    if (left === 0) break;
    await new Promise((resolve) => setTimeout(resolve, options.pollMs));
  }
  const seconds = (Date.now() - startedAt) / 1000;
  return { jobsPerSecond: (jobs - left) / seconds, seconds, drained: left === 0 };
}
