import { Worker, type Job } from 'bullmq';
import type Redis from 'ioredis';
import type { Logger } from '../core/logger';
import { backoffStrategy } from './backoff';
import type { RetryPolicy, WorkerSettings } from './delivery-settings';

export interface WorkerSpec {
  queue: string;
  concurrency: number;
  policy: RetryPolicy;
  /** Runs a job; `token` is the job's lock, which moving it (to delayed, say) must show. */
  process(job: Job, token?: string): Promise<void>;
}

/**
 * The consumer side: one BullMQ worker per queue in this process. Workers use their own connection
 * with `maxRetriesPerRequest: null`, as BullMQ requires, so they ride out a Redis outage and carry on
 * when it is back. Closing waits for running jobs up to the shutdown grace; a job still running then
 * is left to the lock expiry, and another worker takes it over as stalled.
 */
/**
 * Seconds an idle worker's blocking wait lasts (BullMQ `drainDelay`, default 5). Each wait that ends
 * empty costs a fetch (about seven commands) per queue, and every backend has two queues, so this is
 * most of what a worker process costs Redis at rest. A new, promoted or retried job ends the wait at
 * once (BullMQ's marker), and a delayed one shortens it to its due time, so a longer wait adds no
 * latency. BullMQ's watchdog abandons a wait that outlives it by a second (a blocking command lost
 * in a reconnection) and starts a fresh one, so a longer wait only lengthens that rare recovery.
 */
const IDLE_BLOCK_SECONDS = 30;

export class DeliveryWorkers {
  private workers: Worker[] = [];

  constructor(
    private readonly connection: Redis,
    private readonly prefix: string,
    private readonly settings: WorkerSettings,
    private readonly logger: Logger,
  ) {}

  start(specs: readonly WorkerSpec[]): void {
    if (this.workers.length > 0) return;
    this.workers = specs.map((spec) => {
      const worker = new Worker(spec.queue, (job, token) => spec.process(job, token), {
        connection: this.connection,
        prefix: this.prefix,
        concurrency: spec.concurrency,
        lockDuration: this.settings.lockDurationMs,
        stalledInterval: this.settings.stalledIntervalMs,
        // Our processor buries a poison job itself (WORKER_MAX_STALLED), so the message ends `dead`
        // with a dead letter; BullMQ's own limit would fail it without a trace in the record.
        maxStalledCount: this.settings.maxStalled + 1,
        // How long an idle worker blocks on its queue's marker before it asks again. A new, promoted
        // or retried job wakes it at once (BullMQ's marker; a delayed job shortens the wait to its
        // due time), so the longer wait costs no latency, only fewer idle round trips.
        drainDelay: IDLE_BLOCK_SECONDS,
        settings: { backoffStrategy: backoffStrategy(() => spec.policy) },
      });
      worker.on('error', (err: Error) => this.logger.warn('worker connection error', { queue: spec.queue, err: err.message }));
      return worker;
    });
  }

  running(): boolean {
    return this.workers.length > 0 && this.workers.every((w) => w.isRunning());
  }

  /** Stops taking jobs, waits for running ones up to the grace period, then lets go. */
  async close(): Promise<void> {
    const workers = this.workers;
    this.workers = [];
    if (workers.length === 0) return;
    let timer: NodeJS.Timeout | undefined;
    const grace = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), this.settings.shutdownGraceMs);
    });
    const closed = Promise.all(workers.map((w) => w.close())).then(() => 'closed' as const);
    const outcome = await Promise.race([closed, grace]);
    clearTimeout(timer);
    if (outcome === 'timeout') {
      this.logger.warn('jobs still running after the shutdown grace; another worker will take them over', { graceMs: this.settings.shutdownGraceMs });
    }
  }
}
