/**
 * The ports core needs, as interfaces. Redis, BullMQ and HTTP implementations live outside core and
 * are wired in the composition root (src/app/create-app.ts).
 */
import type { ScenarioRule } from '../generated/schema-types';
import type {
  Message,
  MessageHead,
  MessageRecord,
  MessageRef,
  MessageStatus,
  MessageError,
  CallbackAttempt,
  Coercion,
  HistoryEntry,
  MessageChannel,
} from './message';

/** Who is calling: an agency system authenticated by a client credential. */
export interface Principal {
  clientId: string;
  agency: string;
  /** Service codes the client may call; `'*'` for all. */
  services: readonly string[] | '*';
  /**
   * The access token it was resolved from, when it came with one. The step that stores a message
   * checks that the token still stands, so a token revoked, wiped or expired since this process
   * read it is refused on the next message, in every process. Never logged or stored.
   */
  token?: string;
}

/**
 * Client id and agency of a caller without a token on a native path whose real clients send none
 * (e.g. PASETO's v2 pushes). Nobody can log in as it, so nothing waits to be pulled by it.
 */
export const ANONYMOUS = 'anonymous';

export interface ClientCredential extends Principal {
  secret: string;
  name?: string;
  /**
   * Strict client: its native requests must fit their schema as sent; what the lenient doors would
   * fix (nulls, unknown members, numbers for digit strings, unpadded codes) is refused. Default false.
   */
  strict?: boolean;
}

export interface IssuedToken {
  accessToken: string;
  expiresIn: number;
  scope: string;
}

export interface TokenStore {
  issue(principal: Principal, ttlSeconds: number): Promise<IssuedToken>;
  /** The principal behind a token (carrying it as `token`), or undefined when it is unknown or expired. */
  resolve(accessToken: string): Promise<Principal | undefined>;
  /** Revokes a token of `clientId` everywhere at once; false when it is unknown or another client's. */
  revoke(accessToken: string, clientId: string): Promise<boolean>;
}

export interface ClientDirectory {
  authenticate(clientId: string, secret: string): ClientCredential | undefined;
  find(clientId: string): ClientCredential | undefined;
  all(): readonly ClientCredential[];
}

export type CreateOutcome =
  /**
   * `indexed` settles once the new record can be found by search; callers overlap it with their
   * next steps and await it before answering, so the request does not wait for it in turn.
   */
  | {
      created: true;
      record: MessageRecord;
      indexed: Promise<void>;
      journaled?: boolean;
      simVersion?: string;
      stale?: undefined;
      tokenGone?: undefined;
    }
  | { created: false; record: MessageRecord; simVersion?: string; stale?: undefined; tokenGone?: undefined }
  /** Nothing written: the caller's copy of the simulation state is older than `simVersion`. */
  | { created: false; stale: true; simVersion: string; record?: undefined; tokenGone?: undefined }
  /** Nothing written: the caller's access token was revoked, wiped or expired. */
  | { created: false; tokenGone: true; record?: undefined; stale?: undefined };

/** What rides along with a new record's step. */
export interface CreateOptions {
  /** Written in the same step when the record is new (`journaled`). */
  journal?: JournalEntry;
  /**
   * The version of the caller's copy of clock and scenarios: nothing is written when the simulation
   * state has changed since (`stale`), and the caller reloads and tries again.
   */
  simVersion?: string;
  /** The caller's access token (`Principal.token`): nothing is written when it no longer stands (`tokenGone`). */
  token?: string;
}

export type AttemptStart =
  | { started: boolean; record: MessageHead; superseded?: undefined; discarded?: undefined; stale?: undefined }
  /** The record does not name the job (a leftover job of a replaced record, or of a refused request). */
  | { superseded: true; started?: undefined; record?: undefined; discarded?: undefined; stale?: undefined }
  /**
   * The record was still pending: a request of the earlier accept protocol never confirmed it (a
   * 503), so it was discarded now.
   */
  | { discarded: true; started?: undefined; record?: undefined; superseded?: undefined; stale?: undefined }
  /** Nothing done: the caller's copy of the simulation state is older than `simVersion`. */
  | { stale: true; simVersion: string; started?: undefined; record?: undefined; superseded?: undefined; discarded?: undefined };

