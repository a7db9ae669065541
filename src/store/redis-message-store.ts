import type Redis from 'ioredis';
import { TERMINAL_STATUSES, type CallbackAttempt, type HistoryEntry, type MessageRecord, type MessageStatus } from '../core/message';
import type { Clock, CreateOutcome, MessageSearch, MessageStore, StatusChange } from '../core/ports';
import type { RedisKeys } from './keys';
import { LuaScript } from './lua-script';
import { unlinkKeys } from './unlink-keys';

/**
 * Every script takes the three keys of one message (hash, history, callbacks; one hash tag, so one
 * Cluster slot) and those that read answer the whole record in the same round trip:
 * `{HGETALL hash, LRANGE history, LRANGE callbacks}`.
 */
const READ_RECORD = `
local function record() return {redis.call('HGETALL', KEYS[1]), redis.call('LRANGE', KEYS[2], 0, -1), redis.call('LRANGE', KEYS[3], 0, -1)} end`;

/** Creates the record unless the id is taken; answers `{1}`, or `{0, <the existing record>}`. */
const CREATE = new LuaScript(`${READ_RECORD}
if redis.call('EXISTS', KEYS[1]) == 1 then local r = record() return {0, r[1], r[2], r[3]} end
redis.call('HSET', KEYS[1], 'meta', ARGV[1], 'status', ARGV[2], 'attempts', ARGV[3], 'updatedAt', ARGV[4])
redis.call('RPUSH', KEYS[2], ARGV[5])
redis.call('EXPIRE', KEYS[1], ARGV[6])
redis.call('EXPIRE', KEYS[2], ARGV[6])
return {1}`);

/** Applies a status change and its history entry; answers `{1, <the record after it>}`, or `{0}` when there is no record. */
const UPDATE = new LuaScript(`${READ_RECORD}
if redis.call('EXISTS', KEYS[1]) == 0 then return {0} end
for i = 3, #ARGV, 2 do redis.call('HSET', KEYS[1], ARGV[i], ARGV[i + 1]) end
-- a message that completes (after a retry or a redrive) no longer carries an earlier error
if ARGV[4] == 'completed' then redis.call('HDEL', KEYS[1], 'error') end
redis.call('RPUSH', KEYS[2], ARGV[1])
redis.call('EXPIRE', KEYS[2], ARGV[2])
local r = record()
return {1, r[1], r[2], r[3]}`);

/**
 * A worker's try begins: `{0}` when there is no record; `{1, <record>}` untouched when its status is
 * one of the terminal ones in ARGV[4..]; else processing, one more attempt, the history entry
 * ARGV[1], and `{2, <record after it>}`.
 */
const BEGIN_ATTEMPT = new LuaScript(`${READ_RECORD}
if redis.call('EXISTS', KEYS[1]) == 0 then return {0} end
local status = redis.call('HGET', KEYS[1], 'status')
for i = 4, #ARGV do
  if status == ARGV[i] then local r = record() return {1, r[1], r[2], r[3]} end
end
redis.call('HSET', KEYS[1], 'status', 'processing', 'updatedAt', ARGV[3])
redis.call('HINCRBY', KEYS[1], 'attempts', 1)
redis.call('RPUSH', KEYS[2], ARGV[1])
redis.call('EXPIRE', KEYS[2], ARGV[2])
local r = record()
return {2, r[1], r[2], r[3]}`);

/** Answers the record (an empty hash when there is none). */
const GET = new LuaScript(`${READ_RECORD}
return record()`);

const APPEND_IF_EXISTS = new LuaScript(`
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
redis.call('RPUSH', KEYS[2], ARGV[1])
redis.call('EXPIRE', KEYS[2], ARGV[2])
return 1`);

/** Adds a member to a capped, expiring sorted-set index (one key, so one slot). */
const INDEX = new LuaScript(`
redis.call('ZADD', KEYS[1], ARGV[1], ARGV[2])
redis.call('ZREMRANGEBYRANK', KEYS[1], 0, -(tonumber(ARGV[3]) + 1))
redis.call('EXPIRE', KEYS[1], ARGV[4])
return 1`);

/**
 * Adds a message id to its backend's index, scored by when its record expires, and drops the ids
 * whose records have expired (ARGV: expiry, id, now; all in ms).
 */
const SERVICE_INDEX = new LuaScript(`
redis.call('ZADD', KEYS[1], ARGV[1], ARGV[2])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', '(' .. ARGV[3])
return 1`);

