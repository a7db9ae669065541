import Redis, { type RedisOptions } from 'ioredis';

/**
 * A Redis connection that fails fast: commands sent while the connection is down are rejected at
 * once instead of queueing, so a request answers 503 rather than hanging; it reconnects by itself.
 *
 * Auto-pipelining is on: commands issued in one event-loop tick (by many concurrent requests or
 * jobs) leave in one write and their replies come back in one read, which saves a syscall pair per
 * command on both sides under load and changes nothing about ordering or atomicity (each script and
 * MULTI is still one unit). Connections that issue blocking commands (BullMQ workers) turn it off.
 */
export function createRedisClient(url: string, options: RedisOptions = {}): Redis {
  return new Redis(url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 2000,
    retryStrategy: (times) => Math.min(times * 100, 2000),
    lazyConnect: false,
    enableAutoPipelining: true,
    ...options,
  });
}

/**
 * Waits until the client is ready, or fails after `timeoutMs` naming the server (host and port,
 * never the URL's password) and the last connection error.
 */
export async function whenReady(client: Redis, timeoutMs = 5000): Promise<void> {
  if (client.status === 'ready') return;
  await new Promise<void>((resolve, reject) => {
    let lastError: string | undefined;
    const timer = setTimeout(() => {
      cleanup();
      const { host, port, path } = client.options;
      const where = path ?? `${host ?? 'localhost'}:${port ?? 6379}`;
      reject(new Error(`Redis at ${where} did not become ready within ${timeoutMs} ms${lastError ? ` (${lastError})` : ''}`));
    }, timeoutMs);
    const onReady = (): void => {
      cleanup();
      resolve();
    };
    const onError = (error: Error): void => {
      lastError = error.message;
    };
    const cleanup = (): void => {
      clearTimeout(timer);
      client.off('ready', onReady);
      client.off('error', onError);
    };
    client.on('ready', onReady);
    client.on('error', onError);
  });
}