/**
 * How `completeAhead` ended: `done` (the record is completed), `absent` (no record, or only a
 * pending one of another job: it may still be on its way), `declined` (anything else: another job's
 * record, a pending one, one not `queued`; the try takes the long way, which sorts it out), or
 * `stale` (nothing done: the caller's copy of the simulation state is older than `simVersion`).
 */
export type AheadOutcome = { done: true } | { absent: true } | { declined: true } | { stale: true; simVersion: string };

/** What a worker's first try that ran its read-only message ahead stores (see MessageStore.completeAhead). */
export interface AheadCompletion {
  jobId: string;
  /** The try's `processing` entry (when it began, `attempt 1 of N`). */
  begun: HistoryEntry;
  response: unknown;
  /** When it ended: the record's updatedAt and its `completed` entry. */
  at: string;
  /** The version of the caller's copy of clock and scenarios; '' or absent skips the check. */
  simVersion?: string;
}

export interface StatusChange {
  status: MessageStatus;
  detail?: string;
  attempts?: number;
  response?: unknown;
  error?: MessageError;
  /** The queue job that now runs the message (a redrive or a recovery queues a new one). */
  jobId?: string;
  /** Apply only while the record is not finished (recovery must never overwrite an outcome). */
  onlyIfOpen?: boolean;
}

export interface MessageStore {
  /**
   * Stores a new record unless its sender already used the id; then returns the existing one
   * untouched. The record is also put on the recovery list with a lease of `leaseMs`: unless its
   * owner renews it or it finishes by then, the recovery sweeper looks at it. What rides along in
   * the same step: see CreateOptions.
   */
  create(record: MessageRecord, leaseMs: number, options?: CreateOptions): Promise<CreateOutcome>;
  get(ref: MessageRef): Promise<MessageRecord | undefined>;
  /** Every record with this messageId, whichever agency sent it (admin search). */
  findById(messageId: string): Promise<MessageRecord[]>;
  /**
   * Applies a status change and appends it to the history; undefined when there is no record (or,
   * with `onlyIfOpen`, when it is already finished). A finished record leaves the recovery list.
   * `known`, the record as the caller last had it, lets the store answer from it when nothing else
   * changed the record since, rather than read the whole record back.
   */
  update(ref: MessageRef, change: StatusChange, known?: MessageRecord): Promise<MessageRecord | undefined>;
  /**
   * Starts a worker's try in one atomic step: unless the record is gone or already finished, marks
   * it `processing`, counts the attempt and appends `detail` to the history. Answers the record
   * (without its lists) after the change (`started`), or as found when it is finished (not started);
   * `superseded` when the record does not name `jobId` (a leftover job of a replaced record, or of a
   * request refused after its job was queued); `discarded` when it was still pending (never
   * acknowledged: deleted in the same step);
   * undefined when it is gone, or not there yet: there is none, or only a pending one naming
   * another job (a leftover that the request which queued this job may be replacing).
   */
  beginAttempt(ref: MessageRef, detail: string, jobId?: string, simVersion?: string): Promise<AttemptStart | undefined>;
  /**
   * A worker's first try of a read-only message, whose handler ran before anything was read
   * (docs/adr/0021): in one atomic step, only while the record is `queued`, names `jobId` and is not
   * pending, counts the attempt, appends `begun` and the `completed` entry, stores the response and
   * takes the record off the recovery list. Anything else changes nothing (see AheadOutcome).
   */
  completeAhead(ref: MessageRef, completion: AheadCompletion): Promise<AheadOutcome>;
  /**
   * Ends a worker's try (completed, failed, dead, or retrying): applies the change like `update`, in
   * one step, but reads nothing back; answers `record` with the change applied, or undefined when
   * the record is gone. The change is sent before this returns, ahead of anything sent later on the
   * store's connection (the worker's try relies on it: see createMessageProcessor).
   */
  endAttempt(record: MessageHead, change: StatusChange): Promise<MessageHead | undefined>;
  /** Appends a note to the history without changing the status (a redrive, say). */
  appendHistory(ref: MessageRef, entry: MessageRecord['history'][number]): Promise<void>;
  recordCallback(ref: MessageRef, attempt: CallbackAttempt): Promise<void>;
  /** Deletes a record that is still pending (never acknowledged); false when it is not pending or gone. */
  discardPending(ref: MessageRef): Promise<boolean>;
  /** Extends the lease of an open record: its owner is alive. */
  renewLease(ref: MessageRef, leaseMs: number): Promise<void>;
  /**
   * Claims up to `limit` records whose lease ended before `now` (ms), atomically: each is given a new
   * lease of `leaseMs`, so another sweeper does not claim it too.
   */
  claimExpired(now: number, leaseMs: number, limit: number): Promise<MessageRef[]>;
  /** Takes a record off the recovery list (finished, or gone). */
  release(ref: MessageRef): Promise<void>;
  /** Removes a record (tests, and a record that was never accepted). */
  remove(ref: MessageRef): Promise<void>;
  /** Deletes the records (and so the idempotency keys) of these backends' messages. */
  clear(services: readonly string[]): Promise<void>;
  /**
   * Records with this correlationId or from this sender (agency code), newest first. The index is
   * capped per key, so a very busy sender shows its most recent messages only.
   */
  search(query: MessageSearch): Promise<MessageRecord[]>;
}

