import Redis from 'ioredis';
import { TEST_REDIS_URL } from './redis';

/** What a request left in Redis under a prefix: message records and journal entries. */
export async function storedMessages(prefix: string): Promise<{ messageKeys: string[]; journalLength: number }> {
  const redis = new Redis(TEST_REDIS_URL, { maxRetriesPerRequest: 1 });
  try {
    const messageKeys = await redis.keys(`${prefix}:msg:*`);
    const journalLength = await redis.llen(`${prefix}:journal`);
    return { messageKeys, journalLength };
  } finally {
    redis.disconnect();
  }
}
