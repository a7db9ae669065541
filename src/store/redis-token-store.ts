import { randomUUID } from 'node:crypto';
import type Redis from 'ioredis';
import type { Logger } from '../core/logger';
import type { IssuedToken, Principal, TokenStore } from '../core/ports';
import type { RedisKeys } from './keys';
import { closeRedis, whenReady } from './redis-client';

/**
 * How long a process may answer a token from memory without reading Redis. Freshness does not hang
 * on it: the step that stores a message checks the token still stands (see `Principal.token`), and a
 * revocation is announced to every process, which forgets the token at once. What is left to it is a
 * token deleted behind the store's back (a wipe of the prefix) on the routes that store nothing (a
 * status look-up): known there for at most this long. A cached token never outlives its own expiry.
 */
export const TOKEN_CACHE_MS = 5000;
/** Distinct tokens remembered per process; the oldest are forgotten first. */
const TOKEN_CACHE_SIZE = 10_000;

/**
 * Opaque tokens kept in Redis with a TTL, so every gateway process accepts every token. A token is
 * read from Redis once per TOKEN_CACHE_MS per process (with its remaining lifetime), not once per
 * request; an unknown token is never cached. The principal it answers carries the token, so the
 * message store can check, in the record's own step, that the token was not revoked, wiped or
 * expired since: a message is refused on the next request in every process, at no extra round trip.
 */
export class RedisTokenStore implements TokenStore {
  private readonly cache = new Map<string, { principal: Principal; until: number }>();
  private subscriber: Redis | undefined;

  constructor(
    private readonly redis: Redis,
    private readonly keys: RedisKeys,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * Listens for revocations made through any process. While the subscription is down an
   * announcement may be missed, so every (re)subscription forgets every cached token.
   */
  async start(logger: Logger): Promise<void> {
    const subscriber = this.redis.duplicate();
    subscriber.on('error', (err: Error) => logger.debug('token revocation channel error', { err: err.message }));
    subscriber.on('message', (_channel: string, accessToken: string) => this.cache.delete(accessToken));
    subscriber.on('ready', () => this.cache.clear());
    this.subscriber = subscriber;
    await whenReady(subscriber);
    await subscriber.subscribe(this.keys.tokenRevocations());
    this.cache.clear();
  }

  async close(): Promise<void> {
    await closeRedis(this.subscriber);
    this.subscriber = undefined;
  }

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
    const principal: Principal = { ...(JSON.parse(raw) as Principal), token: accessToken };
    if (ttlMs > 0) this.remember(accessToken, principal, now + Math.min(TOKEN_CACHE_MS, ttlMs));
    return principal;
  }

  async revoke(accessToken: string, clientId: string): Promise<boolean> {
    const key = this.keys.token(accessToken);
    const raw = await this.redis.get(key);
    if (!raw || (JSON.parse(raw) as Principal).clientId !== clientId) return false;
    this.cache.delete(accessToken);
    await this.redis.multi().del(key).publish(this.keys.tokenRevocations(), accessToken).exec();
    return true;
  }

  private remember(accessToken: string, principal: Principal, until: number): void {
    if (this.cache.size >= TOKEN_CACHE_SIZE) {
      const oldest = this.cache.keys().next();
      if (!oldest.done) this.cache.delete(oldest.value);
    }
    this.cache.set(accessToken, { principal, until });
  }
}
