/**
 * The Redis the simulator is pointed at, from one connection string:
 *
 * - `redis://[user:password@]host:port[/db]` or `rediss://…` (TLS): one Redis server;
 * - `redis+cluster://[user:password@]host:port[,host:port…]`: a Redis Cluster, reached through any
 *   of the listed nodes (the client learns the rest from the cluster itself); `rediss+cluster://`
 *   talks TLS to every node.
 *
 * One string, so the gateway hands it unchanged to its worker processes and to `lgsp-sim worker`.
 */
export type RedisTarget =
  { kind: 'server'; url: string } | { kind: 'cluster'; nodes: { host: string; port: number }[]; username?: string; password?: string; tls: boolean };

const SERVER_SCHEMES = ['redis:', 'rediss:'];
const CLUSTER_SCHEMES = ['redis+cluster:', 'rediss+cluster:'];
const SCHEMES = 'redis:, rediss:, redis+cluster: or rediss+cluster:';

/** A connection string that is not one of the forms above; the message completes "REDIS_URL …". */
export class RedisUrlError extends Error {}

/** Reads a connection string (see the module comment), or throws a RedisUrlError saying what is wrong. */
export function parseRedisUrl(raw: string): RedisTarget {
  const scheme = /^[a-z+]+:/i.exec(raw)?.[0].toLowerCase();
  if (scheme && CLUSTER_SCHEMES.includes(scheme)) return parseCluster(raw, scheme);
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new RedisUrlError(`must be a URL, got "${raw}"`);
  }
  if (!SERVER_SCHEMES.includes(parsed.protocol)) throw new RedisUrlError(`must start with ${SCHEMES}, got "${raw}"`);
  return { kind: 'server', url: raw };
}

function parseCluster(raw: string, scheme: string): RedisTarget {
  const rest = raw.slice(scheme.length).replace(/^\/\//, '').replace(/\/$/, '');
  const at = rest.lastIndexOf('@');
  const userinfo = at < 0 ? '' : rest.slice(0, at + 1);
  const list = at < 0 ? rest : rest.slice(at + 1);
  const hosts = list.split(',').map((h) => h.trim());
  if (list === '' || hosts.some((h) => h === '')) throw new RedisUrlError(`must list the cluster's nodes as host:port,host:port, got "${raw}"`);
  // Each node is read as a redis:// URL of its own, so user, password and IPv6 hosts decode as usual.
  const urls = hosts.map((host) => {
    try {
      return new URL(`redis://${userinfo}${host}`);
    } catch {
      throw new RedisUrlError(`has a node that is not host:port ("${host}") in "${raw}"`);
    }
  });
  const first = urls[0];
  return {
    kind: 'cluster',
    nodes: urls.map((u) => ({ host: u.hostname.replace(/^\[|\]$/g, ''), port: Number(u.port || 6379) })),
    ...(first.username ? { username: decodeURIComponent(first.username) } : {}),
    ...(first.password ? { password: decodeURIComponent(first.password) } : {}),
    tls: scheme === 'rediss+cluster:',
  };
}
