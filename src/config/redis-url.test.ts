import { parseRedisUrl } from './redis-url';

describe('parseRedisUrl', () => {
  it('keeps a redis:// or rediss:// URL as one server', () => {
    expect(parseRedisUrl('redis://127.0.0.1:6379')).toEqual({ kind: 'server', url: 'redis://127.0.0.1:6379' });
    expect(parseRedisUrl('rediss://:pw@cache.example:6380/2')).toEqual({ kind: 'server', url: 'rediss://:pw@cache.example:6380/2' });
  });

  it('reads redis+cluster:// as the nodes of a cluster, with the credentials for every node', () => {
    expect(parseRedisUrl('redis+cluster://app:p%40ss@10.0.0.1:7000,10.0.0.2:7001,[::1]:7002/')).toEqual({
      kind: 'cluster',
      nodes: [
        { host: '10.0.0.1', port: 7000 },
        { host: '10.0.0.2', port: 7001 },
        { host: '::1', port: 7002 },
      ],
      username: 'app',
      password: 'p@ss',
      tls: false,
    });
    expect(parseRedisUrl('rediss+cluster://node-a')).toEqual({ kind: 'cluster', nodes: [{ host: 'node-a', port: 6379 }], tls: true });
  });

  it.each([
    ['http://x', 'must start with redis:, rediss:, redis+cluster: or rediss+cluster:, got "http://x"'],
    ['not a url', 'must be a URL, got "not a url"'],
    ['redis+cluster://a:7000,,b:7001', 'must list the cluster\'s nodes as host:port,host:port, got "redis+cluster://a:7000,,b:7001"'],
    ['redis+cluster://a:port', 'has a node that is not host:port ("a:port") in "redis+cluster://a:port"'],
  ])('refuses %s', (raw, message) => {
    expect(() => parseRedisUrl(raw)).toThrow(message);
  });
});
