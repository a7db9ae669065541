import type Redis from 'ioredis';
import { refString, type Message } from '../core/message';
import type { CallbackRequest, DeadLetter } from '../core/ports';
import { RedisKeys } from '../store/keys';

/** What a dead letter needs to be sent again. */
export type DeadPayload = { kind: 'service'; message: Message } | { kind: 'callback'; request: CallbackRequest };

export interface DeadLetterEntry {
  letter: DeadLetter;
  payload: DeadPayload;
}

/**
 * Id of a letter in its queue's store: sender and messageId (ids are scoped per sender, so two
 * agencies' letters never overwrite each other), or the bare id of a callback tied to no message.
 */
export function letterId(letter: Pick<DeadLetter, 'messageId' | 'from'>): string {
  return letter.from === undefined ? letter.messageId : refString({ from: letter.from, messageId: letter.messageId });
}

/** Removes and answers one live letter (ARGV: id, the retention cutoff in ms); false when there is none. */
const TAKE = `
local died = redis.call('ZSCORE', KEYS[1], ARGV[1])
if not died or tonumber(died) < tonumber(ARGV[2]) then return false end
redis.call('ZREM', KEYS[1], ARGV[1])
local value = redis.call('HGET', KEYS[2], ARGV[1])
redis.call('HDEL', KEYS[2], ARGV[1])
return value`;

/** Deletes up to ARGV[2] letters that died before the cutoff ARGV[1] (ms). */
const PRUNE = `
local ids = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', '(' .. ARGV[1], 'LIMIT', 0, tonumber(ARGV[2]))
if #ids == 0 then return 0 end
redis.call('ZREM', KEYS[1], unpack(ids))
redis.call('HDEL', KEYS[2], unpack(ids))
return #ids`;

/** Expired letters deleted per new one: more than ever die between two, so the structure stays bounded. */
const PRUNE_BATCH = 100;

/**
 * Dead letters in our own Redis structure, one sorted set (by real time of death) and one hash per
 * queue, so listing and redriving never depend on how long BullMQ keeps failed jobs. A letter lives
 * as long as a message record (`retentionMs`, MESSAGE_TTL_SECONDS): after that its message is gone,
 * so it is no longer listed, counted or redriven, and adding letters deletes the expired ones.
 */
export class DeadLetterStore {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    private readonly retentionMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Letters that died before this instant (ms) have expired. */
  private cutoff(): number {
    return this.now() - this.retentionMs;
  }

  private index(queue: string): string {
    return new RedisKeys(this.prefix).deadLetters(queue);
  }
  private data(queue: string): string {
    return new RedisKeys(this.prefix).deadLetterData(queue);
  }
  async add(letter: DeadLetter, payload: DeadPayload): Promise<void> {
    const entry = { letter, payload };
    const keys = [this.index(letter.queue), this.data(letter.queue)] as const;
    await this.redis
      .multi()
      .zadd(keys[0], this.now(), letterId(letter))
      .hset(keys[1], letterId(letter), JSON.stringify(entry))
      .eval(PRUNE, 2, ...keys, this.cutoff(), PRUNE_BATCH)
      .exec();
  }

  async count(queue: string): Promise<number> {
    return this.redis.zcount(this.index(queue), this.cutoff(), '+inf');
  }

  /** Newest first, across `queues`, at most `limit`. */
  async list(queues: readonly string[], limit: number): Promise<DeadLetter[]> {
    const perQueue = await Promise.all(
      queues.map(async (queue) => {
        const ids = await this.redis.zrevrangebyscore(this.index(queue), '+inf', this.cutoff(), 'LIMIT', 0, limit);
        if (ids.length === 0) return [];
        const values = await this.redis.hmget(this.data(queue), ...ids);
        return values.filter((v): v is string => v !== null).map((v) => (JSON.parse(v) as DeadLetterEntry).letter);
      }),
    );
    return perQueue
      .flat()
      .sort((a, b) => b.failedAt.localeCompare(a.failedAt))
      .slice(0, limit);
  }

  /** Letter ids (see letterId) of one queue. */
  async ids(queue: string): Promise<string[]> {
    return this.redis.zrangebyscore(this.index(queue), this.cutoff(), '+inf');
  }

  /** Removes and returns one dead letter, atomically, so two admins redriving at once send it once. */
  async take(queue: string, id: string): Promise<DeadLetterEntry | undefined> {
    const raw = (await this.redis.eval(TAKE, 2, this.index(queue), this.data(queue), id, this.cutoff())) as string | null;
    return raw ? (JSON.parse(raw) as DeadLetterEntry) : undefined;
  }

  /** Puts back an entry whose redrive failed. */
  async restore(entry: DeadLetterEntry): Promise<void> {
    await this.add(entry.letter, entry.payload);
  }

  async clear(queue: string): Promise<void> {
    await this.redis.del(this.index(queue), this.data(queue));
  }
}
