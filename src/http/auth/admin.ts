import { timingSafeEqual } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import { ForbiddenError, TooManyRequestsError, UnauthorizedError } from '../../core/errors';
import { type AuthFailureGuard, blockedMessage } from './auth-failures';
import { bearerToken } from './bearer';

export type AdminRole = 'admin' | 'readonly';

/** Name of the admin page's login cookie (a session id, never the token). */
export const ADMIN_COOKIE = 'lgsp_admin_session';
/** Header a cookie-authenticated page must send on every change, holding its session's CSRF token. */
export const CSRF_HEADER = 'x-csrf-token';

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Which admin role a credential carries, if any. */
export function adminRoleOf(credential: string | undefined, tokens: { adminToken: string; adminReadonlyToken?: string }): AdminRole | undefined {
  if (!credential) return undefined;
  if (same(credential, tokens.adminToken)) return 'admin';
  if (tokens.adminReadonlyToken && same(credential, tokens.adminReadonlyToken)) return 'readonly';
  return undefined;
}

/**
 * The login cookie's value, when it is one: cookie-parser turns a value written `j:{…}` into the
 * parsed JSON (an object, an array, null), which no session id is, so it counts as no cookie.
 */
export function adminSessionCookie(req: Request): string | undefined {
  const value: unknown = (req as Request & { cookies?: Record<string, unknown> }).cookies?.[ADMIN_COOKIE];
  return typeof value === 'string' ? value : undefined;
}

function isRead(req: Request): boolean {
  return req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS';
}

/**
 * The role of a bearer token presented to an admin route, counting a wrong one against the caller's
 * address; throws 429 while the address is blocked by earlier failures (the right token included).
 */
async function checkedBearer(
  req: Request,
  bearer: string,
  tokens: { adminToken: string; adminReadonlyToken?: string },
  failures?: AuthFailureGuard,
): Promise<AdminRole | undefined> {
  const attempt = { surface: 'admin-bearer' as const, ip: req.ip };
  const wait = await failures?.blocked(attempt);
  if (wait !== undefined) throw new TooManyRequestsError(blockedMessage(wait), wait);
  const role = adminRoleOf(bearer, tokens);
  if (!role) await failures?.failed(attempt);
  return role;
}

/**
 * Guards admin and simulation-control routes with the admin bearer token. Reads (GET, HEAD) accept
 * either credential; anything else needs the full admin token, and the read-only one gets 403.
 * Wrong tokens count against the caller's address in `failures` (429 past its limit).
 */
export function requireAdmin(
  tokens: { adminToken: string; adminReadonlyToken?: string },
  failures?: AuthFailureGuard,
  /** A POST that only reads (a query with a body), which the read-only credential may make too. */
  readsToo: (req: Request) => boolean = () => false,
) {
  return async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    try {
      const bearer = bearerToken(req);
      const role = bearer === undefined ? undefined : await checkedBearer(req, bearer, tokens, failures);
      if (!role) return next(new UnauthorizedError('This route needs the admin credential: Authorization: Bearer <ADMIN_TOKEN>', 'missing'));
      res.locals.adminRole = role;
      if (role === 'readonly' && !isRead(req) && !readsToo(req)) {
        return next(new ForbiddenError('The read-only admin credential cannot change anything'));
      }
      next();
    } catch (error) {
      next(error);
    }
  };
}

/** What the admin page's login session gives the guard. */
export interface AdminSessionLookup {
  resolve(sessionId: string | undefined): Promise<{ role: AdminRole; csrfToken: string } | undefined>;
}

/** Who is calling an admin route, kept in `res.locals.admin`. */
export interface AdminIdentity {
  role: AdminRole;
  via: 'bearer' | 'cookie';
  /** The session's CSRF token (cookie logins only), for the page to embed. */
  csrfToken?: string;
}

export interface AdminAccessOptions {
  tokens: { adminToken: string; adminReadonlyToken?: string };
  sessions: AdminSessionLookup;
  /** Browsers asking for HTML without a credential are sent here; API clients get 401. */
  loginPath: string;
  /**
   * How a cookie-authenticated change proves it comes from our own page: `header` (default) wants
   * the session's token in `X-CSRF-Token`; `same-origin` accepts the browser's own statement
   * (`Sec-Fetch-Site: same-origin`, or an `Origin` equal to the host), for the queue board, whose
   * script we do not write. The SameSite=Strict cookie is a second line behind both.
   */
  csrf?: 'header' | 'same-origin';
  /** Counts wrong bearer tokens per address; past its limit, 429. */
  failures?: AuthFailureGuard;
}

function sameOrigin(req: Request): boolean {
  const site = req.get('sec-fetch-site');
  if (site) return site === 'same-origin';
  const origin = req.get('origin');
  if (!origin) return false;
  try {
    return new URL(origin).host === req.get('host');
  } catch {
    return false;
  }
}

/**
 * The admin guard with the page's login: the admin credential as a bearer token, or the session
 * cookie set by the login form. The read-only credential may read everything and change nothing
 * (403); a change made with the cookie must also pass the CSRF check (403).
 */
export function adminAccess(options: AdminAccessOptions) {
  const csrf = options.csrf ?? 'header';
  return async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    try {
      const bearer = bearerToken(req);
      let identity: AdminIdentity | undefined;
      if (bearer !== undefined) {
        const role = await checkedBearer(req, bearer, options.tokens, options.failures);
        if (!role)
          return next(new UnauthorizedError('The bearer token is not an admin credential: send Authorization: Bearer <ADMIN_TOKEN>', 'invalid'));
        identity = { role, via: 'bearer' };
      } else {
        const session = await options.sessions.resolve(adminSessionCookie(req));
        if (session) identity = { role: session.role, via: 'cookie', csrfToken: session.csrfToken };
      }
      if (!identity) {
        if (isRead(req) && req.accepts(['json', 'html']) === 'html') {
          res.redirect(303, `${options.loginPath}?next=${encodeURIComponent(req.originalUrl)}`);
          return;
        }
        return next(
          new UnauthorizedError(
            `This route needs the admin credential: Authorization: Bearer <ADMIN_TOKEN>, or log in at ${options.loginPath}`,
            'missing',
          ),
        );
      }
      res.locals.adminRole = identity.role;
      res.locals.admin = identity;
      if (isRead(req)) return next();
      if (identity.role === 'readonly') return next(new ForbiddenError('The read-only admin credential cannot change anything'));
      if (identity.via === 'cookie') {
        const passed = csrf === 'header' ? same(req.get(CSRF_HEADER) ?? '', identity.csrfToken ?? '') : sameOrigin(req);
        if (!passed) {
          return next(
            new ForbiddenError(
              csrf === 'header'
                ? `A change made with the login cookie needs the page's CSRF token in ${CSRF_HEADER}`
                : 'A change made with the login cookie must come from this site',
            ),
          );
        }
      }
      next();
    } catch (error) {
      next(error);
    }
  };
}
