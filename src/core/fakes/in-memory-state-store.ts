import type { StateStore } from '../ports';

/**
 * A StateStore in a Map, for fast tests of handlers and anything else that keeps adapter state; it
 * passes the same contract (test/support/state-store-contract.ts) as the Redis store. Values are
 * kept as JSON text, as Redis keeps them, so a test sees the same round trip (no shared objects,
 * dates come back as strings). `now` drives expiry of values set with a TTL.
 */
export class InMemoryStateStore implements StateStore {
  private readonly values = new Map<string, { json: string; expiresAt?: number }>();
  private readonly indexes = new Map<string, Map<string, number>>();
  private writeCount = 0;

  constructor(private readonly now: () => number = Date.now) {}

  private read(key: string): string | undefined {
    const entry = this.values.get(key);
    if (entry?.expiresAt !== undefined && entry.expiresAt <= this.now()) this.values.delete(key);
    return this.values.get(key)?.json;
  }

  get<T>(key: string): Promise<T | undefined> {
    const json = this.read(key);
    return Promise.resolve(json === undefined ? undefined : (JSON.parse(json) as T));
  }

  async getMany<T>(keys: readonly string[]): Promise<(T | undefined)[]> {
    return Promise.all(keys.map((key) => this.get<T>(key)));
  }

  set<T>(key: string, value: T, options: { onlyIfAbsent?: boolean; ttlSeconds?: number } = {}): Promise<boolean> {
    this.writeCount++;
    if (options.onlyIfAbsent && this.read(key) !== undefined) return Promise.resolve(false);
    const json = JSON.stringify(value);
    this.values.set(key, options.ttlSeconds ? { json, expiresAt: this.now() + options.ttlSeconds * 1000 } : { json });
    return Promise.resolve(true);
  }

  delete(key: string): Promise<void> {
    this.writeCount++;
    this.values.delete(key);
    return Promise.resolve();
  }

  increment(key: string, by = 1): Promise<number> {
    this.writeCount++;
    const current = this.read(key);
    const value = (current === undefined ? 0 : Number(JSON.parse(current))) + by;
    const expiresAt = this.values.get(key)?.expiresAt;
    // Like INCRBY, an increment keeps the key's expiry.
    this.values.set(key, expiresAt === undefined ? { json: String(value) } : { json: String(value), expiresAt });
    return Promise.resolve(value);
  }

  addToIndex(index: string, member: string, score: number): Promise<void> {
    this.writeCount++;
    const members = this.indexes.get(index) ?? new Map<string, number>();
    members.set(member, score);
    this.indexes.set(index, members);
    return Promise.resolve();
  }

  removeFromIndex(index: string, member: string): Promise<void> {
    this.writeCount++;
    this.indexes.get(index)?.delete(member);
    return Promise.resolve();
  }

  /** Members with min ≤ score ≤ max, by score and then by member, as a Redis sorted set orders them. */
  private inRange(index: string, min: number, max: number): string[] {
    return [...(this.indexes.get(index) ?? new Map<string, number>())]
      .filter(([, score]) => score >= min && score <= max)
      .sort(([a, x], [b, y]) => x - y || (a < b ? -1 : a > b ? 1 : 0))
      .map(([member]) => member);
  }

  rangeByScore(index: string, min: number, max: number, page?: { offset: number; limit: number }): Promise<string[]> {
    const all = this.inRange(index, min, max);
    return Promise.resolve(page ? all.slice(page.offset, page.offset + page.limit) : all);
  }

  countByScore(index: string, min: number, max: number): Promise<number> {
    return Promise.resolve(this.inRange(index, min, max).length);
  }

  /**
   * How many writes the store was asked for (set, even one refused by onlyIfAbsent or storing the
   * value already there, delete, increment, index changes, clear), for a test that asserts a step
   * wrote nothing at all.
   */
  get writes(): number {
    return this.writeCount;
  }

  /**
   * Everything the store holds (live values as JSON text with their expiry, indexes as member →
   * score), for a test that asserts a step changed nothing.
   */
  contents(): { values: Record<string, { json: string; expiresAt?: number }>; indexes: Record<string, Record<string, number>> } {
    const live = [...this.values].filter(([, { expiresAt }]) => expiresAt === undefined || expiresAt > this.now());
    return {
      values: Object.fromEntries(live.map(([key, entry]) => [key, { ...entry }])),
      indexes: Object.fromEntries([...this.indexes].map(([index, members]) => [index, Object.fromEntries(members)])),
    };
  }

  clear(): Promise<void> {
    this.writeCount++;
    this.values.clear();
    this.indexes.clear();
    return Promise.resolve();
  }
}
