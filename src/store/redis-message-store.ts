import type Redis from 'ioredis';
import {
  historyEntry,
  isTerminal,
  parseRef,
  refString,
  TERMINAL_STATUSES,
  type CallbackAttempt,
  type HistoryEntry,
  type MessageHead,
  type MessageRecord,
  type MessageRef,
  type MessageStatus,
} from '../core/message';
import type {
  AheadCompletion,
  AheadOutcome,
  AttemptStart,
  Clock,
  CreateOptions,
  CreateOutcome,
  MessageSearch,
  MessageStore,
  StatusChange,
} from '../core/ports';
import type { RedisKeys } from './keys';
import {
  APPEND_IF_EXISTS,
  BEGIN_ATTEMPT,
  CLAIM_EXPIRED,
  COMPLETE_AHEAD,
  CREATE,
  DISCARD_PENDING,
  GET,
  UPDATE,
  type RawHash,
  type RawRecord,
} from './message-scripts';
import { unlinkKeys } from './unlink-keys';
import { ServiceUnavailableError } from '../core/errors';
import { isRedisTimeout } from './redis-client';
import { RedisTime } from './redis-time';

const NOT_STORED_IN_TIME =
  'Redis did not answer in time; nothing of the message was stored, and Redis refuses to store it later. Try again with the same messageId.';

/** Newest entries kept per correlationId and per sender in the search index. */
export const SEARCH_INDEX_CAP = 1000;
const DEFAULT_SEARCH_LIMIT = 50;
/**
 * The indexes are trimmed on one create in so many: between two trims an index holds at most about
 * this many entries more than its cap (or expired ones), which readers never see.
 */
const INDEX_TRIM_EVERY = 32;

/** The record's fields that its hash keeps on their own (or in lists), not in its static `meta`. */
const MOVING = ['status', 'attempts', 'updatedAt', 'history', 'response', 'error', 'callbacks', 'jobId', 'pending'] as const;
const MOVING_FIELDS = new Set<string>(MOVING);

type Meta = Omit<MessageRecord, (typeof MOVING)[number]>;

/** Where a new record's journal entry goes, and the simulation version that rides along with it. */
export interface MessageStoreOptions {
  /** The journal's cap (its key is RedisKeys.journal()). */
  journalMaxEntries: number;
  /** The key the simulation bumps on every change of clock, rules or reset. */
  simVersionKey: string;
  /**
   * How long after `create` is called Redis may still write the record (createDeadline); later, it
   * writes nothing. Either way, a create Redis does not answer in time is a 503 that says nothing
   * was stored. Unset: no deadline (workers, which wait Redis out).
   */
  createDeadlineMs?: number;
}

/**
 * Message records as a Redis hash (static part as JSON, moving parts as fields) plus lists for the
 * history and callback attempts. Every change is one script, so concurrent gateways and workers
 * never overwrite each other's history, and a message costs one round trip to create (record,
 * indexes, recovery list, journal) and one to finish (record, recovery list; the record answered).
 * A worker's try costs one to begin and one to end, and neither reads the history or callback
 * lists: the try needs only the record's hash.
 */
export class RedisMessageStore implements MessageStore {
  private creates = 0;
  /** Redis's clock, for the create deadline (set only with one). */
  private readonly redisTime: RedisTime | undefined;

  constructor(
    private readonly redis: Redis,
    private readonly keys: RedisKeys,
    private readonly clock: Clock,
    private readonly ttlSeconds: number,
    private readonly options: MessageStoreOptions,
  ) {
    this.redisTime = options.createDeadlineMs === undefined ? undefined : new RedisTime(redis);
  }

