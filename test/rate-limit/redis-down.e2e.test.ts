import { createServer, type Server } from 'node:net';
import type { AddressInfo } from 'node:net';
import { TooManyRequestsError } from '../../src/core/errors';
import { silentLogger, type Logger } from '../../src/core/logger';
import { createClientRateLimit } from '../../src/http/rate-limit';
import { createRedisClient, whenReady } from '../../src/store/redis-client';
import { TEST_REDIS_URL, uniquePrefix, wipePrefix } from '../support/redis';

const principal = { clientId: 'dev-client', agency: '000.00.00.H30', services: '*' as const };

describe('the client rate limit', () => {
  it('is off with a rate of 0: nothing is counted', async () => {
    const redis = createRedisClient(TEST_REDIS_URL);
    const prefix = uniquePrefix('rl-off');
    try {
      await whenReady(redis);
      const limit = createClientRateLimit({ redis, prefix, perSecond: 0, burst: 0, logger: silentLogger });
      expect(limit.enabled).toBe(false);
      for (let i = 0; i < 20; i++) await limit.consume(principal);
      expect(await redis.keys(`${prefix}:*`)).toEqual([]);
    } finally {
      redis.disconnect();
    }
  });

  it('keeps its budget in Redis under the app prefix, shared by every gateway process', async () => {
    const prefix = uniquePrefix('rl-shared');
    const first = createRedisClient(TEST_REDIS_URL);
    const second = createRedisClient(TEST_REDIS_URL);
    try {
      await Promise.all([whenReady(first), whenReady(second)]);
      // Two limiters on two connections stand for two gateway processes.
      const a = createClientRateLimit({ redis: first, prefix, perSecond: 1, burst: 0, logger: silentLogger });
      const b = createClientRateLimit({ redis: second, prefix, perSecond: 1, burst: 0, logger: silentLogger });
      let refusal: unknown;
      for (let i = 0; i < 50 && !refusal; i++) {
        await (i % 2 === 0 ? a : b).consume(principal).catch((error: unknown) => {
          refusal = error;
        });
      }
      expect(refusal).toBeInstanceOf(TooManyRequestsError);
      expect((refusal as TooManyRequestsError).retryAfterSeconds).toBeGreaterThanOrEqual(1);
      expect(await first.keys(`${prefix}:ratelimit:*`)).toEqual([`${prefix}:ratelimit:dev-client`]);
    } finally {
      first.disconnect();
      second.disconnect();
      await wipePrefix(prefix);
    }
  });

  describe('when Redis does not answer', () => {
    let silent: Server;
    let url: string;

    // A port that accepts connections and never speaks Redis: commands cannot be sent.
    beforeAll(async () => {
      silent = createServer((socket) => socket.destroy());
      await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
      url = `redis://127.0.0.1:${(silent.address() as AddressInfo).port}`;
    });
    afterAll(() => new Promise<void>((resolve) => silent.close(() => resolve())));

    it('lets the request through (fails open) and says so in the log', async () => {
      const redis = createRedisClient(url, { retryStrategy: () => null });
      redis.on('error', () => undefined);
      const warnings: string[] = [];
      const logger: Logger = { ...silentLogger, warn: (message) => void warnings.push(message), child: () => logger };
      try {
        const limit = createClientRateLimit({ redis, prefix: 'unused', perSecond: 1, burst: 0, logger });
        await expect(limit.consume(principal)).resolves.toBeUndefined();
        await expect(limit.consume(principal)).resolves.toBeUndefined();
        expect(warnings).toEqual(['rate limiter unavailable, letting the request through', 'rate limiter unavailable, letting the request through']);
      } finally {
        redis.disconnect();
      }
    });
  });
});
