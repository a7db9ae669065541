import type Redis from 'ioredis';
import type { Journal, JournalEntry } from '../core/ports';
import type { RedisKeys } from './keys';
import { LuaScript } from './lua-script';

/** Push and trim in one script: a MULTI would go out as its own write, outside auto-pipelining. */
const RECORD = new LuaScript(`
redis.call('LPUSH', KEYS[1], ARGV[1])
redis.call('LTRIM', KEYS[1], 0, tonumber(ARGV[2]) - 1)
return 1`);

/**
 * The journal of received messages: a capped Redis list, newest first, never larger than
 * `maxEntries`, so memory never grows without bound. It holds every accepted message (those that got
 * a record); requests refused before that (bad token, schema violations) are in the log under their
 * errorId, not here. It records, lists and clears; the simulation filters what it lists
 * (src/sim/journal-search.ts): at the default 10,000 entries that is a few milliseconds, and it
 * keeps the write path one command.
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
