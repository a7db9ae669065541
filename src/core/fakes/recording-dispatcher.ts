import type { Message, MessageRecord, MessageRef } from '../message';
import type { Dispatcher, EnqueuedJob } from '../ports';

export interface QueuedJob {
  message: Message;
  record: MessageRecord;
  /** True once the pipeline took the job back (the request was refused, or was a replay). */
  withdrawn: boolean;
}

/**
 * A Dispatcher that keeps the jobs it was given instead of queuing them, so a test asserts what an
 * accepted message handed to its backend's queue. `failNext` makes the next enqueue fail, as a queue
 * whose Redis went away does. Job ids are `job-1`, `job-2`, …, one per acceptance.
 */
export class RecordingDispatcher implements Dispatcher {
  readonly queued: QueuedJob[] = [];
  private jobs = 0;
  private failure: Error | undefined;

  failNext(error: Error = new Error('queue unavailable')): void {
    this.failure = error;
  }

  enqueue(message: Message, record: MessageRecord): Promise<EnqueuedJob> {
    const failure = this.failure;
    this.failure = undefined;
    if (failure) return Promise.reject(failure);
    const job: QueuedJob = { message: structuredClone(message), record: structuredClone(record), withdrawn: false };
    this.queued.push(job);
    return Promise.resolve({
      withdraw: () => {
        job.withdrawn = true;
        return Promise.resolve();
      },
    });
  }

  newJobId(_ref: MessageRef): string {
    return `job-${++this.jobs}`;
  }
}
