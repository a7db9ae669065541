import { DelayedError, UnrecoverableError, type Job } from 'bullmq';
import { InternalError, isAppError } from '../core/errors';
import { isPermanent, toMessageError, type MessageExecutor } from '../core/executor';
import type { Logger } from '../core/logger';
import { isTerminal, type HistoryEntry, type MessageHead } from '../core/message';
import type { ClientDirectory, Clock, MessageStore, Principal, Telemetry } from '../core/ports';
import { retryDelay, RetryScheduled } from './backoff';
import type { DeadLetterStore } from './dead-letter-store';
import type { JobAhead, MessageJobData } from './delivery-queues';
import type { RetryPolicy } from './delivery-settings';
import { recordWaitMs } from './record-wait';

export interface MessageProcessorDeps {
  store: MessageStore;
  executor: MessageExecutor;
  clients: ClientDirectory;
  deadLetters: DeadLetterStore;
  telemetry: Telemetry;
  clock: Clock;
  logger: Logger;
  policy: RetryPolicy;
  /** Worker deaths one job may survive before it counts as a poison message and is dead. */
  maxStalled: number;
  /**
   * How long (ms since the job was queued) a first try that finds no record yet waits for it: the
   * gateway queues the job before it stores the record (see recordWaitMs). The recovery lease.
   */
  recordWaitLimitMs: number;
  /** This process's copy of clock and scenarios; its version rides along with the try's first step. */
  simState?: { version(): string; ensure(version: string): Promise<void> };
}

/**
 * The processor of a backend queue. Each try: mark `processing` with the try number, run the
 * message through the executor (scenarios, then the adapter), then one of
 * - success → `completed` (and the result callback);
 * - a permanent error (any AppError but TransientError) → `failed` at once, UnrecoverableError;
 * - a transient error with tries left → `retrying`, with the reason and the chosen delay;
 * - the last try failed → `dead`, kept as a dead letter until an admin redrives it.
 * A job whose record is already finished (its worker died after finishing) is not run again; its
 * result callback is queued again (idempotent by job id) in case the earlier try did not get to it.
 */
