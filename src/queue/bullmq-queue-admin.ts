import type { Queue } from 'bullmq';
import { NotFoundError } from '../core/errors';
import { parseRef } from '../core/message';
import type { Clock, DeadLetter, MessageStore, QueueAdmin, QueueSummary, RedriveOutcome } from '../core/ports';
import type { DeadLetterEntry, DeadLetterStore } from './dead-letter-store';
import type { DeliveryQueues } from './delivery-queues';
import { callbackQueueName, parseQueueName, serviceQueueName } from './queue-names';

/** Largest page of dead letters one call returns. */
export const MAX_DEAD_LETTERS = 1000;

/**
 * The QueueAdmin port over BullMQ and our dead-letter store: what the admin page, the dead-letter
 * API and the simulation reset use.
 */
export class BullmqQueueAdmin implements QueueAdmin {
  constructor(private readonly deps: { queues: DeliveryQueues; deadLetters: DeadLetterStore; store: MessageStore; clock: Clock }) {}

  private queue(name: string): Queue {
    const queue = this.deps.queues.get(name);
    if (!queue) throw new NotFoundError(`No queue ${name}; queues are svc-<service> and cb-<service> for ${this.services().join(', ')}`);
    return queue;
  }

  private services(): string[] {
    return [...new Set(this.deps.queues.names().map((n) => parseQueueName(n)?.service as string))];
  }

  private queueNamesOf(service?: string): string[] {
    if (service === undefined) return this.deps.queues.names();
    if (!this.services().includes(service)) throw new NotFoundError(`No service ${service}; known: ${this.services().join(', ')}`);
    return [serviceQueueName(service), callbackQueueName(service)];
  }

  async summaries(): Promise<QueueSummary[]> {
    const now = Date.now();
    return Promise.all(
      this.deps.queues.all().map(async (queue): Promise<QueueSummary> => {
        const { kind, service } = parseQueueName(queue.name) as NonNullable<ReturnType<typeof parseQueueName>>;
        const [counts, isPaused, workers, oldest, dead] = await Promise.all([
          queue.getJobCounts('waiting', 'active', 'delayed', 'completed', 'failed'),
          queue.isPaused(),
          queue.getWorkersCount(),
          queue.getJobs(['wait'], -1, -1),
          this.deps.deadLetters.count(queue.name),
        ]);
        const oldestAt = oldest[0]?.timestamp;
        return {
          name: queue.name,
          kind,
          service,
          counts: {
            waiting: counts.waiting ?? 0,
            active: counts.active ?? 0,
            delayed: counts.delayed ?? 0,
            completed: counts.completed ?? 0,
            failed: counts.failed ?? 0,
            // A paused queue keeps its jobs in the wait list; they are the paused ones.
            paused: isPaused ? (counts.waiting ?? 0) : 0,
            dead,
          },
          isPaused,
          workers,
          ...(oldestAt !== undefined ? { oldestWaitingMs: Math.max(0, now - oldestAt) } : {}),
        };
      }),
    );
  }

  async pause(name: string): Promise<void> {
    await this.queue(name).pause();
  }

  async resume(name: string): Promise<void> {
    await this.queue(name).resume();
  }

  async clean(name: string, state: 'completed' | 'failed'): Promise<number> {
    const removed = await this.queue(name).clean(0, 0, state);
    return removed.length;
  }

  async deadLetters(filter: { service?: string; limit?: number }): Promise<DeadLetter[]> {
    const limit = Math.min(Math.max(filter.limit ?? 100, 1), MAX_DEAD_LETTERS);
    return this.deps.deadLetters.list(this.queueNamesOf(filter.service), limit);
  }

  /**
   * Re-queues whatever is dead under this messageId (of any sender, or only of `from`): the message,
   * its callback, or both.
   */
  async redrive(messageId: string, from?: string): Promise<RedriveOutcome> {
    let outcome: RedriveOutcome = 'absent';
    for (const name of this.deps.queues.names()) {
      const matching = (await this.deps.deadLetters.ids(name)).filter((id) => {
        if (id === messageId) return from === undefined;
        const ref = parseRef(id);
        return ref !== undefined && ref.messageId === messageId && (from === undefined || ref.from === from);
      });
      for (const id of matching) {
        const entry = await this.deps.deadLetters.take(name, id);
        if (!entry) continue;
        const result = await this.requeueOrRestore(entry);
        if (outcome !== 'redriven') outcome = result;
      }
    }
    return outcome;
  }

  async redriveAll(filter: { service?: string }): Promise<{ redriven: number; expired: number }> {
    const counts = { redriven: 0, expired: 0 };
    for (const name of this.queueNamesOf(filter.service)) {
      for (const id of await this.deps.deadLetters.ids(name)) {
        const entry = await this.deps.deadLetters.take(name, id);
        if (entry) counts[await this.requeueOrRestore(entry)] += 1;
      }
    }
    return counts;
  }

  async obliterate(service?: string): Promise<void> {
    for (const name of this.queueNamesOf(service)) {
      await this.queue(name).obliterate({ force: true });
      await this.deps.deadLetters.clear(name);
    }
  }

  /** Requeues a letter taken from the store; puts it back when that fails, so no letter is lost. */
  private async requeueOrRestore(entry: DeadLetterEntry): Promise<'redriven' | 'expired'> {
    try {
      return await this.requeue(entry);
    } catch (error) {
      await this.deps.deadLetters.restore(entry).catch(() => undefined);
      throw error;
    }
  }

  /**
   * Queues a dead letter again with a fresh attempt budget; the message history shows the redrive.
   * A dead message whose record has expired is not queued (no worker could run it): `expired`.
   */
  private async requeue(entry: DeadLetterEntry): Promise<'redriven' | 'expired'> {
    const at = this.deps.clock.now();
    const { payload, letter } = entry;
    if (payload.kind === 'service') {
      const { messageId, from } = payload.message.header;
      const ref = { from, messageId };
      if (!(await this.deps.store.get(ref))) return 'expired';
      const jobId = this.deps.queues.newJobId(ref);
      await this.deps.store.appendHistory(ref, {
        status: 'redriven',
        at: at.toISOString(),
        detail: `redriven from ${letter.queue} after: ${letter.reason}`,
      });
      await this.deps.store.update(ref, { status: 'queued', detail: 'queued again with a fresh attempt budget', jobId });
      await this.deps.queues.addMessage(letter.service, payload.message, jobId);
      return 'redriven';
    }
    if (payload.request.messageId && payload.request.from !== undefined) {
      await this.deps.store.appendHistory(
        { from: payload.request.from, messageId: payload.request.messageId },
        { status: 'redriven', at: at.toISOString(), detail: `callback to ${payload.request.url} redriven after: ${letter.reason}` },
      );
    }
    await this.deps.queues.addCallback(payload.request, Date.now());
    return 'redriven';
  }
}
