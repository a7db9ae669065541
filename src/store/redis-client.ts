import Redis, { Cluster, type RedisOptions } from 'ioredis';
import { parseRedisUrl, type RedisTarget } from '../config/redis-url';

/**
 * A Redis connection that fails fast: commands sent while the connection is down are rejected at
 * once instead of queueing, so a request answers 503 rather than hanging; it reconnects by itself.
 * A Redis that is connected but does not answer (paused, stuck) is the other way to hang: a
 * gateway's connections pass `commandTimeout` (REDIS_COMMAND_TIMEOUT_MS), after which a command is
 * given up (`isRedisTimeout`). Queue workers' connections pass none: they wait Redis out.
 *
 * Auto-pipelining is on: commands issued in one event-loop tick (by many concurrent requests or
 * jobs) leave in one write and their replies come back in one read, which saves a syscall pair per
 * command on both sides under load and changes nothing about ordering or atomicity (each script and
 * MULTI is still one unit). Connections that issue blocking commands (BullMQ workers) turn it off.
 *
 * A `redis+cluster://` URL (src/config/redis-url.ts) gives an ioredis Cluster with the same options
 * (per node where ioredis takes them per node). It answers the same commands, and every key of one
 * simulator shares one hash tag (RedisKeys), so each script, MULTI and multi-key command lands on one
 * node: the rest of the app uses it as a Redis. `duplicate()` (BullMQ's blocking connections, the
 * simulation's subscriber) gives another Cluster. Only whole-keyspace commands need to know; see
 * `mastersOf`.
 */
export function createRedisClient(url: string, options: RedisOptions = {}): Redis {
  const settings: RedisOptions = {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 2000,
    retryStrategy: (times) => Math.min(times * 100, 2000),
    lazyConnect: false,
    enableAutoPipelining: true,
    ...options,
  };
  const target = parseRedisUrl(url);
  if (target.kind === 'server') return new Redis(url, settings);
  return createCluster(target, settings) as unknown as Redis;
}

/** How long a connection's QUIT may wait for Redis's reply at shutdown. */
const QUIT_WAIT_MS = 500;

/**
 * Closes a connection at shutdown: QUIT, so what was sent is answered first, but never waiting
 * longer than `waitMs` for it. A Redis that is connected and silent (paused, stuck) would otherwise
 * hold QUIT, and with it the process, until its forced exit; after the wait the socket is dropped.
 */
export async function closeRedis(client: Pick<Redis, 'quit' | 'disconnect'> | undefined, waitMs = QUIT_WAIT_MS): Promise<void> {
  if (!client) return;
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolve) => (timer = setTimeout(resolve, waitMs, 'late')));
  const quit = client.quit().then(
    () => 'quit' as const,
    () => 'failed' as const,
  );
  const outcome = await Promise.race([quit, late]);
  clearTimeout(timer);
  if (outcome !== 'quit') client.disconnect();
}

/** The seed nodes of each cluster client, for messages (ioredis keeps its own copy private). */
const seedsOf = new WeakMap<object, string>();

function createCluster(target: Extract<RedisTarget, { kind: 'cluster' }>, settings: RedisOptions): Cluster {
  const { retryStrategy, lazyConnect, enableAutoPipelining, enableOfflineQueue, ...perNode } = settings;
  const cluster = new Cluster(target.nodes, {
    // The cluster reconnects its nodes itself; its own strategy paces that.
    clusterRetryStrategy: (times) => retryStrategy?.(times) ?? null,
    ...(lazyConnect !== undefined ? { lazyConnect } : {}),
    ...(enableAutoPipelining !== undefined ? { enableAutoPipelining } : {}),
    ...(enableOfflineQueue !== undefined ? { enableOfflineQueue } : {}),
    redisOptions: {
      ...perNode,
      ...(enableOfflineQueue !== undefined ? { enableOfflineQueue } : {}),
      ...(target.username ? { username: target.username } : {}),
      ...(target.password ? { password: target.password } : {}),
      ...(target.tls ? { tls: {} } : {}),
    },
  });
  seedsOf.set(cluster, target.nodes.map((n) => `${n.host}:${n.port}`).join(','));
  return cluster;
}

/**
 * How long after a request hands a new record to Redis the record may still be written, given the
 * connection's command timeout: a little less than it, so that a record written just in time is
 * answered before the request gives up (a quarter of the timeout, at most a second, to spare). A
 * record that reaches Redis later (Redis paused, then resumed) is refused, so the 503 the request
 * answered stays true: nothing of it was kept (RedisMessageStore.create).
 */
export function createDeadline(commandTimeoutMs: number): number {
  return commandTimeoutMs - Math.min(1000, Math.floor(commandTimeoutMs / 4));
}

/** True for a command Redis did not answer within the connection's `commandTimeout`: it may still run once Redis resumes. */
export function isRedisTimeout(error: unknown): boolean {
  return error instanceof Error && error.message === 'Command timed out';
}

/** True when `client` is a Cluster (created from a `redis+cluster://` URL). */
export function isCluster(client: Redis): boolean {
  return (client as unknown as { isCluster?: boolean }).isCluster === true;
}

/**
 * The connections a whole-keyspace command (SCAN) must visit: every master of a cluster, or the
 * client itself.
 */
export function mastersOf(client: Redis): Redis[] {
  return isCluster(client) ? (client as unknown as Cluster).nodes('master') : [client];
}

/** Where `client` connects, for messages: host and port (never the URL's password), or the cluster's seed nodes. */
function whereOf(client: Redis): string {
  if (isCluster(client)) return `cluster ${seedsOf.get(client) ?? '?'}`;
  const { host, port, path } = client.options;
  return path ?? `${host ?? 'localhost'}:${port ?? 6379}`;
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
      reject(new Error(`Redis at ${whereOf(client)} did not become ready within ${timeoutMs} ms${lastError ? ` (${lastError})` : ''}`));
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