/** The record as the scripts answer it: the hash as a flat field/value list, then the two lists. */
type RawRecord = [string[], string[], string[]];

/** Newest entries kept per correlationId and per sender in the search index. */
export const SEARCH_INDEX_CAP = 1000;
const DEFAULT_SEARCH_LIMIT = 50;

type Meta = Omit<MessageRecord, 'status' | 'attempts' | 'updatedAt' | 'history' | 'response' | 'error' | 'callbacks'>;

/**
 * Message records as a Redis hash (static part as JSON, moving parts as fields) plus lists for the
 * history and callback attempts. Every change is one script, so concurrent gateways and workers
 * never overwrite each other's history.
 */
export class RedisMessageStore implements MessageStore {
  constructor(
    private readonly redis: Redis,
    private readonly keys: RedisKeys,
    private readonly clock: Clock,
    private readonly ttlSeconds: number,
  ) {}

  async create(record: MessageRecord): Promise<CreateOutcome> {
    const { status, attempts, updatedAt, history, response: _r, error: _e, callbacks: _c, ...meta } = record;
    const answer = (await CREATE.run(this.redis, this.recordKeys(record.messageId), [
      JSON.stringify(meta),
      status,
      String(attempts),
      updatedAt,
      JSON.stringify(history[0]),
      String(this.ttlSeconds),
    ])) as [number, ...RawRecord];
    if (answer[0] === 1) {
      const indexed = this.index(record);
      // Marked as handled here; the caller still sees a failure through `indexed`.
      indexed.catch(() => undefined);
      return { created: true, record, indexed };
    }
    const existing = toRecord(answer.slice(1) as RawRecord);
    // The script answered an existing record, so it cannot be missing; guard anyway.
    if (!existing) return this.create(record);
    return { created: false, record: existing };
  }

  async get(messageId: string): Promise<MessageRecord | undefined> {
    return toRecord((await GET.run(this.redis, this.recordKeys(messageId), [])) as RawRecord);
  }

  async update(messageId: string, change: StatusChange): Promise<MessageRecord | undefined> {
    const at = this.clock.now().toISOString();
    const entry: HistoryEntry = { status: change.status, at, ...(change.detail ? { detail: change.detail } : {}) };
    const fields: string[] = ['status', change.status, 'updatedAt', at];
    if (change.attempts !== undefined) fields.push('attempts', String(change.attempts));
    if (change.response !== undefined) fields.push('response', JSON.stringify(change.response));
    if (change.error !== undefined) fields.push('error', JSON.stringify(change.error));
    // The script answers the record after the change, so no second round trip reads it back.
    const answer = (await UPDATE.run(this.redis, this.recordKeys(messageId), [JSON.stringify(entry), String(this.ttlSeconds), ...fields])) as [number, ...RawRecord];
    return answer[0] === 1 ? toRecord(answer.slice(1) as RawRecord) : undefined;
  }

  async beginAttempt(messageId: string, detail: string): Promise<{ started: boolean; record: MessageRecord } | undefined> {
    const at = this.clock.now().toISOString();
    const entry: HistoryEntry = { status: 'processing', at, detail };
    const answer = (await BEGIN_ATTEMPT.run(this.redis, this.recordKeys(messageId), [JSON.stringify(entry), String(this.ttlSeconds), at, ...TERMINAL_STATUSES])) as [
      number,
      ...RawRecord,
    ];
    const record = answer[0] === 0 ? undefined : toRecord(answer.slice(1) as RawRecord);
    return record ? { started: answer[0] === 2, record } : undefined;
  }

  async appendHistory(messageId: string, entry: HistoryEntry): Promise<void> {
    await this.appendIfExists(messageId, this.keys.messageHistory(messageId), entry);
  }

  async recordCallback(messageId: string, attempt: CallbackAttempt): Promise<void> {
    await this.appendIfExists(messageId, this.keys.messageCallbacks(messageId), attempt);
  }

  async remove(messageId: string): Promise<void> {
    const record = await this.get(messageId);
    await this.redis.del(this.keys.message(messageId), this.keys.messageHistory(messageId), this.keys.messageCallbacks(messageId));
    if (record) await Promise.all([...this.indexKeysOf(record), this.keys.messagesOf(record.service)].map((key) => this.redis.zrem(key, messageId)));
  }

