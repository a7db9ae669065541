import { silentLogger } from '../core/logger';
import { provideRedis, redisAnswers } from './redis-provider';

describe('provideRedis', () => {
  it('uses REDIS_URL as given', async () => {
    const redis = await provideRedis('redis://example:1', silentLogger);
    expect(redis).toMatchObject({ url: 'redis://example:1', origin: 'REDIS_URL' });
  });

  it('starts a private redis-server on a free port when nothing answers locally, and stops it', async () => {
    const redis = await provideRedis(undefined, silentLogger, { localPort: 1 });
    try {
      expect(redis.origin).toBe('private');
      const port = Number(new URL(redis.url).port);
      expect(await redisAnswers('127.0.0.1', port)).toBe(true);
      await redis.stop();
      expect(await redisAnswers('127.0.0.1', port)).toBe(false);
    } finally {
      await redis.stop();
    }
  });

  it('says how to get Redis when there is no server and no binary', async () => {
    const path = process.env.PATH;
    process.env.PATH = '/nonexistent';
    try {
      await expect(provideRedis(undefined, silentLogger, { localPort: 1 })).rejects.toThrow(/No Redis: set REDIS_URL/);
    } finally {
      process.env.PATH = path;
    }
  });
});
