import type { AdapterContext, HandlerContext, OperationSpec } from './adapter';
import { AppError, BusinessRuleError, TransientError } from './errors';
import { historyEntry, refString, type Message, type MessageError, type MessageHead, type MessageRecord } from './message';
import type { CallbackSender, MessageStore, Principal, ScenarioEngine, StatusChange, Telemetry } from './ports';
import type { AdapterRegistry } from './registry';
import { NotFoundError } from './errors';

export interface ExecutionMeta {
  principal: Principal;
  messageId: string;
  channel: 'unified' | 'native';
  callbackUrl?: string;
  nativePath?: string;
}

/** Turns any thrown value into the error a user sees on the message record. */
export function toMessageError(error: unknown): MessageError {
  if (error instanceof BusinessRuleError) {
    return { type: error.slug, message: error.message, code: error.code, ...(error.errors ? { errors: error.errors } : {}) };
  }
  if (error instanceof TransientError) {
    return { type: error.slug, message: error.message, ...(error.code ? { code: error.code } : {}) };
  }
  if (error instanceof AppError) {
    return { type: error.slug, message: error.message, ...(error.errors ? { errors: error.errors } : {}) };
  }
  return { type: 'internal', message: 'The backend simulator failed; see the log for the error id' };
}

/** What a finished message's telemetry reads of its record. */
type Measured = Pick<MessageHead, 'service' | 'messageType' | 'channel' | 'receivedAt'>;

/** How a handler's run ended. */
export type Outcome = { response: unknown } | { error: unknown };

/** The status change that records an outcome: completed with the response, or failed (dead) with the error. */
function finishingChange(outcome: Outcome, status?: 'failed' | 'dead'): StatusChange {
  if ('response' in outcome) return { status: 'completed', response: outcome.response };
  const error = toMessageError(outcome.error);
  return { status: status ?? 'failed', error, detail: error.message };
}

/** Errors that no retry can cure. */
export function isPermanent(error: unknown): boolean {
  return error instanceof AppError && !(error instanceof TransientError);
}

/**
 * Runs a message through fault scenarios and its adapter's handler, and keeps the record and the
 * result callback up to date. The synchronous path and the queue workers share it, so both behave
 * the same.
 */
export class MessageExecutor {
  constructor(
    private readonly deps: {
      registry: AdapterRegistry;
      scenarios: ScenarioEngine;
      store: MessageStore;
      callbacks: CallbackSender;
      telemetry: Telemetry;
      contextFor(service: string): AdapterContext;
    },
  ) {}

  /**
   * Whether a synchronous message's handler may run before its record is stored, and the record be
   * stored finished in one step: its operation is read-only (OperationSpec.readOnly) and no fault
   * rule is set that could apply to it.
   */
  mayRunAhead(spec: OperationSpec, body: unknown): boolean {
    const { readOnly } = spec;
    if (!readOnly || !this.deps.scenarios.quiet()) return false;
    return readOnly === true || readOnly(body);
  }

  /** mayRunAhead for a queued message (its type resolved here): see MessageStore.completeAhead. */
  mayRunAheadOf(message: Message): boolean {
    const resolved = this.deps.registry.resolve(message.header.messageType);
    return resolved !== undefined && this.mayRunAhead(resolved.spec, message.body);
  }

  /** Scenarios, then the handler. Throws what the handler throws. */
  async run(message: Message, meta: ExecutionMeta, stage: 'sync' | 'worker'): Promise<unknown> {
    const resolved = this.deps.registry.resolve(message.header.messageType);
    if (!resolved) throw new NotFoundError(`Unknown message type ${message.header.messageType}`);
    await this.deps.scenarios.apply({ stage, message, ...(meta.nativePath ? { nativePath: meta.nativePath } : {}) });
    const context: HandlerContext = {
      ...this.deps.contextFor(resolved.adapter.manifest.service),
      principal: meta.principal,
      messageId: meta.messageId,
      channel: meta.channel,
      ...(meta.callbackUrl ? { callbackUrl: meta.callbackUrl } : {}),
    };
    return resolved.handler(message, context);
  }

  /**
   * Records a finished outcome and, for a message with a callbackUrl, queues the result callback.
   * Answers the whole record after it (the synchronous path answers with it).
   */
  async finish(record: MessageRecord, outcome: Outcome, status?: 'failed' | 'dead'): Promise<MessageRecord> {
    const change = finishingChange(outcome, status);
    const updated = (await this.deps.store.update(record, change, record)) ?? record;
    await this.finished(record, updated);
    return updated;
  }

  /**
   * A worker's try ends with an outcome: as `finish`, but nothing is read back from the store (the
   * worker has the record's head from the start of its try). The outcome's write is sent before this
   * returns (store.endAttempt), so a caller may let it go without waiting for its reply.
   */
  async finishAttempt(record: MessageHead, outcome: Outcome, status?: 'failed' | 'dead'): Promise<void> {
    const change = finishingChange(outcome, status);
    await this.finished(record, (await this.deps.store.endAttempt(record, change)) ?? record);
  }

  /**
   * `record` as `finish` stores it once its handler ended with `outcome` at `at`, built here rather
   * than stored: for a record stored already finished in its first step (see OperationSpec.readOnly).
   * `finished` then gives it its telemetry and callback.
   */
  settle(record: MessageRecord, outcome: Outcome, at: string): MessageRecord {
    const change = finishingChange(outcome);
    return {
      ...record,
      status: change.status,
      updatedAt: at,
      history: [...record.history, historyEntry(change, at)],
      ...('response' in outcome ? { response: outcome.response } : { error: change.error }),
    };
  }

  /** What every finished message gets: its telemetry and, with a callbackUrl, its result callback. */
  async finished(record: MessageHead, updated: MessageHead): Promise<void> {
    this.measure(record, updated);
    if (record.callbackUrl) await this.sendResult(updated);
  }

  /** A message a worker's first try completed ahead (MessageStore.completeAhead; never one with a callbackUrl). */
  completedAhead(record: Measured, updatedAt: string): void {
    this.measure(record, { status: 'completed', updatedAt });
  }

  private measure(record: Measured, updated: Pick<MessageHead, 'status' | 'updatedAt'>): void {
    this.deps.telemetry.messageFinished({
      service: record.service,
      messageType: record.messageType,
      status: updated.status,
      channel: record.channel,
      durationMs: Date.parse(updated.updatedAt) - Date.parse(record.receivedAt),
    });
  }

  /**
   * For a message found already finished when its job runs again (its worker stopped, or queuing
   * the callback failed, after the outcome was recorded): queues its result callback again, so it is
   * not lost. The callback job's id comes from its content, so a callback still queued or kept by
   * its queue is not added a second time.
   */
  async resendResult(record: MessageHead): Promise<void> {
    if (record.callbackUrl) await this.sendResult(record);
  }

  private async sendResult(record: MessageHead): Promise<void> {
    await this.deps.callbacks.send({
      // Scoped by sender, like the record: two agencies' results never share a callback job.
      id: `${refString(record)}:result`,
      service: record.service,
      url: record.callbackUrl as string,
      signing: 'lgsp',
      clientId: record.clientId,
      messageId: record.messageId,
      from: record.from,
      kind: 'result',
      body: {
        messageId: record.messageId,
        messageType: record.messageType,
        correlationId: record.correlationId,
        status: record.status,
        ...(record.response !== undefined ? { response: record.response } : {}),
        ...(record.error ? { error: record.error } : {}),
      },
    });
  }
}
