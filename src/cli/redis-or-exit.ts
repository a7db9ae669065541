import type { Logger } from '../core/logger';
import { provideRedis, RedisUnavailableError, type ProvidedRedis } from '../store/redis-provider';

/**
 * The Redis a command runs against (REDIS_URL, the local one, or a private redis-server). When there
 * is none to be had, prints the one line that says how to get one and exits 3.
 */
export async function redisOrExit(redisUrl: string | undefined, logger: Logger): Promise<ProvidedRedis> {
  try {
    return await provideRedis(redisUrl, logger);
  } catch (error) {
    if (error instanceof RedisUnavailableError) {
      process.stderr.write(`lgsp-sim: ${error.message}\n`);
      process.exit(3);
    }
    throw error;
  }
}
