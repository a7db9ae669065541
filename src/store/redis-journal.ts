import type Redis from 'ioredis';
import type { Journal, JournalEntry } from '../core/ports';
import {
  countHolds,
  criteriaCount,
  failedCriteria,
  nearMisses,
  type CountExpectation,
  type JournalCriteria,
  type NearMiss,
} from '../sim/journal-match';
import type { RedisKeys } from './keys';
import { LuaScript } from './lua-script';

/** Push and trim in one script: a MULTI would go out as its own write, outside auto-pipelining. */
const RECORD = new LuaScript(`
redis.call('LPUSH', KEYS[1], ARGV[1])
redis.call('LTRIM', KEYS[1], 0, tonumber(ARGV[2]) - 1)
return 1`);

/** The answer of a verification: whether the count held, and the closest misses when it did not. */
export interface Verification {
  holds: boolean;
  matched: number;
  expected: CountExpectation;
  /** Entries that met the most criteria without meeting all of them (only when the count failed). */
  nearMisses: NearMiss[];
}

/**
 * The journal of received messages: a capped Redis list, newest first, never larger than
 * `maxEntries`, so memory never grows without bound. It holds every accepted message (those that got
 * a record); requests refused before that (bad token, schema violations) are in the log under their
 * errorId, not here. Queries read the list and filter in the process: at the default 10,000 entries
 * that is a few milliseconds, and it keeps the write path one command.
 */
export class RedisJournal implements Journal {
  constructor(
    private readonly redis: Redis,
    private readonly keys: RedisKeys,
    private readonly maxEntries: number,
  ) {}

  async record(entry: JournalEntry): Promise<void> {
    await RECORD.run(this.redis, [this.keys.journal()], [JSON.stringify(entry), String(this.maxEntries)]);
  }

  async list(limit = this.maxEntries): Promise<JournalEntry[]> {
    const raw = await this.redis.lrange(this.keys.journal(), 0, limit - 1);
    return raw.map((r) => JSON.parse(r) as JournalEntry);
  }

  /** Entries meeting every criterion, newest first, at most `limit`; `total` counts them all. */
  async find(criteria: JournalCriteria, limit = 100): Promise<{ entries: JournalEntry[]; total: number }> {
    const matching = (await this.list()).filter((entry) => failedCriteria(entry, criteria).length === 0);
    return { entries: matching.slice(0, limit), total: matching.length };
  }

  async verify(criteria: JournalCriteria, expected: CountExpectation = { gte: 1 }): Promise<Verification> {
    const all = await this.list();
    const matched = all.filter((entry) => failedCriteria(entry, criteria).length === 0).length;
    const holds = countHolds(matched, expected);
    return { holds, matched, expected, nearMisses: holds || criteriaCount(criteria) === 0 ? [] : nearMisses(all, criteria) };
  }

  /** Empties the journal, or drops the entries of one service (a one-service reset). */
  async clear(service?: string): Promise<void> {
    if (service === undefined) {
      await this.redis.del(this.keys.journal());
      return;
    }
    const kept = (await this.redis.lrange(this.keys.journal(), 0, -1)).filter((raw) => (JSON.parse(raw) as JournalEntry).service !== service);
    const tx = this.redis.multi().del(this.keys.journal());
    if (kept.length > 0) tx.rpush(this.keys.journal(), ...kept);
    await tx.exec();
  }
}
