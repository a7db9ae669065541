import type Redis from 'ioredis';
import { Counter, type Registry } from 'prom-client';
import type { Logger } from '../../core/logger';
import { retryAfterSeconds } from '../rate-limit';
import { RedisKeys } from '../../store/keys';

/** Where a secret is checked: the OAuth token endpoint, an admin bearer token, the admin login form. */
export type AuthSurface = 'token' | 'admin-bearer' | 'admin-login';

/** Who tried: the source address, and the client id when the surface has one (`/token`). */
export interface AuthAttempt {
  surface: AuthSurface;
  ip: string | undefined;
  clientId?: string;
}

/**
 * Counts failed authentications per client id and per source address, in Redis so every gateway
 * shares the count. Past `limit` failures in a window the caller is blocked until the window ends,
 * whatever it sends, the right secret included; a successful authentication counts nothing.
 */
export interface AuthFailureGuard {
  readonly enabled: boolean;
  /** Whole seconds until the attempt may be made again, when one of its keys is blocked; else undefined. */
  blocked(attempt: AuthAttempt): Promise<number | undefined>;
  /** Records a failed authentication. */
  failed(attempt: AuthAttempt): Promise<void>;
}

export interface AuthFailureGuardOptions {
  redis: Redis;
  /** The app's key prefix; counts live under `<prefix>:authfail:<surface>:<ip|client>:<value>`. */
  prefix: string;
  /** Failures allowed per key and window; 0 turns the guard off. */
  limit: number;
  windowSeconds: number;
  /** Where `lgsp_auth_failures_total` and `lgsp_auth_blocked_total` are registered (the /metrics registry). */
  registry: Registry;
  logger: Logger;
}

const keysOf = (attempt: AuthAttempt): string[] => [
  `${attempt.surface}:ip:${attempt.ip ?? 'unknown'}`,
  ...(attempt.clientId !== undefined ? [`${attempt.surface}:client:${attempt.clientId.slice(0, 200)}`] : []),
];

/**
 * Builds the guard. When Redis does not answer it lets the attempt through (fails open, with a
 * warning), as the request rate limit does: the secret is still checked, and the answer is never a 500.
 */
export function createAuthFailureGuard(options: AuthFailureGuardOptions): AuthFailureGuard {
  const failures = new Counter({
    name: 'lgsp_auth_failures_total',
    help: 'Failed authentications (wrong client secret, admin token or login), by surface',
    labelNames: ['surface'] as const,
    registers: [options.registry],
  });
  const blockedTotal = new Counter({
    name: 'lgsp_auth_blocked_total',
    help: 'Authentication attempts refused with 429 because of earlier failures, by surface',
    labelNames: ['surface'] as const,
    registers: [options.registry],
  });
  if (options.limit <= 0) {
    return { enabled: false, blocked: async () => undefined, failed: async (attempt) => void failures.inc({ surface: attempt.surface }) };
  }
  // Loaded on the first authentication, not at start (the request rate limit does the same).
  let loaded: import('rate-limiter-flexible').RateLimiterRedis | undefined;
  const limiterOf = (): import('rate-limiter-flexible').RateLimiterRedis => {
    const { RateLimiterRedis } = require('rate-limiter-flexible') as typeof import('rate-limiter-flexible'); // eslint-disable-line @typescript-eslint/no-require-imports
    loaded ??= new RateLimiterRedis({
      storeClient: options.redis,
      keyPrefix: new RedisKeys(options.prefix).authFailures(),
      points: options.limit,
      duration: options.windowSeconds,
    });
    return loaded;
  };

  return {
    enabled: true,
    blocked: async (attempt) => {
      try {
        const limiter = limiterOf();
        const states = await Promise.all(keysOf(attempt).map((key) => limiter.get(key)));
        const waits = states.filter((s) => s !== null && s.consumedPoints >= options.limit).map((s) => retryAfterSeconds(s?.msBeforeNext ?? 0));
        if (waits.length === 0) return undefined;
        blockedTotal.inc({ surface: attempt.surface });
        return Math.max(...waits);
      } catch (error) {
        options.logger.warn('auth failure limiter unavailable, letting the attempt through', { err: error, surface: attempt.surface });
        return undefined;
      }
    },
    failed: async (attempt) => {
      failures.inc({ surface: attempt.surface });
      try {
        const limiter = limiterOf();
        await Promise.all(keysOf(attempt).map((key) => limiter.penalty(key, 1)));
      } catch (error) {
        options.logger.warn('auth failure limiter unavailable, failure not counted', { err: error, surface: attempt.surface });
      }
    },
  };
}

/** What a surface says when it refuses a blocked caller. */
export function blockedMessage(seconds: number): string {
  return `Too many failed authentications from this client or address; try again in ${seconds} s`;
}