export interface MessageSearch {
  correlationId?: string;
  /** Agency code of the sender (the header's `from`). */
  from?: string;
  /** At most this many records; default 50. */
  limit?: number;
}

/** Simulation time. Every lifecycle and expiry reads it. */
export interface Clock {
  now(): Date;
}

/** The clock as /sim/clock shows it. */
export interface ClockView {
  /** `real`: wall-clock time; `shifted`: running, but set or advanced away from it; `frozen`: standing still. */
  mode: 'real' | 'shifted' | 'frozen';
  now: string;
  /** How far the clock is from wall-clock time, ms. */
  offsetMs: number;
}

/**
 * The clock as the simulation controls move it, shared by every process (src/sim/redis-clock.ts):
 * read in milliseconds, set, frozen and let run. Scenario expiries, clock advances and /sim/clock use it.
 */
export interface SimulationClock extends Clock {
  nowMs(): number;
  /** Sets the time; a frozen clock stays frozen there, a running one runs on from it. */
  set(atMs: number): Promise<void>;
  view(): ClockView;
  /** Stops time at `atMs` (default: where it stands). */
  freeze(atMs?: number): Promise<void>;
  /** Lets a frozen clock run again from where it stands. */
  resume(): Promise<void>;
  /** Back to wall-clock time (a simulation reset). */
  real(): Promise<void>;
}

/** A timer of an adapter: `kind` names an entry of the adapter's `timers`. */
export interface ScheduledTask {
  id: string;
  service: string;
  kind: string;
  /** Simulation time, epoch milliseconds. */
  dueAt: number;
  payload: Record<string, unknown>;
}

export interface Scheduler {
  /** Schedules a task; a task with the same id replaces the earlier one. */
  schedule(task: ScheduledTask): Promise<void>;
  cancel(taskId: string): Promise<void>;
}

/**
 * The store behind adapters' Scheduler: what the timer runner claims, a clock advance reads and a
 * reset clears. Claiming is atomic, so when several processes poll it each task runs once.
 */
export interface TimerStore extends Scheduler {
  /** Removes and returns up to `limit` (default 100) tasks due at or before `now` (ms), earliest first. */
  claimDue(now: number, limit?: number): Promise<ScheduledTask[]>;
  /** Earliest due time, or undefined when nothing is scheduled. */
  nextDueAt(): Promise<number | undefined>;
  /** Drops the timers of one service (a one-service reset), or all. */
  clear(service?: string): Promise<void>;
}

/** Key-value state of one adapter, namespaced in Redis; values are JSON. */
export interface StateStore {
  get<T>(key: string): Promise<T | undefined>;
  getMany<T>(keys: readonly string[]): Promise<(T | undefined)[]>;
  /** Returns false when `onlyIfAbsent` is set and the key exists. */
  set<T>(key: string, value: T, options?: { onlyIfAbsent?: boolean; ttlSeconds?: number }): Promise<boolean>;
  delete(key: string): Promise<void>;
  increment(key: string, by?: number): Promise<number>;
  /** Sorted index, e.g. dossiers by receipt time. */
  addToIndex(index: string, member: string, score: number): Promise<void>;
  removeFromIndex(index: string, member: string): Promise<void>;
  rangeByScore(index: string, min: number, max: number, page?: { offset: number; limit: number }): Promise<string[]>;
  countByScore(index: string, min: number, max: number): Promise<number>;
  /** Wipes every key of this namespace (a reset). */
  clear(): Promise<void>;
}

export type StateStoreFactory = (service: string) => StateStore;

