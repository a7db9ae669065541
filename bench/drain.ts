/** Timing a queue's drain, shared by `npm run bench` and bench/drain-cost.ts. */
import type { Queue } from 'bullmq';
import { body } from './load';

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

/** POSTs `count` fresh messages (bench/load.ts `body`) to `apiUrl`, `connections` at a time; each must be answered 202. */
export async function acceptMessages(apiUrl: string, auth: Record<string, string>, count: number, connections: number): Promise<void> {
  let sent = 0;
  const lane = async (): Promise<void> => {
    while (sent < count) {
      sent += 1;
      const res = await fetch(apiUrl, { method: 'POST', headers: { 'content-type': 'application/json', ...auth }, body: body() });
      if (res.status !== 202) throw new Error(`fill: ${res.status} ${await res.text()}`);
    }
  };
  await Promise.all(Array.from({ length: connections }, lane));
}

/** Adds `count` jobs of fresh messages to a bare queue, a thousand at a time. */
export async function addBareJobs(queue: Queue, count: number): Promise<void> {
  for (let i = 0; i < count; i += 1000) {
    const size = Math.min(1000, count - i);
    await queue.addBulk(Array.from({ length: size }, () => ({ name: 'diag.echo', data: { message: JSON.parse(body()) as unknown } })));
  }
}
