import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Redis from 'ioredis';
import { createApp } from '../app/create-app';
import { loadConfig } from '../config/config';
import type { Logger, LogFields } from '../core/logger';
import { warnIfRedisMayEvict } from './eviction-policy';
import { freePort, spawnRedisServer, type RedisServerProcess } from './redis-provider';

/** A logger that keeps its warnings. */
function recordingLogger(): Logger & { warnings: { message: string; fields?: LogFields }[] } {
  const warnings: { message: string; fields?: LogFields }[] = [];
  const logger = {
    warnings,
    debug: () => undefined,
    info: () => undefined,
    warn: (message: string, fields?: LogFields) => void warnings.push({ message, ...(fields ? { fields } : {}) }),
    error: () => undefined,
    child: () => logger,
  };
  return logger;
}

describe('start-up warns when the Redis it is given may evict keys', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lgsp-evict-'));
  const servers: RedisServerProcess[] = [];
  const start = async (extraArgs: string[]): Promise<string> => {
    const port = await freePort();
    servers.push(await spawnRedisServer({ port, dir: mkdtempSync(join(dir, 's')), extraArgs }));
    return `redis://127.0.0.1:${port}`;
  };
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.stop()));
    rmSync(dir, { recursive: true, force: true });
  });

  it('allkeys-lru: the app starts, with one warning line naming the policy and the fix', async () => {
    const url = await start(['--maxmemory-policy', 'allkeys-lru']);
    const logger = recordingLogger();
    const app = await createApp(loadConfig({ LOG_FORMAT: 'json' }, { port: 0, host: '127.0.0.1', redisPrefix: 'evict' }), { redisUrl: url, logger });
    await app.close();
    const lines = logger.warnings.filter((w) => w.message.includes('maxmemory-policy'));
    expect(lines).toHaveLength(1);
    expect(lines[0]?.message).toBe(
      'Redis maxmemory-policy is allkeys-lru: under memory pressure Redis may evict queue and message keys and lose messages; set maxmemory-policy noeviction (docker-compose.yml does)',
    );
  });

  it('noeviction (Redis’s default): no warning', async () => {
    const redis = new Redis(await start([]));
    const logger = recordingLogger();
    try {
      expect(await warnIfRedisMayEvict(redis, logger)).toBe('noeviction');
    } finally {
      redis.disconnect();
    }
    expect(logger.warnings).toEqual([]);
  });

  it('a Redis with CONFIG disabled is skipped quietly', async () => {
    const redis = new Redis(await start(['--rename-command', 'CONFIG', '']));
    const logger = recordingLogger();
    try {
      expect(await warnIfRedisMayEvict(redis, logger)).toBeUndefined();
    } finally {
      redis.disconnect();
    }
    expect(logger.warnings).toEqual([]);
  });
});