/**
 * A request to POST something to an agency. `signing: 'lgsp'` adds `X-LGSP-Signature` with the
 * secret of `clientId`; `'none'` sends the body as it is (PayGov signs inside the body).
 * `verifier` names an entry of the adapter's `callbackVerifiers`, which judges the receiver's reply.
 */
export interface CallbackRequest {
  id: string;
  service: string;
  url: string;
  body: unknown;
  signing: 'lgsp' | 'none';
  clientId?: string;
  messageId?: string;
  /** Agency that sent `messageId` (message ids are scoped per sender). */
  from?: string;
  verifier?: string;
  /** What the callback reports, for logs and the admin page ("result", "status-change", "ipn"). */
  kind: string;
}

export interface CallbackSender {
  send(request: CallbackRequest): Promise<void>;
}

/** A message's job, queued before its record is stored. */
export interface EnqueuedJob {
  /** Removes the job (its request was refused, or the message was a replay). */
  withdraw(): Promise<void>;
}

/** Hands an accepted message to the asynchronous path. Resolves only once it is durably queued. */
export interface Dispatcher {
  /**
   * Queues the message's job under `record.jobId`, ready to run at once. It is queued before its
   * record is stored (docs/adr/0019): a job runs only a record that names it (`jobId`); one that
   * finds no record yet waits for it a while (its create may still be on its way) and is dropped
   * when none comes, so a refused request's job runs nothing.
   */
  enqueue(message: Message, record: MessageRecord): Promise<EnqueuedJob>;
  /** A new job id for a message (unique per acceptance, so a leftover job never stands for a new record). */
  newJobId(ref: MessageRef): string;
}

export interface JournalEntry {
  id: string;
  at: string;
  messageId: string;
  messageType: string;
  service: string;
  from: string;
  correlationId?: string;
  channel: MessageChannel;
  nativePath?: string;
  body: unknown;
  /** Leniencies the native door applied to the body (DESIGN.md, "Native doors"). */
  coercions?: Coercion[];
}

/**
 * The bounded list of received messages. The store only records, lists and clears: matching and
 * verifying belong to the simulation (src/sim/journal-search.ts), over `list`.
 */
export interface Journal {
  /** Adds an entry; the oldest entries beyond the journal's cap are dropped. */
  record(entry: JournalEntry): Promise<void>;
  /** Entries newest first, at most `limit` (default: every entry kept). */
  list(limit?: number): Promise<JournalEntry[]>;
  /** Empties the journal, or drops the entries of one service (a one-service reset), keeping the order of the rest. */
  clear(service?: string): Promise<void>;
}

/** What a fault scenario tells the pipeline to do before the handler runs. */
export interface ScenarioContext {
  stage: 'sync' | 'worker';
  message: Message;
  nativePath?: string;
}

/** What fault scenarios do to one outgoing callback delivery. */
export interface CallbackEffects {
  /** Hold the delivery this long first. */
  delayMs?: number;
  /** Deliver it twice. */
  duplicate?: boolean;
}

export interface ScenarioEngine {
  /** Applies matching rules: may wait (latency) or throw (an injected error). */
  apply(context: ScenarioContext): Promise<void>;
  /** Effects of matching rules on a callback about to be delivered. */
  callbackEffects(request: CallbackRequest): Promise<CallbackEffects>;
  /**
   * True when, as far as this process's copy of the rules knows, no rule is set at all: `apply`
   * does nothing, so a message's handler may run before its record is stored (see
   * `OperationSpec.readOnly`). The record's step checks that copy is current.
   */
  quiet(): boolean;
}

/** Generated identifiers; seeded when SIM_SEED is set so runs repeat. */
export interface IdSource {
  uuid(): string;
  /** A random float in [0, 1). */
  random(): number;
}

/** The simulation's identifiers and draws, shared by every process: a reset starts them over. */
export interface SimulationIds extends IdSource {
  /** Starts the seeded streams over from the seed, in every process (each picks it up on its next reload). */
  restart(): Promise<void>;
}

/** A fault rule as stored: with its id, creation order and absolute expiry (simulation time). */
export interface StoredRule extends Omit<ScenarioRule, 'expiresIn'> {
  id: string;
  seq: number;
  createdAt: string;
}

/** A rule as the API lists it: with how often it acted and what is left of its count. */
export interface RuleStatus extends StoredRule {
  hits: number;
  remaining?: number;
}

