/**
 * The simulator `lgsp-sim test` starts for itself when no `--url` is given: built through the one
 * composition root, workers in the process, port 0 on loopback, a Redis from REDIS_URL, 127.0.0.1:6379
 * or a private redis-server (as `serve` finds one), under a key prefix of its own that is wiped on
 * close. The development partner's IPNs go to the runner's receiver.
 */
import { randomUUID } from 'node:crypto';
import { createApp } from '../app/create-app';
import { loadConfig } from '../config/config';
import { silentLogger } from '../core/logger';
import type { SimulatorTarget } from '../contract/simulator-target';
import { provideRedis } from '../store/redis-provider';
import { createRedisClient, whenReady } from '../store/redis-client';
import { unlinkMatching } from '../store/unlink-keys';
import { RedisKeys } from '../store/keys';

export interface EmbeddedSimulator {
  target: SimulatorTarget;
  close(): Promise<void>;
}

async function wipe(url: string, prefix: string): Promise<void> {
  const redis = createRedisClient(url, { enableOfflineQueue: true });
  try {
    await whenReady(redis);
    await unlinkMatching(redis, new RedisKeys(prefix).all());
  } finally {
    redis.disconnect();
  }
}

export async function startEmbeddedSimulator(options: { env: NodeJS.ProcessEnv; receiverUrl: string }): Promise<EmbeddedSimulator> {
  const prefix = `lgsp-test-${randomUUID().slice(0, 8)}`;
  const config = loadConfig(
    { ...options.env, DEV_PAYGOV_IPN_URL: `${options.receiverUrl}/paygov-ipn` },
    { port: 0, host: '127.0.0.1', redisPrefix: prefix, withWorkers: true },
  );
  const redis = await provideRedis(config.redisUrl, silentLogger);
  let app;
  try {
    app = await createApp(config, { redisUrl: redis.url });
    await app.startWorkers();
  } catch (error) {
    await redis.stop();
    throw error;
  }
  const { url } = await app.listen();
  const started = app;
  return {
    target: {
      baseUrl: url.replace('localhost', '127.0.0.1'),
      adminToken: config.adminToken,
      devClient: config.devClient,
      paygov: { partner: config.devPaygov.partner, secret: config.devPaygov.secret, signing: 'sha256', ipnFieldOrder: 'paseto' },
    },
    close: async () => {
      await started.close();
      await wipe(redis.url, prefix);
      await redis.stop();
    },
  };
}
