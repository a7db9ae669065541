import { randomUUID } from 'node:crypto';
import { Queue, type Job, type JobsOptions } from 'bullmq';
import type Redis from 'ioredis';
import type { Logger } from '../core/logger';
import type { Message, MessageChannel, MessageRef } from '../core/message';
import type { CallbackRequest } from '../core/ports';
import { JITTER_BACKOFF } from './backoff';
import type { DeliverySettings, RetryPolicy } from './delivery-settings';
import { callbackJobId, callbackQueueName, messageJobId, serviceQueueName } from './queue-names';

/**
 * Job data of a backend queue: the message itself; its record is read from the message store.
 * `ahead`, from the request that queued it, is what a first try needs to run a read-only message
 * before reading its record (docs/adr/0021); absent on a job queued again (recovery, redrive) and
 * for a message with a result callback, which take the long way.
 */
export interface MessageJobData {
  message: Message;
  ahead?: JobAhead;
}

/** The parts of a record a try needs besides the message: who sent it, how, and when. */
export interface JobAhead {
  clientId: string;
  channel: MessageChannel;
  receivedAt: string;
}

/**
 * Finished jobs BullMQ keeps, for the queue board only: records and dead letters live in our own
 * Redis structures, so nothing depends on this retention. Completed jobs are kept by count alone:
 * a bound by age as well costs every completion one more range read, and the newest thousand are
 * what the board shows anyway.
 */
const KEEP_COMPLETED = { count: 1000 };
const KEEP_FAILED = { age: 7 * 86400, count: 10_000 };

function jobOptions(policy: RetryPolicy, jobId: string): JobsOptions {
  return {
    jobId,
    attempts: policy.attempts,
    backoff: { type: JITTER_BACKOFF, delay: policy.backoffMs },
    removeOnComplete: KEEP_COMPLETED,
    removeOnFail: KEEP_FAILED,
  };
}

/**
 * The producer side: one BullMQ queue per backend (`svc-<service>`) and one for its callbacks
 * (`cb-<service>`), all on one fail-fast connection, so an add while Redis is down is refused at
 * once instead of waiting (the request answers 503, never a 202 for something not stored).
 */
export class DeliveryQueues {
  private readonly queues = new Map<string, Queue>();

  constructor(
    connection: Redis,
    prefix: string,
    services: readonly string[],
    private readonly settings: DeliverySettings,
    logger: Logger,
  ) {
    for (const service of services) {
      for (const name of [serviceQueueName(service), callbackQueueName(service)]) {
        const queue = new Queue(name, { connection, prefix, skipWaitingForReady: true });
        queue.on('error', (err: Error) => logger.debug('queue connection error', { queue: name, err: err.message }));
        this.queues.set(name, queue);
      }
    }
  }

  get(name: string): Queue | undefined {
    return this.queues.get(name);
  }

  names(): string[] {
    return [...this.queues.keys()];
  }

  all(): Queue[] {
    return [...this.queues.values()];
  }

  policyOf(service: string): RetryPolicy {
    const policy = this.settings.services.get(service);
    if (!policy) throw new Error(`No delivery settings for service ${service}`);
    return policy;
  }

  private require(name: string): Queue {
    const queue = this.queues.get(name);
    if (!queue) throw new Error(`No queue ${name}`);
    return queue;
  }

  /** Queues a message's job under `jobId` (see messageJobId); BullMQ adds it in one script, once per id. */
  async addMessage(service: string, message: Message, jobId: string, ahead?: JobAhead): Promise<Job> {
    const data: MessageJobData = ahead ? { message, ahead } : { message };
    return this.require(serviceQueueName(service)).add(message.header.messageType, data, jobOptions(this.policyOf(service), jobId));
  }

  /**
   * A new job id for a message: see messageJobId. The nonce is 48 random bits of a v4 UUID, which
   * Node draws from a pool it keeps filled: a tenth of the cost of randomBytes per acceptance.
   */
  newJobId(ref: MessageRef): string {
    const uuid = randomUUID();
    return messageJobId(ref, uuid.slice(0, 8) + uuid.slice(9, 13));
  }

  /** The job's state, or undefined when its queue no longer has it. */
  async jobState(service: string, jobId: string): Promise<string | undefined> {
    const job = await this.require(serviceQueueName(service)).getJob(jobId);
    if (!job) return undefined;
    const state = await job.getState();
    return state === 'unknown' ? undefined : state;
  }

  async addCallback(request: CallbackRequest, redrivenAt?: number): Promise<void> {
    const jobId = callbackJobId(request.id, request.body, redrivenAt);
    await this.require(callbackQueueName(request.service)).add(request.kind, request, jobOptions(this.settings.callbacks, jobId));
  }

  async close(): Promise<void> {
    await Promise.all(this.all().map((q) => q.close().catch(() => undefined)));
  }
}
