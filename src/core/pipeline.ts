import type { CallbackUrlPolicy } from './callback-url-policy';
import {
  ConflictError,
  ForbiddenError,
  NotFoundError,
  ServiceUnavailableError,
  TOKEN_REFUSED,
  UnauthorizedError,
  ValidationError,
  type AppError,
} from './errors';
import type { ExecutionMeta, MessageExecutor, Outcome } from './executor';
import { fingerprint } from './fingerprint';
import type { Logger } from './logger';
import type { Coercion, Message, MessageChannel, MessageRecord } from './message';
import type { Clock, CreateOutcome, Dispatcher, EnqueuedJob, Journal, JournalEntry, MessageStore, Principal, IdSource } from './ports';
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
  /**
   * How long an open record may go without a sign of life from its owner (a sync request renews it
   * while the handler runs; an async one is owned by its queue job) before recovery looks at it.
   */
  leaseMs: number;
  /**
   * This process's copy of the simulation state (clock, scenarios): its version rides along with
   * the record's step, which refuses it when stale; then the copy is reloaded and the message
   * built again, so a change made through any process takes effect on the next message here.
   */
  simState?: { version(): string; ensure(version: string): Promise<void> };
}

const NOT_ACCEPTED = 'The message could not be queued; it was not accepted and nothing of it was kept. Try again with the same messageId.';
const OUTCOME_NOT_STORED =
  'The message ran, but its outcome could not be recorded (Redis is unavailable); nothing is claimed. Ask again with the same messageId: once Redis is back you get the record as it stands, which recovery ends completed or failed with the reason.';

/** A record built for a new message, its journal entry, and what the store made of them. */
interface StoredRecord {
  outcome: CreateOutcome;
  record: MessageRecord;
  entry: JournalEntry;
}

/**
 * The `Prefer: wait`s running now, each ended at once by `endAll` when the process stops (a caller
 * who chose to wait is answered then rather than cut off). A Set of callbacks rather than an
 * AbortSignal: every sync request adds and removes one, and EventTarget listeners cost that path.
 */
class Waits {
  private ended = false;
  private readonly ends = new Set<() => void>();

  /** Calls `end` when the waits end (at once if they have); answers what forgets it. */
  add(end: () => void): () => void {
    if (this.ended) {
      end();
      return () => undefined;
    }
    this.ends.add(end);
    return () => this.ends.delete(end);
  }

  endAll(): void {
    this.ended = true;
    for (const end of this.ends) end();
    this.ends.clear();
  }
}

/** `running`'s value, or undefined once `waitMs` (when given) runs out first or the waits end. */
async function withinWait<T>(running: Promise<T>, waitMs: number | undefined, waits: Waits): Promise<T | undefined> {
  if (waitMs === undefined) return running;
  let timer: NodeJS.Timeout | undefined;
  let forget: (() => void) | undefined;
  const outOfTime = new Promise<undefined>((resolve) => {
    timer = setTimeout(resolve, waitMs, undefined);
    forget = waits.add(() => resolve(undefined));
  });
  try {
    return await Promise.race([running, outOfTime]);
  } finally {
    clearTimeout(timer);
    forget?.();
  }
}

/** A promise's failure as a value (undefined on success), so it is never an unhandled rejection. */
function settled(promise: Promise<unknown>): Promise<Error | undefined> {
  return promise.then(
    () => undefined,
    (error: unknown) => (error instanceof Error ? error : new Error(String(error ?? 'failed'))),
  );
}

/**
 * The one pipeline: envelope → message type → access rights → body schema → idempotent record →
 * journal → (sync) scenarios and handler, or (async) the queue. Both front doors call `submit`.
 */
export class Pipeline {
  /** Ended by `stopWaiting` when the process stops. */
  private readonly waits = new Waits();

  constructor(private readonly deps: PipelineDeps) {}

  /**
   * Ends every `Prefer: wait` now and from now on: each waiting request is answered with what is
   * stored (`202`, still running) instead of holding a stopping process open until its wait ends.
   */
  stopWaiting(): void {
    this.waits.endAll();
  }

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

