import {
  historyEntry,
  isTerminal,
  parseRef,
  refString,
  type CallbackAttempt,
  type HistoryEntry,
  type MessageHead,
  type MessageRecord,
  type MessageRef,
} from '../message';
import type {
  AheadCompletion,
  AheadOutcome,
  AttemptStart,
  Clock,
  CreateOptions,
  CreateOutcome,
  Journal,
  MessageSearch,
  MessageStore,
  StatusChange,
} from '../ports';

const SEARCH_CAP = 1000;
const DEFAULT_SEARCH_LIMIT = 50;

export interface InMemoryMessageStoreOptions {
  /** Simulation time: history entries and `updatedAt`. */
  clock: Clock;
  /** Where `create` writes a new record's journal entry in the same step; without one it writes none (`journaled` false). */
  journal?: Journal;
  /** The current version of the simulation state, which `create` and `beginAttempt` check a caller's copy against. Default ''. */
  simVersion?: () => string;
  /** Real time in ms, for leases (they run on real time, like Redis's own). Default Date.now. */
  now?: () => number;
  /** Whether an access token still stands, which `create` checks for a caller that gives one. Default: every token does. */
  tokenStands?: (token: string) => boolean;
}

/**
 * Message records in Maps, for fast tests of the pipeline and the executor; it passes the same
 * contract (test/support/message-store-contract.ts) as the Redis store. Records are kept as JSON
 * text, as Redis keeps them. Unlike Redis, records never expire (MESSAGE_TTL_SECONDS) and the
 * search indexes are not capped per key.
 */
export class InMemoryMessageStore implements MessageStore {
  private readonly records = new Map<string, string>();
  /** The recovery list: open records by when their lease ends (ms). */
  private readonly leases = new Map<string, number>();

  constructor(private readonly options: InMemoryMessageStoreOptions) {}

  async create(record: MessageRecord, leaseMs: number, options: CreateOptions = {}): Promise<CreateOutcome> {
    const { journal, simVersion, token } = options;
    if (token !== undefined && this.options.tokenStands && !this.options.tokenStands(token)) return { created: false, tokenGone: true };
    const version = this.version();
    if (simVersion && simVersion !== version) return { created: false, stale: true, simVersion: version };
    const member = refString(record);
    const existing = this.read(member);
    if (existing) return { created: false, record: existing, simVersion: version };
    const { response, error, callbacks: _c, pending, jobId, history, ...rest } = record;
    // As the Redis store keeps it: the record as received, its first history entry, the job it waits
    // for; a record created already finished keeps its outcome and is off the recovery list.
    const finished = isTerminal(record.status);
    this.write({
      ...rest,
      history: finished ? [...history] : history.slice(0, 1),
      ...(finished && response !== undefined ? { response } : {}),
      ...(finished && error !== undefined ? { error } : {}),
      ...(pending ? { pending: true } : {}),
      ...(jobId ? { jobId } : {}),
    });
    if (!finished && !this.leases.has(member)) this.leases.set(member, this.now() + leaseMs);
    const journaled = journal !== undefined && this.options.journal !== undefined;
    if (journaled) await this.options.journal?.record(journal);
    return { created: true, record, indexed: Promise.resolve(), journaled, simVersion: version };
  }

  get(ref: MessageRef): Promise<MessageRecord | undefined> {
    return Promise.resolve(this.read(refString(ref)));
  }

  findById(messageId: string): Promise<MessageRecord[]> {
    return Promise.resolve(this.newestFirst((record) => record.messageId === messageId).slice(0, SEARCH_CAP));
  }

  update(ref: MessageRef, change: StatusChange): Promise<MessageRecord | undefined> {
    const member = refString(ref);
    const record = this.read(member);
    if (!record || (change.onlyIfOpen && isTerminal(record.status))) return Promise.resolve(undefined);
    const at = this.options.clock.now().toISOString();
    const { error: _earlier, ...kept } = record;
    const updated: MessageRecord = {
      // A message that completes (after a retry or a redrive) no longer carries an earlier error.
      ...(change.status === 'completed' ? kept : record),
      status: change.status,
      updatedAt: at,
      ...(change.attempts !== undefined ? { attempts: change.attempts } : {}),
      ...(change.response !== undefined ? { response: change.response } : {}),
      ...(change.error !== undefined ? { error: change.error } : {}),
      ...(change.jobId !== undefined ? { jobId: change.jobId } : {}),
      history: [...record.history, historyEntry(change, at)],
    };
    this.write(updated);
    if (isTerminal(change.status)) this.leases.delete(member);
    return Promise.resolve(this.read(member));
  }

  async endAttempt(record: MessageHead, change: StatusChange): Promise<MessageHead | undefined> {
    const updated = await this.update(record, change);
    if (!updated) return undefined;
    const { history: _history, callbacks: _callbacks, ...head } = updated;
    return head;
  }

