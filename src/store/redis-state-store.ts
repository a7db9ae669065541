import type Redis from 'ioredis';
import type { StateStore } from '../core/ports';
import type { RedisKeys } from './keys';
import { unlinkRegistered } from './unlink-keys';

/**
 * One adapter's state under `<prefix>:state:<service>:`. Values are JSON. Every key written is also
 * named in the set `<prefix>:statekeys:<service>`, so clearing the state never scans the keyspace
 * (a shared Redis may hold millions of other keys).
 */
export class RedisStateStore implements StateStore {
  constructor(
    private readonly redis: Redis,
    private readonly keys: RedisKeys,
    private readonly service: string,
  ) {}

  private key(key: string): string {
    return this.keys.state(this.service, key);
  }

  /** Names `fullKey` in the registry; sent alongside the write (auto-pipelined, same round trip). */
  private register(fullKey: string): Promise<number> {
    return this.redis.sadd(this.keys.stateKeys(this.service), fullKey);
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
    const fullKey = this.key(key);
    const args: (string | number)[] = [fullKey, JSON.stringify(value)];
    if (options.ttlSeconds) args.push('EX', options.ttlSeconds);
    if (options.onlyIfAbsent) args.push('NX');
    const [reply] = await Promise.all([this.redis.call('SET', ...args), this.register(fullKey)]);
    return reply === 'OK';
  }

  async delete(key: string): Promise<void> {
    const fullKey = this.key(key);
    await Promise.all([this.redis.del(fullKey), this.redis.srem(this.keys.stateKeys(this.service), fullKey)]);
  }

  async increment(key: string, by = 1): Promise<number> {
    const fullKey = this.key(key);
    const [value] = await Promise.all([this.redis.incrby(fullKey, by), this.register(fullKey)]);
    return value;
  }

  async addToIndex(index: string, member: string, score: number): Promise<void> {
    const fullKey = this.key(`idx:${index}`);
    await Promise.all([this.redis.zadd(fullKey, score, member), this.register(fullKey)]);
  }

  async removeFromIndex(index: string, member: string): Promise<void> {
    await this.redis.zrem(this.key(`idx:${index}`), member);
  }

  async rangeByScore(index: string, min: number, max: number, page?: { offset: number; limit: number }): Promise<string[]> {
    const key = this.key(`idx:${index}`);
    return page ? this.redis.zrangebyscore(key, min, max, 'LIMIT', page.offset, page.limit) : this.redis.zrangebyscore(key, min, max);
  }

  async countByScore(index: string, min: number, max: number): Promise<number> {
    return this.redis.zcount(this.key(`idx:${index}`), min, max);
  }

  async clear(): Promise<void> {
    await unlinkRegistered(this.redis, this.keys.stateKeys(this.service));
  }
}