  async create(record: MessageRecord, leaseMs: number, options: CreateOptions = {}): Promise<CreateOutcome> {
    const { journal, simVersion, token } = options;
    const { status, attempts, updatedAt, history, pending, jobId } = record;
    // A record created already finished (a read-only operation run ahead) keeps its outcome and is
    // no one's to recover.
    const finished = isTerminal(status);
    const meta = staticPart(record);
    const member = refString(record);
    // Index scores run on the simulated clock (search order); leases and expiries on real time,
    // like Redis's own TTLs.
    const score = Date.parse(record.receivedAt) || this.clock.now().getTime();
    const now = Date.now();
    const keys = [
      ...this.recordKeys(record),
      this.keys.openMessages(),
      this.keys.messagesOf(record.service),
      this.keys.journal(),
      this.options.simVersionKey,
      this.keys.senders(),
      ...this.indexKeysOf(record),
      ...(token !== undefined ? [this.keys.token(token)] : []),
    ];
    const later = finished ? record.history.length - 1 : 0;
    const numbers = [
      status,
      attempts,
      this.ttlSeconds,
      pending ? '1' : '0',
      finished ? '-' : now + leaseMs,
      score,
      SEARCH_INDEX_CAP,
      now + this.ttlSeconds * 1000,
      now,
      this.options.journalMaxEntries,
      token !== undefined ? '1' : '0',
      this.creates++ % INDEX_TRIM_EVERY === 0 ? '1' : '0',
      this.redisTime ? this.redisTime.now() + (this.options.createDeadlineMs ?? 0) : '-',
      later,
    ].join(' ');
    const answer = (await this.runCreate(keys, [
      JSON.stringify(meta),
      numbers,
      updatedAt,
      JSON.stringify(history[0]),
      jobId ?? '',
      member,
      journal ? JSON.stringify(journal) : '',
      simVersion ?? '',
      record.from,
      ...(finished ? outcomeArgs(record) : []),
    ])) as [number, string, ...RawRecord];
    if (answer[0] === 3) return { created: false, tokenGone: true };
    const current = answer[1];
    if (answer[0] === 2) return { created: false, stale: true, simVersion: current };
    if (answer[0] === 1) return { created: true, record, indexed: Promise.resolve(), journaled: journal !== undefined, simVersion: current };
    const existing = toRecord(answer.slice(2) as RawRecord);
    // The script answered an existing record, so it cannot be missing; guard anyway.
    if (!existing) return this.create(record, leaseMs, options);
    return { created: false, record: existing, simVersion: current };
  }

  /**
   * CREATE, with the deadline's two ways of saying "too late" as one 503: the script refused to
   * write after the deadline, or the connection stopped waiting for it (with a deadline set, it
   * writes nothing if it runs later).
   */
  private async runCreate(keys: string[], args: string[]): Promise<unknown> {
    let answer: unknown;
    try {
      answer = await CREATE.run(this.redis, keys, args);
    } catch (error) {
      if (this.redisTime && isRedisTimeout(error)) throw new ServiceUnavailableError(NOT_STORED_IN_TIME);
      throw error;
    }
    if (Array.isArray(answer) && answer[0] === 4) throw new ServiceUnavailableError(NOT_STORED_IN_TIME);
    return answer;
  }

  async get(ref: MessageRef): Promise<MessageRecord | undefined> {
    return toRecord((await GET.run(this.redis, this.recordKeys(ref), [])) as RawRecord);
  }

  /** Every sender's record of `messageId`, newest first: the id looked for under each sender. */
  async findById(messageId: string): Promise<MessageRecord[]> {
    const senders = await this.redis.smembers(this.keys.senders());
    const records = await Promise.all(senders.map((from) => this.get({ from, messageId })));
    return records.filter((r): r is MessageRecord => r !== undefined).sort((a, b) => b.receivedAt.localeCompare(a.receivedAt));
  }

  async update(ref: MessageRef, change: StatusChange, known?: MessageRecord): Promise<MessageRecord | undefined> {
    const at = this.clock.now().toISOString();
    // The script answers the record after the change, so no second round trip reads it back; when
    // the caller's copy is still what is stored (nothing else changed it meanwhile), it answers only
    // that, and the record is built from the copy: neither Redis nor this process spends time on the
    // whole record again.
    const copy = known && known.error === undefined ? known : undefined;
    const answer = await this.applyChange(ref, change, at, { readBack: true, copy });
    if (answer[0] === 2 && copy) return { ...withChange(copy, change, at), history: [...copy.history, historyEntry(change, at)] };
    return answer[0] === 1 ? toRecord(answer.slice(1) as RawRecord) : undefined;
  }

