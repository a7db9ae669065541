/**
 * Configuration, read once from defaults, the environment and CLI options (in that order of
 * precedence, later wins) and validated at start. A bad value stops the process with one line.
 */
import { isAgencyCode } from '../core/ids/agency-code';
import { ConfigError, integer, type AdapterSettings, type SettingsSource } from '../core/settings';
import { parseRedisUrl, RedisUrlError } from './redis-url';

// The parsing helpers backends use too live in core, beside the settings type they receive.
export { ConfigError, integer };

/** Every setting; the part backends read (devClient, devPaygov, env) is declared by AdapterSettings. */
export interface Config extends AdapterSettings {
  /** HTTP port of the gateway. Default 8080 (`PORT`); 0 picks a free one. */
  port: number;
  /** Interface the gateway listens on. Default 127.0.0.1, this machine only (`HOST`; the Docker image sets 0.0.0.0). */
  host: string;
  /** Base URL printed and used in links (payment pages). Default http://localhost:<port> (`PUBLIC_BASE_URL`). */
  publicBaseUrl?: string;
  /**
   * Redis URL (`REDIS_URL`): `redis://host:port`, or `redis+cluster://host:port,host:port` for a Redis
   * Cluster (src/config/redis-url.ts); unset: 127.0.0.1:6379 if it answers, else a private redis-server.
   */
  redisUrl?: string;
  /**
   * How long the gateway waits for Redis to answer one command before it gives up and answers 503
   * (`REDIS_COMMAND_TIMEOUT_MS`, default 5000): a Redis that stalls (paused, swapping, stuck on a
   * slow command) costs a request this long at most, never a hang. A new message's record is stored
   * only while the request still waits for it, so a 503 for it is true however late Redis resumes.
   * Queue workers wait as long as it takes: no client waits on them.
   */
  redisCommandTimeoutMs: number;
  /** Prefix of every Redis key and BullMQ queue, used as a Cluster hash tag: `lgsp` → `{lgsp}:…`. Default `lgsp` (`REDIS_PREFIX`). */
  redisPrefix: string;
  /** Admin credential (`ADMIN_TOKEN`, default `dev-admin`) and read-only one (`ADMIN_READONLY_TOKEN`). */
  adminToken: string;
  adminReadonlyToken?: string;
  /** Lifetime of access tokens in seconds. Default 3600 (`TOKEN_TTL_SECONDS`). */
  tokenTtlSeconds: number;
  /** Largest request body accepted, in bytes. Default 1 MiB (`BODY_LIMIT_BYTES`). */
  bodyLimitBytes: number;
  /** How long message records, and so idempotency keys, are kept. Default 7 days (`MESSAGE_TTL_SECONDS`). */
  messageTtlSeconds: number;
  /** Hosts callbacks may go to; `loopback` = localhost. Default `loopback` (`CALLBACK_ALLOWED_HOSTS`, comma-separated). */
  callbackAllowedHosts: string[];
  /** Longest `Prefer: wait` honoured, in seconds. Default 60 (`MAX_WAIT_SECONDS`). */
  maxWaitSeconds: number;
  /** Seed of generated data and ids; unset: random ids, dataset seed 1 (`SIM_SEED`). */
  simSeed?: number;
  /** `debug`, `info`, `warn` or `error`. Default info (`LOG_LEVEL`). */
  logLevel: 'debug' | 'info' | 'warn' | 'error';
  /** `json` or `pretty`; default pretty on a terminal, json otherwise (`LOG_FORMAT`). */
  logFormat: 'json' | 'pretty';
  /** Run queue workers in this process (`serve --with-workers`, `npm start`). */
  withWorkers: boolean;
  /** Fault-scenario file loaded at start (`--scenarios FILE`, `SCENARIOS_FILE`). */
  scenariosFile?: string;
  /** Bounded journal size. Default 10000 (`JOURNAL_MAX_ENTRIES`). */
  journalMaxEntries: number;
  /** Requests per second each client may make, shared by every gateway. Default 0 = no limit (`RATE_LIMIT_PER_SECOND`). */
  rateLimitPerSecond: number;
  /** Extra requests a client may make above that rate per 10-second window. Default 0 (`RATE_LIMIT_BURST`). */
  rateLimitBurst: number;
  /** Failed authentications allowed per client id and per source address in a window, on /token, admin bearer tokens and the admin login; past it, 429. Default 20; 0 = no limit (`AUTH_FAILURE_LIMIT`). */
  authFailureLimit: number;
  /** Length of that window in seconds; a blocked caller waits for its end. Default 60 (`AUTH_FAILURE_WINDOW_SECONDS`). */
  authFailureWindowSeconds: number;
  /** How long `POST /sim/reset` waits for a reset already running (any process) before answering 409. Default 30 (`SIM_RESET_WAIT_SECONDS`). */
  simResetWaitSeconds: number;
}

type Env = SettingsSource;

export function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!(allowed as readonly string[]).includes(raw)) throw new ConfigError(`${name} must be one of ${allowed.join(', ')}, got "${raw}"`);
  return raw as T;
}

