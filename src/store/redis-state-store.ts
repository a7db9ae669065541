import type Redis from 'ioredis';
import type { StateStore } from '../core/ports';
import type { RedisKeys } from './keys';

/** One adapter's state under `<prefix>:state:<service>:`. Values are JSON. */
export class RedisStateStore implements StateStore {
  constructor(
    private readonly redis: Redis,
    private readonly keys: RedisKeys,
    private readonly service: string,
  ) {}

  private key(key: string): string {
    return this.keys.state(this.service, key);
  }

  async get<T>(key: string): Promise<T | undefined> {
    const raw = await this.redis.get(this.key(key));
    return raw === null ? undefined : (JSON.parse(raw) as T);
  }

  async getMany<T>(keys: readonly string[]): Promise<(T | undefined)[]> {
    if (keys.length === 0) return [];
    const raws = await this.redis.mget(...keys.map((k) => this.key(k)));
    return raws.map((raw) => (raw === null ? undefined : (JSON.parse(raw) as T)));
  }

  async set<T>(key: string, value: T, options: { onlyIfAbsent?: boolean; ttlSeconds?: number } = {}): Promise<boolean> {
    const args: (string | number)[] = [this.key(key), JSON.stringify(value)];
    if (options.ttlSeconds) args.push('EX', options.ttlSeconds);
    if (options.onlyIfAbsent) args.push('NX');
    const reply = await this.redis.call('SET', ...args);
    return reply === 'OK';
  }

  async delete(key: string): Promise<void> {
    await this.redis.del(this.key(key));
  }

  async increment(key: string, by = 1): Promise<number> {
    return this.redis.incrby(this.key(key), by);
  }

  async addToIndex(index: string, member: string, score: number): Promise<void> {
    await this.redis.zadd(this.key(`idx:${index}`), score, member);
  }

  async removeFromIndex(index: string, member: string): Promise<void> {
    await this.redis.zrem(this.key(`idx:${index}`), member);
  }

  async rangeByScore(index: string, min: number, max: number, page?: { offset: number; limit: number }): Promise<string[]> {
    const key = this.key(`idx:${index}`);
    return page
      ? this.redis.zrangebyscore(key, min, max, 'LIMIT', page.offset, page.limit)
      : this.redis.zrangebyscore(key, min, max);
  }

  async countByScore(index: string, min: number, max: number): Promise<number> {
    return this.redis.zcount(this.key(`idx:${index}`), min, max);
  }

  async clear(): Promise<void> {
    let cursor = '0';
    do {
      const [next, batch] = await this.redis.scan(cursor, 'MATCH', this.keys.statePattern(this.service), 'COUNT', 500);
      if (batch.length) await this.redis.unlink(...batch);
      cursor = next;
    } while (cursor !== '0');
  }
}