  async endAttempt(record: MessageHead, change: StatusChange): Promise<MessageHead | undefined> {
    const at = this.clock.now().toISOString();
    const answer = await this.applyChange(record, change, at, { readBack: false });
    return answer[0] === 1 ? withChange(record, change, at) : undefined;
  }

  /**
   * One UPDATE: the change, its history entry and, for a finished record, its leaving the recovery
   * list. Without `readBack` the script answers no record; with a `copy` (no error) it answers `{2}`
   * when the record is still that copy plus this change.
   */
  private async applyChange(
    ref: MessageRef,
    change: StatusChange,
    at: string,
    answer: { readBack: boolean; copy?: MessageRecord },
  ): Promise<[number, ...unknown[]]> {
    const fields: string[] = ['status', change.status, 'updatedAt', at];
    if (change.attempts !== undefined) fields.push('attempts', String(change.attempts));
    if (change.response !== undefined) fields.push('response', JSON.stringify(change.response));
    if (change.error !== undefined) fields.push('error', JSON.stringify(change.error));
    if (change.jobId !== undefined) fields.push('jobId', change.jobId);
    const guard = change.onlyIfOpen ? TERMINAL_STATUSES.join(' ') : '';
    // A finished record leaves the recovery list in the same step.
    const release = isTerminal(change.status) ? refString(ref) : '';
    const { copy } = answer;
    return (await UPDATE.run(
      this.redis,
      [...this.recordKeys(ref), this.keys.openMessages()],
      [
        JSON.stringify(historyEntry(change, at)),
        String(this.ttlSeconds),
        guard,
        release,
        answer.readBack ? '1' : '0',
        copy ? String(copy.history.length + 1) : '',
        copy ? String(copy.callbacks?.length ?? 0) : '',
        ...fields,
      ],
    )) as [number, ...unknown[]];
  }

  async beginAttempt(ref: MessageRef, detail: string, jobId?: string, simVersion?: string): Promise<AttemptStart | undefined> {
    const at = this.clock.now().toISOString();
    const entry: HistoryEntry = { status: 'processing', at, detail };
    const answer = (await BEGIN_ATTEMPT.run(
      this.redis,
      [...this.recordKeys(ref), this.options.simVersionKey],
      [JSON.stringify(entry), String(this.ttlSeconds), at, jobId ?? '', simVersion ?? '', ...TERMINAL_STATUSES],
    )) as [0 | 3] | [5, string] | [1 | 2 | 4, RawHash];
    switch (answer[0]) {
      case 0:
        return undefined;
      case 5:
        return { stale: true, simVersion: answer[1] };
      case 3:
        return { superseded: true };
      case 4: {
        const left = toHead(answer[1]);
        if (left) await Promise.all([this.unindex(left), this.release(ref)]);
        return { discarded: true };
      }
      case 1: {
        const record = toHead(answer[1]);
        return record ? { started: false, record } : undefined;
      }
      case 2: {
        // The script answers the hash as it read it; this try's change is applied here.
        const record = toHead(answer[1]);
        return record ? { started: true, record: { ...record, status: 'processing', attempts: record.attempts + 1, updatedAt: at } } : undefined;
      }
    }
  }

  async completeAhead(ref: MessageRef, completion: AheadCompletion): Promise<AheadOutcome> {
    const done = historyEntry({ status: 'completed' }, completion.at);
    const answer = (await COMPLETE_AHEAD.run(
      this.redis,
      [...this.recordKeys(ref), this.keys.openMessages(), this.options.simVersionKey],
      [
        JSON.stringify(completion.begun),
        JSON.stringify(done),
        String(this.ttlSeconds),
        completion.jobId,
        completion.simVersion ?? '',
        completion.at,
        JSON.stringify(completion.response),
        refString(ref),
      ],
    )) as [0 | 1 | 2] | [5, string];
    switch (answer[0]) {
      case 2:
        return { done: true };
      case 0:
        return { absent: true };
      case 5:
        return { stale: true, simVersion: answer[1] };
      default:
        return { declined: true };
    }
  }