  beginAttempt(ref: MessageRef, detail: string, jobId?: string, simVersion?: string): Promise<AttemptStart | undefined> {
    const version = this.version();
    if (simVersion && simVersion !== version) return Promise.resolve({ stale: true, simVersion: version });
    const member = refString(ref);
    const record = this.read(member);
    if (!record) return Promise.resolve(undefined);
    // A pending leftover of another job is as good as none: its replacement may be on its way.
    if (jobId && record.jobId !== jobId) return Promise.resolve(record.pending ? undefined : { superseded: true });
    if (record.pending) {
      this.forget(member);
      return Promise.resolve({ discarded: true });
    }
    if (isTerminal(record.status)) return Promise.resolve({ started: false, record });
    const at = this.options.clock.now().toISOString();
    this.write({
      ...record,
      status: 'processing',
      updatedAt: at,
      attempts: record.attempts + 1,
      history: [...record.history, { status: 'processing', at, detail }],
    });
    return Promise.resolve({ started: true, record: this.read(member) as MessageRecord });
  }

  completeAhead(ref: MessageRef, completion: AheadCompletion): Promise<AheadOutcome> {
    const version = this.version();
    if (completion.simVersion && completion.simVersion !== version) return Promise.resolve({ stale: true, simVersion: version });
    const member = refString(ref);
    const record = this.read(member);
    if (!record) return Promise.resolve({ absent: true });
    if (record.jobId !== completion.jobId) return Promise.resolve(record.pending ? { absent: true } : { declined: true });
    if (record.pending || record.status !== 'queued') return Promise.resolve({ declined: true });
    const { error: _error, ...rest } = record;
    this.write({
      ...rest,
      status: 'completed',
      updatedAt: completion.at,
      attempts: record.attempts + 1,
      response: completion.response,
      history: [...record.history, completion.begun, historyEntry({ status: 'completed' }, completion.at)],
    });
    this.leases.delete(member);
    return Promise.resolve({ done: true });
  }

  appendHistory(ref: MessageRef, entry: HistoryEntry): Promise<void> {
    const record = this.read(refString(ref));
    if (record) this.write({ ...record, history: [...record.history, entry] });
    return Promise.resolve();
  }

  recordCallback(ref: MessageRef, attempt: CallbackAttempt): Promise<void> {
    const record = this.read(refString(ref));
    if (record) this.write({ ...record, callbacks: [...(record.callbacks ?? []), attempt] });
    return Promise.resolve();
  }

  discardPending(ref: MessageRef): Promise<boolean> {
    const member = refString(ref);
    if (!this.read(member)?.pending) return Promise.resolve(false);
    // Like the Redis store, it stays on the recovery list: the sweeper finds it gone and lets it go.
    this.records.delete(member);
    return Promise.resolve(true);
  }

  renewLease(ref: MessageRef, leaseMs: number): Promise<void> {
    const member = refString(ref);
    if (this.leases.has(member)) this.leases.set(member, this.now() + leaseMs);
    return Promise.resolve();
  }

  claimExpired(now: number, leaseMs: number, limit: number): Promise<MessageRef[]> {
    const due = [...this.leases]
      .filter(([, endsAt]) => endsAt < now)
      .sort(([a, x], [b, y]) => x - y || (a < b ? -1 : a > b ? 1 : 0))
      .slice(0, limit)
      .map(([member]) => member);
    for (const member of due) this.leases.set(member, now + leaseMs);
    return Promise.resolve(due.map(parseRef).filter((ref): ref is MessageRef => ref !== undefined));
  }

  release(ref: MessageRef): Promise<void> {
    this.leases.delete(refString(ref));
    return Promise.resolve();
  }

  remove(ref: MessageRef): Promise<void> {
    this.forget(refString(ref));
    return Promise.resolve();
  }

  clear(services: readonly string[]): Promise<void> {
    for (const record of this.newestFirst((r) => services.includes(r.service))) this.forget(refString(record));
    return Promise.resolve();
  }

  search(query: MessageSearch): Promise<MessageRecord[]> {
    if (query.correlationId === undefined && query.from === undefined) return Promise.resolve([]);
    const limit = Math.max(1, Math.min(query.limit ?? DEFAULT_SEARCH_LIMIT, SEARCH_CAP));
    const found = this.newestFirst(
      (r) => (query.correlationId === undefined || r.correlationId === query.correlationId) && (query.from === undefined || r.from === query.from),
    );
    return Promise.resolve(found.slice(0, limit));
  }

  private version(): string {
    return this.options.simVersion?.() ?? '';
  }

  private now(): number {
    return (this.options.now ?? Date.now)();
  }

  private read(member: string): MessageRecord | undefined {
    const raw = this.records.get(member);
    return raw === undefined ? undefined : (JSON.parse(raw) as MessageRecord);
  }

  /** Drops a record and takes it off the recovery list. */
  private forget(member: string): void {
    this.records.delete(member);
    this.leases.delete(member);
  }

  private write(record: MessageRecord): void {
    this.records.set(refString(record), JSON.stringify(record));
  }

  /** Records meeting `test`, by receipt time newest first, ties by sender and id (as the Redis indexes order them). */
  private newestFirst(test: (record: MessageRecord) => boolean): MessageRecord[] {
    return [...this.records.entries()]
      .map(([member, raw]) => ({ member, record: JSON.parse(raw) as MessageRecord }))
      .filter(({ record }) => test(record))
      .sort((a, b) => Date.parse(b.record.receivedAt) - Date.parse(a.record.receivedAt) || (a.member < b.member ? 1 : a.member > b.member ? -1 : 0))
      .map(({ record }) => record);
  }
}