export function createMessageProcessor(queue: string, service: string, deps: MessageProcessorDeps) {
  const principalOf = (record: Pick<MessageHead, 'clientId' | 'from'>): Principal =>
    deps.clients.find(record.clientId) ?? { clientId: record.clientId, agency: record.from, services: [service] };

  const bury = async (record: MessageHead, job: Job<MessageJobData>, error: unknown, reason: string): Promise<void> => {
    await deps.deadLetters.add(
      {
        messageId: record.messageId,
        from: record.from,
        service,
        messageType: record.messageType,
        queue,
        kind: 'service',
        // The record's count of tries begun: BullMQ's attemptsStarted also counts each time the job
        // was taken up only to wait for its record (record-wait.ts), which ran nothing.
        attempts: record.attempts,
        failedAt: deps.clock.now().toISOString(),
        reason,
      },
      { kind: 'service', message: job.data.message },
    );
    await deps.executor.finishAttempt(record, { error }, 'dead');
  };

  /** How a try is named in the history and the dead letters: `attempt 2 of 5`. */
  const attemptOf = (tryNumber: number): string => `attempt ${tryNumber} of ${deps.policy.attempts}`;

  /** A job's logger, built only when a line is written: most jobs log nothing. */
  const logOf = (job: Job<MessageJobData>): Logger => {
    const { header } = job.data.message;
    return deps.logger.child({ messageId: header.messageId, ...(header.correlationId ? { correlationId: header.correlationId } : {}), queue });
  };
  const gone = (job: Job<MessageJobData>): void => logOf(job).warn('message record is gone (expired or reset); job dropped');

  /**
   * A job that found no record: its record may still be on its way (see recordWaitMs), so it waits
   * (BullMQ's delay, which uses up no attempt) and asks again; once waiting is over, it is dropped.
   */
  const noRecord = async (job: Job<MessageJobData>, token: string | undefined): Promise<void> => {
    const now = Date.now();
    const waitMs = recordWaitMs(job, deps.recordWaitLimitMs, now);
    if (waitMs === undefined || token === undefined) {
      return void logOf(job).warn('no record names this job (its request was refused, or the record expired or was reset); job dropped');
    }
    await job.moveToDelayed(now + waitMs, token);
    throw new DelayedError();
  };

  /**
   * A first try of a read-only message while no fault rule is set (docs/adr/0021): the handler runs
   * from the job's data, then one step (completeAhead) stores the whole try, so the try costs one
   * round trip beside BullMQ's own instead of two. True when the try is over (completed, or gone to
   * wait for its record); false when it takes the long way, which runs the handler again: a handler
   * that threw (so its error is recorded as on any try), a record that is not simply `queued` for
   * this job, or a stale copy of the simulation state (reloaded first).
   */
  const tryAhead = async (job: Job<MessageJobData>, ahead: JobAhead, token: string | undefined): Promise<boolean> => {
    const { message } = job.data;
    const { executor } = deps;
    if (!executor.mayRunAheadOf(message)) return false;
    const { from, messageId, messageType } = message.header;
    const begun: HistoryEntry = { status: 'processing', at: deps.clock.now().toISOString(), detail: attemptOf(1) };
    let response: unknown;
    try {
      const principal = principalOf({ clientId: ahead.clientId, from });
      response = await executor.run(message, { principal, messageId, channel: ahead.channel }, 'worker');
    } catch {
      return false;
    }
    const at = deps.clock.now().toISOString();
    const stored = await deps.store.completeAhead(
      { from, messageId },
      { jobId: job.id ?? '', begun, response, at, ...(deps.simState ? { simVersion: deps.simState.version() } : {}) },
    );
    if ('done' in stored) {
      executor.completedAhead({ service, messageType, channel: ahead.channel, receivedAt: ahead.receivedAt }, at);
      return true;
    }
    if ('absent' in stored) {
      await noRecord(job, token);
      return true;
    }
    if ('stale' in stored) await deps.simState?.ensure(stored.simVersion);
    return false;
  };

  return async (job: Job<MessageJobData>, token?: string): Promise<void> => {
    const { message, ahead } = job.data;
    const messageId = message.header.messageId;
    // Message ids are scoped per sender: the record is the sender's own.
    const ref = { from: message.header.from, messageId };
    const tryNumber = job.attemptsMade + 1;
    // BullMQ's own count: a job that waited for its record (moved to delayed) was started again without dying.
    const deaths = job.stalledCounter;
    if (ahead && tryNumber === 1 && deaths === 0 && (await tryAhead(job, ahead, token))) return;
    if (deaths > deps.maxStalled) {
      const found = await deps.store.get(ref);
      if (!found) return gone(job);
      if (isTerminal(found.status)) return deps.executor.resendResult(found);
      const reason = `its worker stopped mid-job ${deaths} time${deaths === 1 ? '' : 's'} (more than WORKER_MAX_STALLED=${deps.maxStalled}); treated as a poison message`;
      // An AppError, so the record shows this reason rather than the message for unexpected failures.
      await bury(found, job, new InternalError(reason), reason);
      throw new UnrecoverableError(reason);
    }
    const detail = `${attemptOf(tryNumber)}${deaths > 0 ? ', recovered after a worker stopped mid-job' : ''}`;
    // One round trip reads the record, skips a finished one and marks this try as processing.
    let begun = await deps.store.beginAttempt(ref, detail, job.id, deps.simState?.version());
    // The clock or the scenarios changed since this process read them: reload, then begin.
    for (let tries = 0; begun?.stale && tries < 5; tries++) {
      await deps.simState?.ensure(begun.simVersion);
      begun = await deps.store.beginAttempt(ref, detail, job.id, deps.simState?.version());
    }
    if (begun?.stale) begun = await deps.store.beginAttempt(ref, detail, job.id);
    if (!begun) return noRecord(job, token);
    if (begun.stale) return gone(job);
    // A job left over from a request that was refused (503) and then sent again: the record now
    // belongs to the new request's job, which runs it.
    if (begun.superseded) return void logOf(job).info('job superseded by a newer acceptance of the same message; dropped');
    // Its request was never confirmed (it answered 503, or its gateway stopped): nothing to run.
    if (begun.discarded) return void logOf(job).info('message was never acknowledged (its request was refused); record discarded, job dropped');
    // Finished by an earlier try whose worker stopped (or whose callback could not be queued) after
    // recording the outcome: not run again, but its result callback must not be lost.
    if (!begun.started) return deps.executor.resendResult(begun.record);
    const { record } = begun;

    const { executor } = deps;
    let response: unknown;
    try {
      response = await executor.run(
        message,
        { principal: principalOf(record), messageId, channel: record.channel, ...(record.callbackUrl ? { callbackUrl: record.callbackUrl } : {}) },
        'worker',
      );
    } catch (error) {
      const reason = toMessageError(error).message;
      if (!isAppError(error)) logOf(job).error('handler failed', { err: error });
      if (isPermanent(error)) {
        await executor.finishAttempt(record, { error });
        throw new UnrecoverableError(reason);
      }
      if (tryNumber >= deps.policy.attempts) {
        await bury(record, job, error, `${attemptOf(tryNumber)} failed: ${reason}`);
        throw error instanceof Error ? error : new Error(reason);
      }
      const delayMs = retryDelay(deps.policy, tryNumber);
      await deps.store.endAttempt(record, {
        status: 'retrying',
        detail: `${attemptOf(tryNumber)} failed: ${reason}; next attempt in ${delayMs} ms`,
      });
      deps.telemetry.jobRetried({ queue, service });
      throw new RetryScheduled(reason, delayMs);
    }
    const finishing = executor.finishAttempt(record, { response });
    // With a result callback to queue, the outcome must be stored first: wait for it.
    if (record.callbackUrl) return finishing;
    // Without one, the try does not wait for the reply: the outcome's write is already sent on the
    // worker's connection, and BullMQ's completion of this job follows it there, so Redis runs the two
    // in that order and a job is never seen completed before its record: one awaited round trip less
    // per job. Should the write fail, the record stays open and the recovery sweeper runs the
    // message again (ADR 0010). (After a NOSCRIPT, the script's EVAL follows the completion.)
    finishing.catch((error: unknown) => logOf(job).error('could not record the outcome; recovery will run the message again', { err: error }));
  };
}
