import { createHash } from 'node:crypto';
import type Redis from 'ioredis';

/**
 * A Lua script run by its SHA1 (EVALSHA), so the script text crosses the wire once per Redis
 * server rather than with every call; a server that does not know it yet (first call, restart,
 * SCRIPT FLUSH) answers NOSCRIPT and the call is repeated with EVAL, which also loads it.
 */
export class LuaScript {
  /** The script's SHA1, the name EVALSHA calls it by. */
  readonly sha: string;

  constructor(private readonly source: string) {
    this.sha = createHash('sha1').update(source).digest('hex');
  }

  async run(redis: Redis, keys: readonly string[], args: readonly string[]): Promise<unknown> {
    try {
      return await redis.evalsha(this.sha, keys.length, ...keys, ...args);
    } catch (error) {
      if (!(error instanceof Error) || !error.message.startsWith('NOSCRIPT')) throw error;
      return redis.eval(this.source, keys.length, ...keys, ...args);
    }
  }
}
