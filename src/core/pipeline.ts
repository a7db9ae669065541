import type { CallbackUrlPolicy } from './callback-url-policy';
import { ConflictError, ForbiddenError, NotFoundError, ServiceUnavailableError, ValidationError, type AppError } from './errors';
import type { ExecutionMeta, MessageExecutor } from './executor';
import { fingerprint } from './fingerprint';
import type { Logger } from './logger';
import type { Coercion, Message, MessageChannel, MessageRecord } from './message';
import type { Clock, Dispatcher, Journal, MessageStore, Principal, IdSource } from './ports';
import type { AdapterRegistry } from './registry';
import type { SchemaRegistry } from './schema-registry';

/** `$id` of the envelope schema every unified-API message is checked against first. */
export const MESSAGE_ENVELOPE_SCHEMA = 'https://lgsp-sim.local/schemas/common/message.request.json';

export interface SubmitOptions {
  channel: MessageChannel;
  /** `async`: hand to the queue and answer at once. `sync`: run here. */
  mode: 'sync' | 'async';
  /** With `sync`: how long to wait before answering that it is still running. Unset: wait for the end. */
  waitMs?: number;
  nativePath?: string;
  /** Leniencies the native door applied to the body; kept on the record and the journal entry. */
  coercions?: readonly Coercion[];
}

export type SubmitResult =
  /** The message is in its queue (async). */
  | { kind: 'accepted'; record: MessageRecord }
  /** The same message was sent before: its existing record. */
  | { kind: 'replayed'; record: MessageRecord }
  /** Finished on the synchronous path: `result` on success, `error` on failure. */
  | { kind: 'finished'; record: MessageRecord; result?: unknown; error?: unknown }
  /** Still running when the wait ran out. */
  | { kind: 'pending'; record: MessageRecord };

export interface PipelineDeps {
  registry: AdapterRegistry;
  schemas: SchemaRegistry;
  store: MessageStore;
  dispatcher: Dispatcher;
  journal: Journal;
  executor: MessageExecutor;
  callbackPolicy: CallbackUrlPolicy;
  clock: Clock;
  ids: IdSource;
  logger: Logger;
}

/**
 * The one pipeline: envelope → message type → access rights → body schema → idempotent record →
 * journal → (sync) scenarios and handler, or (async) the queue. Both front doors call `submit`.
 */
export class Pipeline {
  constructor(private readonly deps: PipelineDeps) {}

  /** Checks an envelope that arrived as untrusted JSON and narrows it to a Message. */
  parseEnvelope(input: unknown): Message {
    this.deps.schemas.assert(MESSAGE_ENVELOPE_SCHEMA, input);
    return input as Message;
  }

  async submit(principal: Principal, message: Message, options: SubmitOptions): Promise<SubmitResult> {
    const { header } = message;
    const resolved = this.deps.registry.resolve(header.messageType);
    if (!resolved) {
      throw new NotFoundError(`Unknown messageType "${header.messageType}"; GET /api/v1/services lists the known ones`);
    }
    const service = resolved.adapter.manifest.service;
    if (header.from !== principal.agency) {
      throw new ForbiddenError(`header.from is ${header.from}, but the token belongs to agency ${principal.agency}`);
    }
    if (principal.services !== '*' && !principal.services.includes(service)) {
      throw new ForbiddenError(`Client ${principal.clientId} has no right to the service ${service}`);
    }
    this.deps.schemas.assert(resolved.spec.requestSchema, message.body, 'body');
    const violations = resolved.spec.check?.(message.body) ?? [];
    if (violations.length > 0) throw new ValidationError(violations.map((v) => v.message).join('; '), violations);
    if (header.callbackUrl) this.deps.callbackPolicy.check(header.callbackUrl);

    const record = this.newRecord(principal, message, service, options);
    const outcome = await this.deps.store.create(record);
    if (!outcome.created) {
      if (outcome.record.fingerprint === record.fingerprint) return { kind: 'replayed', record: outcome.record };
      throw new ConflictError(`messageId ${header.messageId} was already used for a different message`);
    }
    // The search index, the journal and the work itself do not depend on each other: run them at
    // once and answer when all three are done, rather than waiting on one Redis round trip after another.
    const recorded = Promise.all([
      outcome.indexed,
      this.deps.journal.record({
        id: this.deps.ids.uuid(),
        at: record.receivedAt,
        messageId: header.messageId,
        messageType: header.messageType,
        service,
        from: header.from,
        ...(header.correlationId ? { correlationId: header.correlationId } : {}),
        channel: options.channel,
        ...(options.nativePath ? { nativePath: options.nativePath } : {}),
        body: message.body,
        ...(options.coercions?.length ? { coercions: [...options.coercions] } : {}),
      }),
    ]);
    // Settled here so that a failure while the other steps run is never an unhandled rejection.
    const recording = recorded.then(
      () => undefined,
      (error: unknown) => error,
    );
    const work = options.mode === 'async' ? this.accept(message, record) : this.runNow(message, outcome.record, principal, options);
    const [result, recordError] = await Promise.all([work, recording]);
    if (recordError !== undefined) throw recordError;
    return result;
  }