function url(env: Env, name: string, protocols: readonly string[]): string | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError(`${name} must be a URL, got "${raw}"`);
  }
  if (!protocols.includes(parsed.protocol)) throw new ConfigError(`${name} must start with ${protocols.join(' or ')}, got "${raw}"`);
  return raw;
}

function redisUrl(env: Env, name: string): string | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  try {
    parseRedisUrl(raw);
  } catch (error) {
    if (error instanceof RedisUrlError) throw new ConfigError(`${name} ${error.message}`);
    throw error;
  }
  return raw;
}

function text(env: Env, name: string, fallback: string): string {
  const raw = env[name];
  if (raw === undefined) return fallback;
  if (raw.trim() === '') throw new ConfigError(`${name} must not be empty`);
  return raw;
}

/** Builds the config from the environment, then applies `overrides` (CLI options, tests). */
export function loadConfig(env: Env = process.env, overrides: Partial<Config> = {}): Config {
  const agency = text(env, 'DEV_CLIENT_AGENCY', '000.00.00.H30');
  if (!isAgencyCode(agency)) {
    throw new ConfigError(`DEV_CLIENT_AGENCY must be an agency code like 000.00.00.H30 (level 1 is H or G and two digits), got "${agency}"`);
  }
  const seed = env.SIM_SEED === undefined || env.SIM_SEED === '' ? undefined : integer(env, 'SIM_SEED', 0, 0, 2 ** 31 - 1);
  const config: Config = {
    port: integer(env, 'PORT', 8080, 0, 65535),
    host: text(env, 'HOST', '127.0.0.1'),
    publicBaseUrl: url(env, 'PUBLIC_BASE_URL', ['http:', 'https:']),
    redisUrl: redisUrl(env, 'REDIS_URL'),
    redisPrefix: text(env, 'REDIS_PREFIX', 'lgsp'),
    redisCommandTimeoutMs: integer(env, 'REDIS_COMMAND_TIMEOUT_MS', 5000, 100, 600_000),
    devClient: {
      id: text(env, 'DEV_CLIENT_ID', 'dev-client'),
      secret: text(env, 'DEV_CLIENT_SECRET', 'dev-secret'),
      agency,
    },
    devPaygov: {
      partner: text(env, 'DEV_PAYGOV_PARTNER', 'dev-partner'),
      secret: text(env, 'DEV_PAYGOV_SECRET', 'dev-paygov-secret'),
      ipnUrl: url(env, 'DEV_PAYGOV_IPN_URL', ['http:', 'https:']),
    },
    adminToken: text(env, 'ADMIN_TOKEN', 'dev-admin'),
    adminReadonlyToken: env.ADMIN_READONLY_TOKEN ? env.ADMIN_READONLY_TOKEN : undefined,
    tokenTtlSeconds: integer(env, 'TOKEN_TTL_SECONDS', 3600, 1, 30 * 86400),
    bodyLimitBytes: integer(env, 'BODY_LIMIT_BYTES', 1024 * 1024, 1024, 100 * 1024 * 1024),
    messageTtlSeconds: integer(env, 'MESSAGE_TTL_SECONDS', 7 * 86400, 60, 365 * 86400),
    callbackAllowedHosts: (env.CALLBACK_ALLOWED_HOSTS ?? 'loopback')
      .split(',')
      .map((h) => h.trim())
      .filter(Boolean),
    maxWaitSeconds: integer(env, 'MAX_WAIT_SECONDS', 60, 1, 3600),
    simSeed: seed,
    logLevel: oneOf(env, 'LOG_LEVEL', ['debug', 'info', 'warn', 'error'] as const, 'info'),
    logFormat: oneOf(env, 'LOG_FORMAT', ['json', 'pretty'] as const, process.stdout.isTTY ? 'pretty' : 'json'),
    withWorkers: false,
    scenariosFile: env.SCENARIOS_FILE || undefined,
    journalMaxEntries: integer(env, 'JOURNAL_MAX_ENTRIES', 10000, 10, 1_000_000),
    rateLimitPerSecond: integer(env, 'RATE_LIMIT_PER_SECOND', 0, 0, 1_000_000),
    rateLimitBurst: integer(env, 'RATE_LIMIT_BURST', 0, 0, 1_000_000),
    authFailureLimit: integer(env, 'AUTH_FAILURE_LIMIT', 20, 0, 1_000_000),
    authFailureWindowSeconds: integer(env, 'AUTH_FAILURE_WINDOW_SECONDS', 60, 1, 86_400),
    simResetWaitSeconds: integer(env, 'SIM_RESET_WAIT_SECONDS', 30, 0, 600),
    env: { ...env },
  };
  if (config.callbackAllowedHosts.length === 0) throw new ConfigError('CALLBACK_ALLOWED_HOSTS must name at least one host');
  if (config.rateLimitBurst > 0 && config.rateLimitPerSecond === 0) {
    throw new ConfigError('RATE_LIMIT_BURST needs RATE_LIMIT_PER_SECOND: a burst above no limit means nothing');
  }
  return { ...config, ...overrides };
}

export function publicBaseUrl(config: Config, boundPort: number): string {
  return config.publicBaseUrl ?? `http://localhost:${boundPort}`;
}
