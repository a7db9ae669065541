import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('has the documented defaults', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 8080,
      host: '127.0.0.1',
      devClient: { id: 'dev-client', secret: 'dev-secret', agency: '000.00.00.H30' },
      devPaygov: { partner: 'dev-partner', secret: 'dev-paygov-secret' },
      adminToken: 'dev-admin',
      callbackAllowedHosts: ['loopback'],
      tokenTtlSeconds: 3600,
      journalMaxEntries: 10000,
      rateLimitPerSecond: 0,
      rateLimitBurst: 0,
    });
  });

  it('reads the environment, and overrides win', () => {
    const config = loadConfig({ PORT: '9000', CALLBACK_ALLOWED_HOSTS: 'loopback, *.gov.vn', SIM_SEED: '42' }, { port: 0 });
    expect(config.port).toBe(0);
    expect(config.callbackAllowedHosts).toEqual(['loopback', '*.gov.vn']);
    expect(config.simSeed).toBe(42);
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT must be a whole number, got "eighty"'],
    [{ PORT: '70000' }, 'PORT must be between 0 and 65535, got 70000'],
    [{ REDIS_URL: 'http://x' }, 'REDIS_URL must start with redis:, rediss:, redis+cluster: or rediss+cluster:, got "http://x"'],
    [{ REDIS_URL: 'redis+cluster://' }, 'REDIS_URL must list the cluster\'s nodes as host:port,host:port, got "redis+cluster://"'],
    [{ REDIS_COMMAND_TIMEOUT_MS: '0' }, 'REDIS_COMMAND_TIMEOUT_MS must be between 100 and 600000, got 0'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL must be one of debug, info, warn, error, got "loud"'],
    [{ DEV_CLIENT_AGENCY: 'H30' }, 'DEV_CLIENT_AGENCY must be an agency code like 000.00.00.H30 (level 1 is H or G and two digits), got "H30"'],
    [
      { DEV_CLIENT_AGENCY: '000.00.00.X30' },
      'DEV_CLIENT_AGENCY must be an agency code like 000.00.00.H30 (level 1 is H or G and two digits), got "000.00.00.X30"',
    ],
    [{ ADMIN_TOKEN: ' ' }, 'ADMIN_TOKEN must not be empty'],
    [{ RATE_LIMIT_PER_SECOND: '-1' }, 'RATE_LIMIT_PER_SECOND must be between 0 and 1000000, got -1'],
    [{ RATE_LIMIT_PER_SECOND: '2.5' }, 'RATE_LIMIT_PER_SECOND must be a whole number, got "2.5"'],
    [{ RATE_LIMIT_BURST: '5' }, 'RATE_LIMIT_BURST needs RATE_LIMIT_PER_SECOND: a burst above no limit means nothing'],
  ])('stops with one line naming the variable for %j', (env, message) => {
    expect(() => loadConfig(env)).toThrow(new ConfigError(message));
  });
});