  private async accept(message: Message, record: MessageRecord): Promise<SubmitResult> {
    try {
      await this.deps.dispatcher.enqueue(message, record);
    } catch (error) {
      await this.deps.store.remove(record.messageId).catch(() => undefined);
      if (error instanceof ServiceUnavailableError) throw error;
      throw new ServiceUnavailableError('The message could not be queued; it was not accepted. Try again.');
    }
    return { kind: 'accepted', record };
  }

  private async runNow(message: Message, record: MessageRecord, principal: Principal, options: SubmitOptions): Promise<SubmitResult> {
    const meta: ExecutionMeta = {
      principal,
      messageId: record.messageId,
      channel: options.channel,
      ...(record.callbackUrl ? { callbackUrl: record.callbackUrl } : {}),
      ...(options.nativePath ? { nativePath: options.nativePath } : {}),
    };
    const execution = this.execute(message, record, meta);
    if (options.waitMs === undefined) return execution;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<SubmitResult>((resolve) => {
      timer = setTimeout(() => resolve({ kind: 'pending', record }), options.waitMs);
    });
    try {
      return await Promise.race([execution, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  private async execute(message: Message, record: MessageRecord, meta: ExecutionMeta): Promise<SubmitResult> {
    const { executor, logger } = this.deps;
    try {
      const result = await executor.run(message, meta, 'sync');
      const finished = await executor.finish(record, { response: result });
      return { kind: 'finished', record: finished, result };
    } catch (error) {
      if (!(error as AppError | undefined)?.status) {
        logger.error('handler failed', { err: error, messageId: record.messageId, messageType: record.messageType });
      }
      const finished = await executor.finish(record, { error }).catch(() => record);
      return { kind: 'finished', record: finished, error };
    }
  }

  private newRecord(principal: Principal, message: Message, service: string, options: SubmitOptions): MessageRecord {
    const { header } = message;
    const now = this.deps.clock.now().toISOString();
    const sync = options.mode === 'sync';
    return {
      messageId: header.messageId,
      messageType: header.messageType,
      service,
      from: header.from,
      ...(header.correlationId ? { correlationId: header.correlationId } : {}),
      ...(header.callbackUrl ? { callbackUrl: header.callbackUrl } : {}),
      channel: options.channel,
      clientId: principal.clientId,
      status: sync ? 'processing' : 'queued',
      attempts: sync ? 1 : 0,
      receivedAt: now,
      updatedAt: now,
      fingerprint: fingerprint({ header, body: message.body }),
      history: [{ status: sync ? 'processing' : 'queued', at: now }],
      body: message.body,
      ...(options.coercions?.length ? { coercions: [...options.coercions] } : {}),
    };
  }
}