  async appendHistory(ref: MessageRef, entry: HistoryEntry): Promise<void> {
    await this.appendIfExists(ref, this.keys.messageHistory(ref), entry);
  }

  async recordCallback(ref: MessageRef, attempt: CallbackAttempt): Promise<void> {
    await this.appendIfExists(ref, this.keys.messageCallbacks(ref), attempt);
  }

  async discardPending(ref: MessageRef): Promise<boolean> {
    const record = await this.get(ref);
    if (!record?.pending) return false;
    if ((await DISCARD_PENDING.run(this.redis, this.recordKeys(ref), [])) !== 1) return false;
    await this.unindex(record);
    return true;
  }

  async renewLease(ref: MessageRef, leaseMs: number): Promise<void> {
    await this.redis.zadd(this.keys.openMessages(), 'XX', Date.now() + leaseMs, refString(ref));
  }

  async claimExpired(now: number, leaseMs: number, limit: number): Promise<MessageRef[]> {
    const members = (await CLAIM_EXPIRED.run(
      this.redis,
      [this.keys.openMessages()],
      [String(now), String(now + leaseMs), String(limit)],
    )) as string[];
    const refs: MessageRef[] = [];
    for (const member of members) {
      const ref = parseRef(member);
      if (ref) refs.push(ref);
      else await this.redis.zrem(this.keys.openMessages(), member);
    }
    return refs;
  }

  async release(ref: MessageRef): Promise<void> {
    await this.redis.zrem(this.keys.openMessages(), refString(ref));
  }

  async remove(ref: MessageRef): Promise<void> {
    const record = await this.get(ref);
    await this.redis.del(...this.recordKeys(ref));
    await this.release(ref);
    if (record) await this.unindex(record);
  }

  async clear(services: readonly string[]): Promise<void> {
    for (const service of services) {
      const index = this.keys.messagesOf(service);
      const members = await this.redis.zrange(index, '0', '-1');
      const refs = members.map(parseRef).filter((r): r is MessageRef => r !== undefined);
      await unlinkKeys(this.redis, [...refs.flatMap((ref) => this.recordKeys(ref)), index]);
      if (members.length > 0) await this.redis.zrem(this.keys.openMessages(), ...members);
    }
  }

  async search(query: MessageSearch): Promise<MessageRecord[]> {
    const limit = Math.max(1, Math.min(query.limit ?? DEFAULT_SEARCH_LIMIT, SEARCH_INDEX_CAP));
    const lists: { key: string; ids: string[] }[] = [];
    if (query.correlationId !== undefined) lists.push({ key: this.keys.correlationIndex(query.correlationId), ids: [] });
    if (query.from !== undefined) lists.push({ key: this.keys.senderIndex(query.from), ids: [] });
    if (lists.length === 0) return [];
    // With both criteria, read the whole (capped) lists so the intersection is not cut short.
    const span = lists.length > 1 ? SEARCH_INDEX_CAP : limit;
    for (const list of lists) list.ids = await this.redis.zrevrange(list.key, 0, span - 1);
    const [first, ...rest] = lists;
    const ids = (first?.ids ?? []).filter((id) => rest.every((other) => other.ids.includes(id))).slice(0, limit);
    const refs = ids.map(parseRef);
    const records = await Promise.all(refs.map((ref) => (ref ? this.get(ref) : Promise.resolve(undefined))));
    const expired = ids.filter((_id, i) => !records[i]);
    // Records expire on their own; drop their index entries as they are found.
    if (expired.length) await Promise.all(lists.map((list) => this.redis.zrem(list.key, ...expired)));
    return records.filter((r): r is MessageRecord => r !== undefined);
  }

  private async unindex(record: MessageHead): Promise<void> {
    const member = refString(record);
    await Promise.all([...this.indexKeysOf(record), this.keys.messagesOf(record.service)].map((key) => this.redis.zrem(key, member)));
  }

  private indexKeysOf(record: Pick<MessageRecord, 'correlationId' | 'from'>): string[] {
    return record.correlationId
      ? [this.keys.senderIndex(record.from), this.keys.correlationIndex(record.correlationId)]
      : [this.keys.senderIndex(record.from)];
  }

