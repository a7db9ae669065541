import type { Job } from 'bullmq';

/** The first wait of a job whose record is not there yet: a create in flight lands within milliseconds. */
export const FIRST_RECORD_WAIT_MS = 20;

/**
 * How long a job that found no record waits before it asks again, or undefined when it should not
 * wait but be dropped. The gateway queues a message's job before it stores the record that names it
 * (docs/adr/0019), so a worker may take the job up while the record's create is still on its way.
 * Only a first try waits (a later one had its record), and only until the job is `limitMs` old: a
 * record that comes even later is on the recovery list and the sweeper queues it again, and a
 * refused request's job (whose record never comes) ends without running anything. Each wait is as
 * long as the job is old (at least FIRST_RECORD_WAIT_MS), so a create that is slow is asked after
 * again soon, and a record that never comes costs a handful of tries, not one every few ms.
 * The job's timestamp is the producer's wall clock, as is `now` (never the simulated clock).
 */
export function recordWaitMs(job: Pick<Job, 'timestamp' | 'attemptsMade'>, limitMs: number, now: number): number | undefined {
  if (job.attemptsMade > 0) return undefined;
  const age = Math.max(0, now - job.timestamp);
  if (age >= limitMs) return undefined;
  return Math.min(Math.max(age, FIRST_RECORD_WAIT_MS), limitMs - age);
}
