import type Redis from 'ioredis';
import type { Message } from '../core/message';
import type { CallbackRequest, DeadLetter } from '../core/ports';

/** What a dead letter needs to be sent again. */
export type DeadPayload = { kind: 'service'; message: Message } | { kind: 'callback'; request: CallbackRequest };

export interface DeadLetterEntry {
  letter: DeadLetter;
  payload: DeadPayload;
}

const TAKE = `
if redis.call('ZREM', KEYS[1], ARGV[1]) == 0 then return false end
local value = redis.call('HGET', KEYS[2], ARGV[1])
redis.call('HDEL', KEYS[2], ARGV[1])
return value`;

/**
 * Dead letters in our own Redis structure, one sorted set (by time of death) and one hash per
 * queue, so listing and redriving never depend on how long BullMQ keeps failed jobs.
 */
export class DeadLetterStore {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {}

  private index(queue: string): string {
    return `${this.prefix}:dlq:${queue}`;
  }
  private data(queue: string): string {
    return `${this.prefix}:dlq:${queue}:data`;
  }
  async add(letter: DeadLetter, payload: DeadPayload): Promise<void> {
    const entry = { letter, payload };
    await this.redis
      .multi()
      .zadd(this.index(letter.queue), Date.parse(letter.failedAt), letter.messageId)
      .hset(this.data(letter.queue), letter.messageId, JSON.stringify(entry))
      .exec();
  }

  async count(queue: string): Promise<number> {
    return this.redis.zcard(this.index(queue));
  }

  /** Newest first, across `queues`, at most `limit`. */
  async list(queues: readonly string[], limit: number): Promise<DeadLetter[]> {
    const perQueue = await Promise.all(
      queues.map(async (queue) => {
        const ids = await this.redis.zrevrange(this.index(queue), 0, limit - 1);
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

  async ids(queue: string): Promise<string[]> {
    return this.redis.zrange(this.index(queue), '0', '-1');
  }

  /** Removes and returns one dead letter, atomically, so two admins redriving at once send it once. */
  async take(queue: string, id: string): Promise<DeadLetterEntry | undefined> {
    const raw = (await this.redis.eval(TAKE, 2, this.index(queue), this.data(queue), id)) as string | null;
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
