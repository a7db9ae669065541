import { type Request, type Response, Router } from 'express';
import { NotFoundError, ValidationError } from '../../core/errors';
import type { QueueAdmin } from '../../core/ports';
import { requireAdmin } from '../auth/admin';
import type { AuthFailureGuard } from '../auth/auth-failures';

export interface DeadLetterRouteDeps {
  queueAdmin: QueueAdmin;
  /** Known service codes, to tell a typo from an empty list. */
  services(): string[];
  adminTokens: { adminToken: string; adminReadonlyToken?: string };
  authFailures?: AuthFailureGuard;
}

const MAX_LIMIT = 1000;

function invalid(path: string, message: string): ValidationError {
  return new ValidationError(message, [{ path, message }]);
}

/**
 * Refuses a query parameter the route does not take: a misspelt `?servce=diag` read as "no service"
 * would list, or redrive, the dead letters of every backend.
 */
function onlyParameters(req: Request, names: readonly string[]): void {
  const unknown = Object.keys(req.query).filter((name) => !names.includes(name));
  if (unknown.length === 0) return;
  const taken = names.length > 0 ? `it takes ${names.join(', ')}` : 'it takes none';
  const violations = unknown.map((name) => ({ path: `query.${name}`, message: `query.${name} is not a known parameter; ${taken}` }));
  throw new ValidationError(violations.map((v) => v.message).join('; '), violations);
}

function serviceOf(req: Request, services: string[]): string | undefined {
  const raw = req.query.service;
  if (raw === undefined || raw === '') return undefined;
  if (typeof raw !== 'string' || !services.includes(raw)) {
    throw invalid('query.service', `query.service must be one of ${services.join(', ')}, got "${String(raw)}"`);
  }
  return raw;
}

function limitOf(req: Request): number {
  const raw = req.query.limit;
  if (raw === undefined || raw === '') return 100;
  if (typeof raw !== 'string' || !/^\d+$/.test(raw) || Number(raw) < 1 || Number(raw) > MAX_LIMIT) {
    throw invalid('query.limit', `query.limit must be a whole number from 1 to ${MAX_LIMIT}, got "${String(raw)}"`);
  }
  return Number(raw);
}

/**
 * The dead-letter API: list (`GET /api/v1/admin/dead-letters?service=&limit=`), redrive one
 * (`POST …/{messageId}/redrive`) or all of a service (`POST …/redrive?service=`). Reads accept the
 * read-only admin token; redrives need the full one.
 */
export function deadLetterRouter(deps: DeadLetterRouteDeps): Router {
  const router = Router();
  router.use('/api/v1/admin/dead-letters', requireAdmin(deps.adminTokens, deps.authFailures));

  router.get('/api/v1/admin/dead-letters', async (req: Request, res: Response) => {
    onlyParameters(req, ['service', 'limit']);
    const service = serviceOf(req, deps.services());
    const items = await deps.queueAdmin.deadLetters({ ...(service ? { service } : {}), limit: limitOf(req) });
    res.json({ count: items.length, items });
  });

  router.post('/api/v1/admin/dead-letters/redrive', async (req: Request, res: Response) => {
    onlyParameters(req, ['service']);
    const service = serviceOf(req, deps.services());
    const { redriven, expired } = await deps.queueAdmin.redriveAll(service ? { service } : {});
    res.json({ redriven, expired, ...(service ? { service } : {}) });
  });

  router.post('/api/v1/admin/dead-letters/:messageId/redrive', async (req: Request, res: Response) => {
    onlyParameters(req, ['from']);
    const messageId = String(req.params.messageId);
    // `?from=<agency>` redrives only that sender's letter when several agencies used the id.
    const from = typeof req.query.from === 'string' && req.query.from.length > 0 ? req.query.from : undefined;
    const outcome = await deps.queueAdmin.redrive(messageId, from);
    if (outcome === 'absent') throw new NotFoundError(`No dead letter ${messageId}; GET /api/v1/admin/dead-letters lists them`);
    if (outcome === 'expired') {
      throw new NotFoundError(
        `Message ${messageId} can no longer be redriven: its record has expired (MESSAGE_TTL_SECONDS), so its dead letter was dropped`,
      );
    }
    const statusUrl = `/api/v1/messages/${encodeURIComponent(messageId)}`;
    res.status(202).json({ messageId, status: 'queued', statusUrl });
  });

  return router;
}
