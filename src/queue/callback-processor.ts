import { UnrecoverableError, type Job } from 'bullmq';
import type { CallbackAttempt, MessageRef } from '../core/message';
import type { CallbackRequest, Clock, MessageStore, ScenarioEngine, Telemetry } from '../core/ports';
import type { Logger } from '../core/logger';
import { retryDelay, RetryScheduled } from './backoff';
import type { CallbackDelivery, DeliveryResult } from './callback-delivery';
import type { DeadLetterStore } from './dead-letter-store';
import type { RetryPolicy } from './delivery-settings';

export interface CallbackProcessorDeps {
  delivery: CallbackDelivery;
  store: MessageStore;
  deadLetters: DeadLetterStore;
  scenarios: ScenarioEngine;
  telemetry: Telemetry;
  clock: Clock;
  logger: Logger;
  policy: RetryPolicy;
  /** Worker deaths one callback job survives (WORKER_MAX_STALLED); past it the callback is dead. */
  maxStalled: number;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * The processor of a callback queue: applies fault-scenario effects (hold, duplicate), POSTs once,
 * records the attempt on the message, then delivered, retried with backoff (5xx, timeout, no
 * connection, a verifier's "no"), failed at once (a 4xx refusal), or dead after the last try.
 * Failed and dead callbacks are kept as dead letters, so an admin can send them again.
 */
export function createCallbackProcessor(queue: string, service: string, deps: CallbackProcessorDeps) {
  /**
   * The message a callback reports on. Ids are scoped per sender, so the request names both; one
   * that names only the messageId (an adapter written before) is tied to it when exactly one sender
   * used that id.
   */
  const refOf = async (request: CallbackRequest): Promise<MessageRef | undefined> => {
    if (!request.messageId) return undefined;
    if (request.from !== undefined) return { from: request.from, messageId: request.messageId };
    const found = await deps.store.findById(request.messageId);
    return found.length === 1 ? found[0] : undefined;
  };
  const record = async (request: CallbackRequest, attempt: CallbackAttempt): Promise<void> => {
    const ref = await refOf(request);
    if (ref) await deps.store.recordCallback(ref, attempt);
  };

  const bury = async (request: CallbackRequest, job: Job<CallbackRequest>, reason: string): Promise<void> => {
    const ref = await refOf(request);
    const stored = ref ? await deps.store.get(ref) : undefined;
    await deps.deadLetters.add(
      {
        messageId: request.messageId ?? request.id,
        ...(ref ? { from: ref.from } : {}),
        service,
        messageType: stored?.messageType ?? `${service}.${request.kind}`,
        queue,
        kind: 'callback',
        attempts: job.attemptsMade + 1,
        failedAt: deps.clock.now().toISOString(),
        reason,
      },
      { kind: 'callback', request },
    );
  };

  /**
   * One POST and its verdict. Anything unexpected on the way (an adapter's verifier that throws,
   * say) is a failed try like a 5xx, retried and in the end a dead letter: thrown out of the
   * processor it would leave the callback in BullMQ's failed set only, without a trace on the record.
   */
  const deliverOnce = async (request: CallbackRequest, tryNumber: number): Promise<DeliveryResult> => {
    try {
      return await deps.delivery.deliver(request, tryNumber);
    } catch (error) {
      deps.logger.error('callback delivery failed unexpectedly', { callbackId: request.id, err: error });
      return {
        delivered: false,
        permanent: false,
        detail: `the delivery failed unexpectedly: ${error instanceof Error ? error.message : String(error)}`,
      };
    }
  };

  return async (job: Job<CallbackRequest>): Promise<void> => {
    const request = job.data;
    const tryNumber = job.attemptsMade + 1;
    const log = deps.logger.child({ queue, callbackId: request.id, ...(request.messageId ? { messageId: request.messageId } : {}) });
    // BullMQ fails a job that stalls past its own limit (WORKER_MAX_STALLED + 1) without running us,
    // which would lose the callback without a trace; we end it one death earlier, as a dead letter.
    const deaths = job.stalledCounter;
    if (deaths > deps.maxStalled) {
      const reason = `its worker stopped mid-delivery ${deaths} time${deaths === 1 ? '' : 's'} (more than WORKER_MAX_STALLED=${deps.maxStalled}); not sent again`;
      await bury(request, job, reason);
      await record(request, { at: deps.clock.now().toISOString(), url: request.url, outcome: 'dead', detail: reason });
      deps.telemetry.callbackAttempted({ service, kind: request.kind, outcome: 'dead' });
      log.warn('callback dead: its workers kept stopping mid-delivery', { url: request.url, deaths });
      throw new UnrecoverableError(reason);
    }
    const effects = await deps.scenarios.callbackEffects(request);
    if (effects.delayMs) await sleep(effects.delayMs);

    const result = await deliverOnce(request, tryNumber);
    const at = deps.clock.now().toISOString();
    const base = { at, url: request.url, ...(result.status !== undefined ? { status: result.status } : {}) };
    if (effects.duplicate) {
      const again = await deliverOnce(request, tryNumber);
      await record(request, {
        at,
        url: request.url,
        ...(again.status !== undefined ? { status: again.status } : {}),
        outcome: again.delivered ? 'delivered' : 'retrying',
        detail: `duplicate delivery (fault scenario): ${again.detail}`,
      });
    }

    if (result.delivered) {
      await record(request, { ...base, outcome: 'delivered', detail: `attempt ${tryNumber}: ${result.detail}` });
      deps.telemetry.callbackAttempted({ service, kind: request.kind, outcome: 'delivered' });
      return;
    }
    if (result.permanent) {
      const reason = `attempt ${tryNumber}: ${result.detail}; not retried`;
      // The dead letter first: whoever sees the last attempt on the record finds it redrivable.
      await bury(request, job, reason);
      await record(request, { ...base, outcome: 'failed', detail: reason });
      deps.telemetry.callbackAttempted({ service, kind: request.kind, outcome: 'failed' });
      log.warn('callback refused', { url: request.url, status: result.status });
      throw new UnrecoverableError(reason);
    }
    if (tryNumber >= deps.policy.attempts) {
      const reason = `attempt ${tryNumber} of ${deps.policy.attempts}: ${result.detail}`;
      await bury(request, job, reason);
      await record(request, { ...base, outcome: 'dead', detail: reason });
      deps.telemetry.callbackAttempted({ service, kind: request.kind, outcome: 'dead' });
      log.warn('callback dead after its last attempt', { url: request.url, status: result.status });
      throw new Error(reason);
    }
    const delayMs = retryDelay(deps.policy, tryNumber);
    await record(request, {
      ...base,
      outcome: 'retrying',
      detail: `attempt ${tryNumber} of ${deps.policy.attempts}: ${result.detail}; next attempt in ${delayMs} ms`,
    });
    deps.telemetry.callbackAttempted({ service, kind: request.kind, outcome: 'retrying' });
    throw new RetryScheduled(result.detail, delayMs);
  };
}
