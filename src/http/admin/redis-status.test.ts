import { parseInfo } from './redis-status';

describe('parseInfo', () => {
  it('reads the fields of every section and skips headers and blank lines', () => {
    const info =
      '# Server\r\nredis_version:7.0.15\r\nuptime_in_seconds:42\r\n\r\n# Memory\r\nused_memory:1048576\r\nused_memory_human:1.00M\r\nmaxmemory:0\r\n';
    expect(parseInfo(info)).toEqual({
      redis_version: '7.0.15',
      uptime_in_seconds: '42',
      used_memory: '1048576',
      used_memory_human: '1.00M',
      maxmemory: '0',
    });
  });

  it('keeps colons inside values', () => {
    expect(parseInfo('executable:/usr/bin/redis-server\nconfig_file:C:\\redis.conf')).toEqual({
      executable: '/usr/bin/redis-server',
      config_file: 'C:\\redis.conf',
    });
  });
});
