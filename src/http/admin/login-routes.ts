import express, { type Request, type Response, Router } from 'express';
import { ADMIN_COOKIE, adminRoleOf, adminSessionCookie } from '../auth/admin';
import { escapeHtml } from '../../core/escape-html';
import { adminPage, adminPageCsp } from './admin-html';
import type { AdminSessions } from './admin-sessions';
import { type AuthFailureGuard, blockedMessage } from '../auth/auth-failures';

export interface LoginDeps {
  tokens: { adminToken: string; adminReadonlyToken?: string };
  sessions: AdminSessions;
  sessionTtlSeconds: number;
  /** Counts wrong tokens per address; past its limit the form answers 429. */
  authFailures?: AuthFailureGuard;
}

/** Where to go after logging in: only a path of the admin area, never another site. */
export function safeNext(next: unknown): string {
  if (typeof next !== 'string') return '/admin';
  if (!/^\/admin(?:[/?#]|$)/.test(next) || next.startsWith('/admin/login')) return '/admin';
  return next;
}

function loginForm(next: string, error?: string): string {
  return adminPage({
    title: 'Log in',
    body: `    <main class="login">
      <h1>lgsp-sim administration</h1>
      <form method="post" action="/admin/login">
        <label for="token">Admin token</label>
        <input id="token" name="token" type="password" autocomplete="current-password" autofocus required>
        <input type="hidden" name="next" value="${escapeHtml(next)}">
        ${error ? `<p class="error" role="alert">${escapeHtml(error)}</p>` : ''}
        <button type="submit">Log in</button>
        <p class="hint">ADMIN_TOKEN (default <code>dev-admin</code>) acts; ADMIN_READONLY_TOKEN can only look.</p>
      </form>
    </main>`,
  });
}

/**
 * The login form of the admin page. A correct token starts a session whose id goes into an
 * HttpOnly, SameSite=Strict cookie; the token itself is not kept anywhere.
 */
export function loginRouter(deps: LoginDeps): Router {
  const router = Router();
  const csp = adminPageCsp();
  const form = express.urlencoded({ extended: false, limit: '4kb' });

  router.get('/admin/login', csp, (req: Request, res: Response) => {
    res
      .set('cache-control', 'no-store')
      .type('html')
      .send(loginForm(safeNext(req.query.next)));
  });

  router.post('/admin/login', csp, form, async (req: Request, res: Response) => {
    const body = (req.body ?? {}) as { token?: unknown; next?: unknown };
    const next = safeNext(body.next);
    const token = typeof body.token === 'string' ? body.token.trim() : '';
    if (!token) {
      res.status(400).type('html').send(loginForm(next, 'Enter the admin token.'));
      return;
    }
    const attempt = { surface: 'admin-login' as const, ip: req.ip };
    const wait = await deps.authFailures?.blocked(attempt);
    if (wait !== undefined) {
      res
        .status(429)
        .set('retry-after', String(wait))
        .type('html')
        .send(loginForm(next, `${blockedMessage(wait)}.`));
      return;
    }
    const role = adminRoleOf(token, deps.tokens);
    if (!role) {
      await deps.authFailures?.failed(attempt);
      res.status(401).type('html').send(loginForm(next, 'That token is not an admin credential.'));
      return;
    }
    const { sessionId } = await deps.sessions.create(role);
    res.cookie(ADMIN_COOKIE, sessionId, {
      httpOnly: true,
      sameSite: 'strict',
      secure: req.secure,
      path: '/',
      maxAge: deps.sessionTtlSeconds * 1000,
    });
    res.redirect(303, next);
  });

  router.post('/admin/logout', async (req: Request, res: Response) => {
    await deps.sessions.destroy(adminSessionCookie(req));
    res.clearCookie(ADMIN_COOKIE, { path: '/', httpOnly: true, sameSite: 'strict' });
    res.redirect(303, '/admin/login');
  });

  return router;
}
