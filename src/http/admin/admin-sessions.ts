import { createHash, randomBytes } from 'node:crypto';
import type Redis from 'ioredis';
import type { AdminRole } from '../auth/admin';
import { RedisKeys } from '../../store/keys';

/** A logged-in browser: its role and the CSRF token its page must echo on every change. */
export interface AdminSession {
  role: AdminRole;
  csrfToken: string;
}

/** Default lifetime of a login, in seconds (8 hours, a working day); each use extends it. */
export const ADMIN_SESSION_TTL_SECONDS = 8 * 3600;

/**
 * Login sessions of the admin page, kept in Redis so any gateway process accepts the cookie.
 * The cookie holds a random session id; Redis holds only its sha256, so a dump of Redis cannot be
 * replayed as a cookie, and the admin token itself never leaves the login request.
 */
export class AdminSessions {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    private readonly ttlSeconds = ADMIN_SESSION_TTL_SECONDS,
  ) {}

  /** Starts a session; returns the id for the cookie. */
  async create(role: AdminRole): Promise<{ sessionId: string; session: AdminSession }> {
    const sessionId = randomBytes(32).toString('base64url');
    const session: AdminSession = { role, csrfToken: randomBytes(32).toString('base64url') };
    await this.redis.set(this.key(sessionId), JSON.stringify(session), 'EX', this.ttlSeconds);
    return { sessionId, session };
  }

  /** The session behind a cookie value, extending its lifetime; undefined when unknown or expired. */
  async resolve(sessionId: string | undefined): Promise<AdminSession | undefined> {
    if (!sessionId || sessionId.length > 200) return undefined;
    const key = this.key(sessionId);
    const raw = await this.redis.getex(key, 'EX', this.ttlSeconds);
    if (!raw) return undefined;
    return JSON.parse(raw) as AdminSession;
  }

  async destroy(sessionId: string | undefined): Promise<void> {
    if (sessionId && sessionId.length <= 200) await this.redis.del(this.key(sessionId));
  }

  private key(sessionId: string): string {
    return new RedisKeys(this.prefix).adminSession(createHash('sha256').update(sessionId).digest('hex'));
  }
}
