import type Redis from 'ioredis';
import { TooManyRequestsError } from '../core/errors';
import type { Logger } from '../core/logger';
import type { Principal } from '../core/ports';
import { RedisKeys } from '../store/keys';

/** Window of the burst budget, in seconds: `RATE_LIMIT_BURST` extra requests per window (a fixed window opened by the first extra request). */
export const BURST_WINDOW_SECONDS = 10;

/**
 * A per-client request budget, checked after authentication on the unified API and the native
 * paths. `consume` resolves when the request may go on and throws TooManyRequestsError otherwise.
 */
export interface ClientRateLimit {
  readonly enabled: boolean;
  consume(principal: Principal): Promise<void>;
}

export interface ClientRateLimitOptions {
  /** The app's connection: the budget lives in Redis, so every gateway process shares it. */
  redis: Redis;
  /** The app's key prefix; budgets live under `<prefix>:ratelimit:<clientId>`. */
  prefix: string;
  /** Requests per second per client; 0 turns the limit off. */
  perSecond: number;
  /** Extra requests allowed above the rate per window of BURST_WINDOW_SECONDS; 0 for none. */
  burst: number;
  logger: Logger;
}

const unlimited: ClientRateLimit = { enabled: false, consume: async () => undefined };

/** Whole seconds to wait, at least 1 (Retry-After cannot say "now"). */
export function retryAfterSeconds(msBeforeNext: number): number {
  return Math.max(1, Math.ceil(msBeforeNext / 1000));
}

/**
 * Builds the limiter from config. When Redis does not answer the limiter lets the request through
 * (fails open): the limit protects the simulator from a runaway client, not the other way round, and
 * the request itself then gets the pipeline's own 503 if it needs Redis.
 */
export function createClientRateLimit(options: ClientRateLimitOptions): ClientRateLimit {
  if (options.perSecond <= 0) return unlimited;
  // Loaded only when a limit is set (off by default): a process without one saves its memory.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { BurstyRateLimiter, RateLimiterRedis, RateLimiterRes } = require('rate-limiter-flexible') as typeof import('rate-limiter-flexible');
  const keyPrefix = new RedisKeys(options.prefix).rateLimit();
  const perSecond = new RateLimiterRedis({ storeClient: options.redis, keyPrefix, points: options.perSecond, duration: 1 });
  const limiter =
    options.burst > 0
      ? new BurstyRateLimiter(
          perSecond,
          new RateLimiterRedis({
            storeClient: options.redis,
            keyPrefix: `${keyPrefix}:burst`,
            points: options.burst,
            duration: BURST_WINDOW_SECONDS,
          }),
        )
      : perSecond;

  return {
    enabled: true,
    consume: async (principal) => {
      try {
        await limiter.consume(principal.clientId);
      } catch (outcome) {
        if (outcome instanceof RateLimiterRes) {
          const wait = retryAfterSeconds(outcome.msBeforeNext);
          throw new TooManyRequestsError(
            `Client ${principal.clientId} is over its limit of ${options.perSecond} request${options.perSecond === 1 ? '' : 's'} per second` +
              `${options.burst > 0 ? ` (plus ${options.burst} per ${BURST_WINDOW_SECONDS} s)` : ''}; retry in ${wait} s. Nothing was stored.`,
            wait,
          );
        }
        options.logger.warn('rate limiter unavailable, letting the request through', { err: outcome, clientId: principal.clientId });
      }
    },
  };
}
