import { randomUUID } from 'node:crypto';
import type Redis from 'ioredis';
import type { IssuedToken, Principal, TokenStore } from '../core/ports';
import type { RedisKeys } from './keys';

/**
 * How long a process may answer a token from memory. Tokens cannot be revoked (they only expire),
 * so the one thing the cache can get wrong is a token deleted from Redis behind its back (a wipe of
 * the prefix): it then keeps working in a gateway that saw it for at most this long. A cached token
 * never outlives its own expiry.
 */
export const TOKEN_CACHE_MS = 5000;
/** Distinct tokens remembered per process; the oldest are forgotten first. */
const TOKEN_CACHE_SIZE = 10_000;

/**
 * Opaque tokens kept in Redis with a TTL, so every gateway process accepts every token. A token is
 * read from Redis once per TOKEN_CACHE_MS per process (with its remaining lifetime), not once per
 * request; an unknown token is never cached.
 */
export class RedisTokenStore implements TokenStore {
  private readonly cache = new Map<string, { principal: Principal; until: number }>();

  constructor(
    private readonly redis: Redis,
    private readonly keys: RedisKeys,
    private readonly now: () => number = Date.now,
  ) {}

  async issue(principal: Principal, ttlSeconds: number): Promise<IssuedToken> {
    const accessToken = randomUUID();
    const scope = principal.services === '*' ? 'am_application_scope default' : principal.services.join(' ');
    const value: Principal = { clientId: principal.clientId, agency: principal.agency, services: principal.services };
    await this.redis.set(this.keys.token(accessToken), JSON.stringify(value), 'EX', ttlSeconds);
    return { accessToken, expiresIn: ttlSeconds, scope };
  }

  async resolve(accessToken: string): Promise<Principal | undefined> {
    const now = this.now();
    const cached = this.cache.get(accessToken);
    if (cached && cached.until > now) return cached.principal;
    if (cached) this.cache.delete(accessToken);
    const key = this.keys.token(accessToken);
    const [raw, ttlMs] = await Promise.all([this.redis.get(key), this.redis.pttl(key)]);
    if (!raw) return undefined;
    const principal = JSON.parse(raw) as Principal;
    if (ttlMs > 0) this.remember(accessToken, principal, now + Math.min(TOKEN_CACHE_MS, ttlMs));
    return principal;
  }

  private remember(accessToken: string, principal: Principal, until: number): void {
    if (this.cache.size >= TOKEN_CACHE_SIZE) {
      const oldest = this.cache.keys().next();
      if (!oldest.done) this.cache.delete(oldest.value);
    }
    this.cache.set(accessToken, { principal, until });
  }
}