    if (options.mode === 'async') return this.accept(principal, message, service, options);
    const first = this.newRecord(principal, message, service, options);
    if (this.deps.executor.mayRunAhead(resolved.spec, message.body)) return this.runAhead(principal, message, options, first);
    return this.runStored(principal, message, options, first);
  }

  /**
   * The synchronous path: the record is stored `processing` (one round trip), the handler runs, and
   * its outcome is stored (another). `running` is a handler already started by `runAhead`.
   */
  private async runStored(
    principal: Principal,
    message: Message,
    options: SubmitOptions,
    first: { record: MessageRecord; entry: JournalEntry },
    running?: Promise<Outcome>,
  ): Promise<SubmitResult> {
    const { outcome, record, entry } = await this.createRecord(principal, message, options, first);
    if (!outcome.created) return this.existing(outcome, record);
    // The search index and the journal (when the store did not take them in the same step) and
    // the work itself do not depend on each other: run them at once and answer when all are done.
    const recording = this.indexedAndJournaled(outcome, entry);
    const [result, recordError] = await Promise.all([this.runNow(message, outcome.record, principal, options, running), recording]);
    if (recordError !== undefined) throw recordError;
    return result;
  }

  /**
   * The synchronous path of a read-only operation (OperationSpec.readOnly) while no fault rule is
   * set: the handler runs first, and the record is stored already finished, with its indexes,
   * journal entry and both history entries, in one round trip. Running it for what turns out to be
   * a duplicate changes nothing, and the duplicate is answered as always. A handler still running
   * when the wait runs out, a stale copy of the simulation state or a pending leftover record hand
   * over to the stored path.
   */
  private async runAhead(
    principal: Principal,
    message: Message,
    options: SubmitOptions,
    first: { record: MessageRecord; entry: JournalEntry },
  ): Promise<SubmitResult> {
    const { executor, store, simState, clock } = this.deps;
    const running = this.outcomeOf(message, first.record, this.metaOf(first.record, principal, options));
    const outcome = await withinWait(running, options.waitMs, this.waits);
    // Out of time: store it processing and answer pending; the running handler ends it.
    if (outcome === undefined) return this.runStored(principal, message, { ...options, waitMs: 0 }, first, running);
    const record = executor.settle(first.record, outcome, clock.now().toISOString());
    const token = principal.token !== undefined ? { token: principal.token } : {};
    const stored = await store.create(record, this.deps.leaseMs, { journal: first.entry, ...token, simVersion: simState?.version() });
    if (stored.stale) {
      await simState?.ensure(stored.simVersion);
      return this.submitStored(principal, message, options, first.record);
    }
    if (!stored.created) {
      if (stored.record?.pending) return this.submitStored(principal, message, options, first.record);
      return this.existing(stored, first.record);
    }
    const recordError = await this.indexedAndJournaled(stored, first.entry);
    if (recordError !== undefined) throw recordError;
    try {
      await executor.finished(first.record, record);
    } catch (error) {
      throw this.notStored(error, record);
    }
    return 'response' in outcome ? { kind: 'finished', record, result: outcome.response } : { kind: 'finished', record, error: outcome.error };
  }

  /** The stored path from the start, with a record built again as of this process's state now. */
  private submitStored(principal: Principal, message: Message, options: SubmitOptions, record: MessageRecord): Promise<SubmitResult> {
    return this.runStored(principal, message, options, this.newRecord(principal, message, record.service, options));
  }

  /** The search index and the journal entry, when the store did not take them in the record's step; a failure as a value. */
  private indexedAndJournaled(outcome: CreateOutcome & { created: true }, entry: JournalEntry): Promise<Error | undefined> {
    return settled(Promise.all([outcome.indexed, outcome.journaled ? undefined : this.deps.journal.record(entry)]));
  }

  /**
   * Stores a new record: one round trip (record, indexes, lease and journal entry in one step).
   * When this process's copy of clock and scenarios turns out stale, it is reloaded and the record
   * built again as of the new state, so a change made anywhere dates the very next message.
   */
  private async createRecord(
    principal: Principal,
    message: Message,
    options: SubmitOptions,
    first: { record: MessageRecord; entry: JournalEntry },
  ): Promise<StoredRecord> {
    let { record, entry } = first;
    const { store, leaseMs, simState } = this.deps;
    const token = principal.token !== undefined ? { token: principal.token } : {};
    // The current record and entry; with `checkVersion`, only as of this process's copy of the state.
    const create = (checkVersion: boolean) =>
      store.create(record, leaseMs, { journal: entry, ...token, ...(checkVersion ? { simVersion: simState?.version() } : {}) });
    let outcome = await create(true);
    for (let tries = 0; outcome.stale && tries < 5; tries++) {
      await simState?.ensure(outcome.simVersion);
      ({ record, entry } = this.newRecord(principal, message, record.service, options, record.jobId));
      outcome = await create(true);
    }
    // Changing faster than it can be read: go on with the newest copy there is.
    if (outcome.stale) outcome = await create(false);
    // A pending record is what a refused request (503) of the earlier accept protocol left behind
    // (created first, confirmed last): never acknowledged, so it is no idempotency key. Replace it,
    // unless a worker took it up meanwhile.
    if (!outcome.created && outcome.record?.pending && (await store.discardPending(outcome.record))) {
      outcome = await create(false);
    }
    return { outcome, record, entry };
  }

  /** The answer when the messageId was used before: the record again, or a conflict. */
  private existing(outcome: CreateOutcome & { created: false }, record: MessageRecord): SubmitResult {
    // Revoked, wiped or expired since this process cached it: refused as at the door.
    if (outcome.tokenGone) throw new UnauthorizedError(TOKEN_REFUSED, 'invalid');
    if (outcome.stale) throw new ServiceUnavailableError(NOT_ACCEPTED);
    if (outcome.record.fingerprint === record.fingerprint) return { kind: 'replayed', record: outcome.record };
    throw new ConflictError(`messageId ${record.messageId} was already used for a different message`);
  }

  /**
   * Accepts an async message in two round trips: (1) its job is queued, ready to run; (2) the record
   * is created already accepted, naming the job, with its indexes, lease and journal entry, in one
   * step, and the request answered 202. The job exists before the record that names it, so a 202
   * always has a job (or, were it lost, a record on the recovery list the sweeper queues again); a
   * job runs only a record that names it, and one that comes up before its record waits for it a
   * while, so a job whose request was refused (503: its record was never stored, or the messageId
   * was taken) finds nothing of its own and is dropped. See docs/adr/0019.
   */
  private async accept(principal: Principal, message: Message, service: string, options: SubmitOptions): Promise<SubmitResult> {
    const jobId = this.deps.dispatcher.newJobId({ from: message.header.from, messageId: message.header.messageId });
    const first = this.newRecord(principal, message, service, options, jobId);
    let job: EnqueuedJob;
    try {
      job = await this.deps.dispatcher.enqueue(message, first.record);
    } catch (error) {
      throw error instanceof ServiceUnavailableError ? error : new ServiceUnavailableError(NOT_ACCEPTED);
    }
    // Not needed after all (refused, or a replay): take the job back now rather than let a worker
    // wait for a record that never comes. Best effort: were it kept (or already taken up), it finds
    // no record of its own and ends without running anything.
    const withdraw = () => job.withdraw().catch(() => undefined);
    let created: StoredRecord;
    try {
      created = await this.createRecord(principal, message, options, first);
    } catch {
      // Not awaited: a Redis that did not answer in time would keep the refusal waiting as long
      // again, and the job is harmless either way.
      void withdraw();
      throw new ServiceUnavailableError(NOT_ACCEPTED);
    }
    const { outcome, record, entry } = created;
    if (!outcome.created) {
      await withdraw();
      return this.existing(outcome, record);
    }
    // With a store that does not take the journal entry in the record's step, it is written now;
    // the message is accepted either way (its job runs), so a failure here is logged, not answered.
    const recordError = await this.indexedAndJournaled(outcome, entry);
    if (recordError !== undefined)
      this.deps.logger.warn('accepted message could not be journaled', { err: recordError, messageId: record.messageId });
    return { kind: 'accepted', record };
  }

  private metaOf(record: MessageRecord, principal: Principal, options: SubmitOptions): ExecutionMeta {
    return {
      principal,
      messageId: record.messageId,
      channel: options.channel,
      ...(record.callbackUrl ? { callbackUrl: record.callbackUrl } : {}),
      ...(options.nativePath ? { nativePath: options.nativePath } : {}),
    };
  }

  private runNow(
    message: Message,
    record: MessageRecord,
    principal: Principal,
    options: SubmitOptions,
    running?: Promise<Outcome>,
  ): Promise<SubmitResult> {
    const meta = this.metaOf(record, principal, options);
    // The request owns the record while its handler runs: it renews the lease, so recovery leaves
    // it alone; once the owner is gone (process stopped, Redis lost) the lease runs out.
    const { store, leaseMs } = this.deps;
    const heartbeat = setInterval(() => void store.renewLease(record, leaseMs).catch(() => undefined), Math.max(50, Math.floor(leaseMs / 3)));
    heartbeat.unref();
    const execution = this.execute(record, running ?? this.outcomeOf(message, record, meta));
    // The answer is the outcome, or `pending` once the wait runs out; the handler runs on meanwhile
    // (its lease renewed) and records its outcome when it ends.
    return new Promise<SubmitResult>((resolve, reject) => {
      const pending = (): void => resolve({ kind: 'pending', record });
      const waits = options.waitMs !== undefined;
      const timer = waits ? setTimeout(pending, options.waitMs) : undefined;
      const forget = waits ? this.waits.add(pending) : undefined;
      const done = (): void => {
        clearInterval(heartbeat);
        clearTimeout(timer);
        forget?.();
      };
      execution.then(
        (result) => {
          done();
          resolve(result);
        },
        (error: Error) => {
          done();
          reject(error);
        },
      );
    });
  }

  /**
   * Runs the handler and records its outcome. The answer never claims more than was recorded: when
   * the outcome cannot be stored, a ServiceUnavailableError (503), never the stale `processing` record.
   */
  private async execute(record: MessageRecord, running: Promise<Outcome>): Promise<SubmitResult> {
    const outcome = await running;
    let finished: MessageRecord;
    try {
      finished = await this.deps.executor.finish(record, outcome);
    } catch (error) {
      throw this.notStored(error, record);
    }
    return 'response' in outcome
      ? { kind: 'finished', record: finished, result: outcome.response }
      : { kind: 'finished', record: finished, error: outcome.error };
  }

  /** Scenarios and the handler; how they ended, never a rejection (a crash is logged). */
  private async outcomeOf(message: Message, record: MessageRecord, meta: ExecutionMeta): Promise<Outcome> {
    try {
      return { response: await this.deps.executor.run(message, meta, 'sync') };
    } catch (error) {
      if (!(error as AppError | undefined)?.status) {
        this.deps.logger.error('handler failed', { err: error, messageId: record.messageId, messageType: record.messageType });
      }
      return { error };
    }
  }

  /** The 503 of an outcome that could not be recorded (logged with why). */
  private notStored(error: unknown, record: MessageRecord): ServiceUnavailableError {
    this.deps.logger.warn('outcome of a synchronous message could not be recorded', {
      err: error,
      messageId: record.messageId,
      messageType: record.messageType,
    });
    return new ServiceUnavailableError(OUTCOME_NOT_STORED);
  }

  /** The record of a new message and its journal entry, as of this process's clock now. */
  private newRecord(
    principal: Principal,
    message: Message,
    service: string,
    options: SubmitOptions,
    jobId?: string,
  ): { record: MessageRecord; entry: JournalEntry } {
    const { header } = message;
    const now = this.deps.clock.now().toISOString();
    const sync = options.mode === 'sync';
    const entry: JournalEntry = {
      id: this.deps.ids.uuid(),
      at: now,
      messageId: header.messageId,
      messageType: header.messageType,
      service,
      from: header.from,
      ...(header.correlationId ? { correlationId: header.correlationId } : {}),
      channel: options.channel,
      ...(options.nativePath ? { nativePath: options.nativePath } : {}),
      body: message.body,
      ...(options.coercions?.length ? { coercions: [...options.coercions] } : {}),
    };
    // Fields in the order the store reads a record back (its static part, then the moving parts),
    // so a record answered from this copy reads like one read from Redis.
    const record: MessageRecord = {
      messageId: header.messageId,
      messageType: header.messageType,
      service,
      from: header.from,
      ...(header.correlationId ? { correlationId: header.correlationId } : {}),
      ...(header.callbackUrl ? { callbackUrl: header.callbackUrl } : {}),
      channel: options.channel,
      clientId: principal.clientId,
      receivedAt: now,
      fingerprint: fingerprint({ header, body: message.body }),
      body: message.body,
      ...(options.coercions?.length ? { coercions: [...options.coercions] } : {}),
      delivery: options.mode,
      status: sync ? 'processing' : 'queued',
      attempts: sync ? 1 : 0,
      updatedAt: now,
      history: [{ status: sync ? 'processing' : 'queued', at: now }],
      ...(jobId ? { jobId } : {}),
    };
    return { record, entry };
  }
}