  async clear(services: readonly string[]): Promise<void> {
    for (const service of services) {
      const index = this.keys.messagesOf(service);
      const ids = await this.redis.zrange(index, '0', '-1');
      await unlinkKeys(this.redis, [...ids.flatMap((id) => this.recordKeys(id)), index]);
    }
  }

  async search(query: MessageSearch): Promise<MessageRecord[]> {
    const limit = Math.max(1, Math.min(query.limit ?? DEFAULT_SEARCH_LIMIT, SEARCH_INDEX_CAP));
    const lists: { key: string; ids: string[] }[] = [];
    if (query.correlationId !== undefined) lists.push({ key: this.correlationIndex(query.correlationId), ids: [] });
    if (query.from !== undefined) lists.push({ key: this.senderIndex(query.from), ids: [] });
    if (lists.length === 0) return [];
    // With both criteria, read the whole (capped) lists so the intersection is not cut short.
    const span = lists.length > 1 ? SEARCH_INDEX_CAP : limit;
    for (const list of lists) list.ids = await this.redis.zrevrange(list.key, 0, span - 1);
    const [first, ...rest] = lists;
    const ids = (first?.ids ?? []).filter((id) => rest.every((other) => other.ids.includes(id))).slice(0, limit);
    const records = await Promise.all(ids.map((id) => this.get(id)));
    const expired = ids.filter((_id, i) => !records[i]);
    // Records expire on their own; drop their index entries as they are found.
    if (expired.length) await Promise.all(lists.map((list) => this.redis.zrem(list.key, ...expired)));
    return records.filter((r): r is MessageRecord => r !== undefined);
  }

  /**
   * Adds a new record to the correlationId and sender indexes (newest kept, capped, expiring with the
   * records) and to its backend's index (complete; what a reset clears).
   */
  private async index(record: MessageRecord): Promise<void> {
    const score = Date.parse(record.receivedAt) || this.clock.now().getTime();
    // One script per key: in a Redis Cluster the index keys live in different slots.
    const args = [String(score), record.messageId, String(SEARCH_INDEX_CAP), String(this.ttlSeconds)];
    // Record TTLs run on Redis's own (real) time, not the simulated clock.
    const now = Date.now();
    await Promise.all([
      ...this.indexKeysOf(record).map((key) => INDEX.run(this.redis, [key], args)),
      SERVICE_INDEX.run(this.redis, [this.keys.messagesOf(record.service)], [String(now + this.ttlSeconds * 1000), record.messageId, String(now)]),
    ]);
  }

  private indexKeysOf(record: Pick<MessageRecord, 'correlationId' | 'from'>): string[] {
    return [this.senderIndex(record.from), ...(record.correlationId ? [this.correlationIndex(record.correlationId)] : [])];
  }

  private correlationIndex(correlationId: string): string {
    return `${this.keys.prefix}:msgidx:corr:${correlationId}`;
  }

  private senderIndex(from: string): string {
    return `${this.keys.prefix}:msgidx:from:${from}`;
  }

  private async appendIfExists(messageId: string, listKey: string, value: unknown): Promise<void> {
    await APPEND_IF_EXISTS.run(this.redis, [this.keys.message(messageId), listKey], [JSON.stringify(value), String(this.ttlSeconds)]);
  }

  private recordKeys(messageId: string): string[] {
    return [this.keys.message(messageId), this.keys.messageHistory(messageId), this.keys.messageCallbacks(messageId)];
  }
}

/** Builds a record from what a script answered; undefined when the hash is empty (no such message). */
function toRecord([flat, history, callbacks]: RawRecord): MessageRecord | undefined {
  const fields: Record<string, string> = {};
  for (let i = 0; i + 1 < flat.length; i += 2) fields[flat[i] as string] = flat[i + 1] as string;
  if (!fields.meta) return undefined;
  const meta = JSON.parse(fields.meta) as Meta;
  return {
    ...meta,
    status: fields.status as MessageStatus,
    attempts: Number(fields.attempts),
    updatedAt: fields.updatedAt as string,
    history: history.map((h) => JSON.parse(h) as HistoryEntry),
    ...(fields.response !== undefined ? { response: JSON.parse(fields.response) as unknown } : {}),
    ...(fields.error !== undefined ? { error: JSON.parse(fields.error) as MessageRecord['error'] } : {}),
    ...(callbacks.length ? { callbacks: callbacks.map((c) => JSON.parse(c) as CallbackAttempt) } : {}),
  };
}