/** Fault rules, their counts left and their hits, shared by every process. */
export interface ScenarioStore {
  /** The next creation order number (1, 2, …). */
  nextSeq(): Promise<number>;
  /** Stores rules in one step, replacing rules with the same id (their counts and hits restarted). */
  put(rules: readonly StoredRule[]): Promise<void>;
  /** Stores a rule unless its id exists (a scenario file loaded by several processes); true when stored. */
  putIfAbsent(rule: StoredRule): Promise<boolean>;
  /** Every rule, in creation order. */
  all(): Promise<StoredRule[]>;
  statuses(): Promise<RuleStatus[]>;
  /** Takes one use of a counted rule, atomically: false when its count is used up or the rule is gone. */
  claim(ruleId: string): Promise<boolean>;
  recordHit(ruleId: string): Promise<void>;
  /** Removes rules; answers how many existed. */
  remove(ids: readonly string[]): Promise<number>;
  /** Removes every rule; with `restartSeq` (a simulation reset) the next rule is numbered 1 again. */
  clear(options?: { restartSeq?: boolean }): Promise<void>;
}

export const noScenarios: ScenarioEngine = { apply: async () => undefined, callbackEffects: async () => ({}), quiet: () => true };

export type QueueKind = 'service' | 'callback';

export interface QueueCounts {
  waiting: number;
  active: number;
  delayed: number;
  completed: number;
  failed: number;
  paused: number;
  /** Messages whose last attempt failed and that wait for a redrive. */
  dead: number;
}

export interface QueueSummary {
  /** BullMQ queue name, e.g. `svc-dkdn` or `cb-dkdn`. */
  name: string;
  kind: QueueKind;
  service: string;
  counts: QueueCounts;
  isPaused: boolean;
  /** Workers connected to the queue (all processes). */
  workers: number;
  /** Age of the oldest waiting job, ms; undefined when none waits. */
  oldestWaitingMs?: number;
}

export interface DeadLetter {
  messageId: string;
  /** Agency that sent the message (absent for callbacks not tied to a message, e.g. PayGov IPNs). */
  from?: string;
  service: string;
  messageType: string;
  queue: string;
  kind: QueueKind;
  attempts: number;
  failedAt: string;
  reason: string;
}

export type RedriveOutcome = 'redriven' | 'absent' | 'expired';

/** Operations on the queues, for the admin API and page, the simulation reset and the CLI. */
export interface QueueAdmin {
  summaries(): Promise<QueueSummary[]>;
  pause(queue: string): Promise<void>;
  resume(queue: string): Promise<void>;
  /** Removes finished jobs in one state; returns how many. */
  clean(queue: string, state: 'completed' | 'failed'): Promise<number>;
  deadLetters(filter: { service?: string; limit?: number }): Promise<DeadLetter[]>;
  /**
   * Re-queues one dead message (its history shows the redrive), of any sender or only of `from`:
   * `redriven`; `absent` when it is not dead; `expired` when its message record is gone (MESSAGE_TTL_SECONDS), so the letter is dropped.
   */
  redrive(messageId: string, from?: string): Promise<RedriveOutcome>;
  /** Re-queues every dead letter (of one service); those whose record is gone are dropped and counted. */
  redriveAll(filter: { service?: string }): Promise<{ redriven: number; expired: number }>;
  /** Empties the queues of one service, or all (a simulation reset). */
  obliterate(service?: string): Promise<void>;
}
export const noJournal: Journal = { record: async () => undefined, list: async () => [], clear: async () => undefined };

/** Counters and timings for /metrics; a no-op by default. */
export interface Telemetry {
  /** A message reached a terminal status (completed, failed, dead). */
  messageFinished(event: { service: string; messageType: string; status: string; channel: MessageChannel; durationMs: number }): void;
  /** A queue job failed and will be retried. */
  jobRetried(event: { queue: string; service: string }): void;
  /** One callback delivery attempt ended. */
  callbackAttempted(event: { service: string; kind: string; outcome: 'delivered' | 'retrying' | 'failed' | 'dead' }): void;
}

/** What the recovery sweeper did with a record whose owner was gone. */
export type RecoveryOutcome = 'requeued' | 'failed' | 'discarded';

export const noTelemetry: Telemetry = {
  messageFinished: () => undefined,
  jobRetried: () => undefined,
  callbackAttempted: () => undefined,
};
