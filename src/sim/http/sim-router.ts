import { type NextFunction, type Request, type Response, Router } from 'express';
import { requireAdmin } from '../../http/auth/admin';
import type { AuthFailureGuard } from '../../http/auth/auth-failures';
import { jsonBody } from '../../http/json-body';

/**
 * Mounts the /sim control routes behind the admin credential (reads accept the read-only token),
 * with JSON bodies. A POST without a body is read as `{}` so `POST /sim/reset` needs nothing else.
 */
export function simRouter(
  deps: { adminToken: string; adminReadonlyToken?: string; bodyLimitBytes: number; authFailures?: AuthFailureGuard },
  routers: readonly Router[],
): Router {
  const router = Router();
  const guard = requireAdmin(
    { adminToken: deps.adminToken, ...(deps.adminReadonlyToken ? { adminReadonlyToken: deps.adminReadonlyToken } : {}) },
    deps.authFailures,
    // Verifying the journal changes nothing: a CI job holding only the read-only token may check.
    (req) => req.method === 'POST' && req.path === '/journal/verify',
  );
  const json = jsonBody(deps.bodyLimitBytes);
  router.use('/sim', guard, (req: Request, res: Response, next: NextFunction) => {
    const hasBody = Number(req.get('content-length') ?? 0) > 0 || req.get('transfer-encoding') !== undefined;
    if (req.method === 'GET' || req.method === 'DELETE' || !hasBody) {
      req.body = {};
      return next();
    }
    json(req, res, next);
  });
  for (const child of routers) router.use(child);
  return router;
}
