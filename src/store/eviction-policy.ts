import type Redis from 'ioredis';
import type { Logger } from '../core/logger';

/**
 * Warns, in one line, when the Redis the simulator was given may evict keys under memory pressure
 * (any `maxmemory-policy` but `noeviction`): an evicted queue or record key is a message lost
 * without a trace, as BullMQ's production guide says. A Redis that does not allow CONFIG (managed
 * services often rename or disable it) is skipped quietly. Answers the policy, when it was read.
 */
export async function warnIfRedisMayEvict(redis: Redis, logger: Logger): Promise<string | undefined> {
  let policy: string | undefined;
  try {
    const answer = await redis.config('GET', 'maxmemory-policy');
    policy = answer[1];
  } catch {
    return undefined;
  }
  if (policy !== undefined && policy !== 'noeviction') {
    logger.warn(
      `Redis maxmemory-policy is ${policy}: under memory pressure Redis may evict queue and message keys and lose messages; set maxmemory-policy noeviction (docker-compose.yml does)`,
      { maxmemoryPolicy: policy },
    );
  }
  return policy;
}