  private async appendIfExists(ref: MessageRef, listKey: string, value: unknown): Promise<void> {
    await APPEND_IF_EXISTS.run(this.redis, [this.keys.message(ref), listKey], [JSON.stringify(value), String(this.ttlSeconds)]);
  }

  private recordKeys(ref: MessageRef): string[] {
    return [this.keys.message(ref), this.keys.messageHistory(ref), this.keys.messageCallbacks(ref)];
  }
}

/** The static part of a record (what `meta` holds), copied in one loop rather than by a rest pattern over nine names. */
function staticPart(record: MessageRecord): Meta {
  const meta: Record<string, unknown> = {};
  // for…in over a plain record: no [key, value] pair allocated per field, as Object.entries does.
  for (const key in record) if (!MOVING_FIELDS.has(key)) meta[key] = record[key as keyof MessageRecord];
  return meta as Meta;
}

/** A finished record's later history entries and its response or error, as CREATE takes them. */
function outcomeArgs(record: MessageRecord): string[] {
  const args = record.history.slice(1).map((entry) => JSON.stringify(entry));
  if (record.response !== undefined) args.push('response', JSON.stringify(record.response));
  if (record.error !== undefined) args.push('error', JSON.stringify(record.error));
  return args;
}

/**
 * `copy` after `change` was applied at `at`: what UPDATE stored in the hash (the history entry is
 * the caller's to add). A spread keeps the copy's field order, which is the order toRecord gives
 * (the pipeline builds new records so), and new fields come last, as there.
 */
function withChange<T extends MessageHead>(copy: T, change: StatusChange, at: string): T {
  const record: T = { ...copy, status: change.status, updatedAt: at };
  // A message that completes (after a retry or a redrive) no longer carries an earlier error, as in the script.
  if (change.status === 'completed' && record.error !== undefined) delete record.error;
  if (change.attempts !== undefined) record.attempts = change.attempts;
  if (change.response !== undefined) record.response = change.response;
  if (change.error !== undefined) record.error = change.error;
  if (change.jobId !== undefined) record.jobId = change.jobId;
  return record;
}

/** Builds a record from what a script answered; undefined when the hash is empty (no such message). */
function toRecord([flat, history, callbacks]: RawRecord): MessageRecord | undefined {
  return fromHash(flat, [history, callbacks]) as MessageRecord | undefined;
}

/** Builds a record's head from its hash; undefined when the hash is empty (no such message). */
function toHead(flat: RawHash): MessageHead | undefined {
  return fromHash(flat);
}

/**
 * A record from its hash and, when given, its lists (else its head); undefined when the hash is
 * empty. The fields come in the order the pipeline builds a new record in (the history right after
 * `updatedAt`), so a record read back and one built from the caller's copy serialize alike.
 */
function fromHash(flat: RawHash, lists?: [history: string[], callbacks: string[]]): MessageHead | MessageRecord | undefined {
  const fields: Record<string, string> = {};
  for (let i = 0; i + 1 < flat.length; i += 2) fields[flat[i]] = flat[i + 1];
  if (!fields.meta) return undefined;
  const meta = JSON.parse(fields.meta) as Meta;
  const [history, callbacks] = lists ?? [];
  return {
    ...meta,
    status: fields.status as MessageStatus,
    attempts: Number(fields.attempts),
    updatedAt: fields.updatedAt,
    ...(history ? { history: history.map((h) => JSON.parse(h) as HistoryEntry) } : {}),
    ...(fields.response !== undefined ? { response: JSON.parse(fields.response) as unknown } : {}),
    ...(fields.error !== undefined ? { error: JSON.parse(fields.error) as MessageRecord['error'] } : {}),
    ...(callbacks?.length ? { callbacks: callbacks.map((c) => JSON.parse(c) as CallbackAttempt) } : {}),
    ...(fields.jobId !== undefined ? { jobId: fields.jobId } : {}),
    ...(fields.pending === '1' ? { pending: true } : {}),
  };
}
