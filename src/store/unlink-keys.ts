import type Redis from 'ioredis';
import { mastersOf } from './redis-client';

const BATCH = 500;

/** Unlinks `keys` a batch at a time, so a large reset never builds one huge command. */
export async function unlinkKeys(redis: Redis, keys: readonly string[]): Promise<void> {
  for (let i = 0; i < keys.length; i += BATCH) await redis.unlink(...keys.slice(i, i + BATCH));
}

/** Unlinks every key named in the set `registry`, then the set itself. */
export async function unlinkRegistered(redis: Redis, registry: string): Promise<void> {
  let cursor = '0';
  do {
    const [next, members] = await redis.sscan(registry, cursor, 'COUNT', BATCH);
    cursor = next;
    await unlinkKeys(redis, members);
  } while (cursor !== '0');
  await redis.unlink(registry);
}

/**
 * Unlinks every key matching the SCAN `pattern`, on every master of a cluster (SCAN sees one node's
 * keys only). On a cluster the pattern must keep to one hash tag (RedisKeys.all() does), since one
 * UNLINK may only name keys of one slot.
 */
export async function unlinkMatching(redis: Redis, pattern: string): Promise<void> {
  for (const node of mastersOf(redis)) {
    let cursor = '0';
    do {
      const [next, keys] = await node.scan(cursor, 'MATCH', pattern, 'COUNT', 5000);
      await unlinkKeys(node, keys);
      cursor = next;
    } while (cursor !== '0');
  }
}
