import type Redis from 'ioredis';
import type { RuleStatus, ScenarioStore, StoredRule } from '../core/ports';
import type { SimKeys } from './sim-keys';

/** Takes one use of a counted rule, atomically across processes: 1 taken, 0 used up, -1 gone. */
const CLAIM = `
local left = redis.call('HGET', KEYS[1], ARGV[1])
if not left then return -1 end
if tonumber(left) <= 0 then return 0 end
redis.call('HINCRBY', KEYS[1], ARGV[1], -1)
return 1`;

/** Fault rules in Redis: definitions in a hash, counts left and hits in two more. */
export class RedisScenarioStore implements ScenarioStore {
  constructor(
    private readonly redis: Redis,
    private readonly keys: SimKeys,
  ) {}

  nextSeq(): Promise<number> {
    return this.redis.incr(this.keys.ruleSeq());
  }

  async put(rules: readonly StoredRule[]): Promise<void> {
    const tx = this.redis.multi();
    for (const rule of rules) {
      tx.hset(this.keys.rules(), rule.id, JSON.stringify(rule)).hdel(this.keys.ruleHits(), rule.id).hdel(this.keys.ruleRemaining(), rule.id);
      if (rule.count !== undefined) tx.hset(this.keys.ruleRemaining(), rule.id, rule.count);
    }
    await tx.exec();
  }

  async putIfAbsent(rule: StoredRule): Promise<boolean> {
    const created = await this.redis.hsetnx(this.keys.rules(), rule.id, JSON.stringify(rule));
    if (created && rule.count !== undefined) await this.redis.hset(this.keys.ruleRemaining(), rule.id, rule.count);
    return created === 1;
  }

  async all(): Promise<StoredRule[]> {
    const raw = await this.redis.hvals(this.keys.rules());
    return raw.map((r) => JSON.parse(r) as StoredRule).sort((a, b) => a.seq - b.seq);
  }

  async statuses(): Promise<RuleStatus[]> {
    const [rules, hits, remaining] = await Promise.all([
      this.all(),
      this.redis.hgetall(this.keys.ruleHits()),
      this.redis.hgetall(this.keys.ruleRemaining()),
    ]);
    return rules.map((rule) => ({
      ...rule,
      hits: Number(hits[rule.id] ?? 0),
      ...(remaining[rule.id] !== undefined ? { remaining: Number(remaining[rule.id]) } : {}),
    }));
  }

  async claim(ruleId: string): Promise<boolean> {
    return ((await this.redis.eval(CLAIM, 1, this.keys.ruleRemaining(), ruleId)) as number) === 1;
  }

  async recordHit(ruleId: string): Promise<void> {
    await this.redis.hincrby(this.keys.ruleHits(), ruleId, 1);
  }

  async remove(ids: readonly string[]): Promise<number> {
    if (ids.length === 0) return 0;
    const [[, removed]] = (await this.redis
      .multi()
      .hdel(this.keys.rules(), ...ids)
      .hdel(this.keys.ruleHits(), ...ids)
      .hdel(this.keys.ruleRemaining(), ...ids)
      .exec()) as [[Error | null, number]];
    return removed;
  }

  async clear(options: { restartSeq?: boolean } = {}): Promise<void> {
    const keys = [this.keys.rules(), this.keys.ruleHits(), this.keys.ruleRemaining()];
    await this.redis.del(...keys, ...(options.restartSeq ? [this.keys.ruleSeq()] : []));
  }
}
