import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import cookieParser from 'cookie-parser';
import { type Request, type RequestHandler, type Response, Router } from 'express';
import type Redis from 'ioredis';
import type { Config } from '../../config/config';
import type { Logger } from '../../core/logger';
import type { MessageStore, QueueAdmin, Telemetry } from '../../core/ports';
import type { AdapterRegistry } from '../../core/registry';
import type { RecoveryCounts } from '../../queue/recovery-ledger';
import { projectRoot } from '../../project-root';
import type { Registry } from 'prom-client';
import { adminAccess, type AdminIdentity } from '../auth/admin';
import type { AuthFailureGuard } from '../auth/auth-failures';
import { adminApiRouter } from './admin-api';
import { adminPageCsp } from './admin-html';
import { AdminMetrics } from './admin-metrics';
import { ADMIN_SESSION_TTL_SECONDS, AdminSessions } from './admin-sessions';
import { loginRouter } from './login-routes';
import { MinuteSeries } from './minute-series';
import { overviewPage } from './overview-page';
import { QUEUE_BOARD_PATH, queueBoard } from './queue-board';

export interface AdministrationDeps {
  config: Config;
  redis: Redis;
  store: MessageStore;
  registry: AdapterRegistry;
  queueAdmin: QueueAdmin;
  /** BullMQ queues for the queue board. */
  bullQueues: () => unknown[];
  /** What the recovery sweepers of all worker processes have done. */
  recovery: () => Promise<RecoveryCounts>;
  logger: Logger;
  /** Counts wrong admin tokens and logins (429 past the limit). */
  authFailures?: AuthFailureGuard;
}

/** Administration: the overview page, the queue board, metrics and the admin JSON API. */
export interface Administration {
  telemetry: Telemetry;
  /** Times every HTTP request for /metrics; mounted before every router. */
  requestTimer: RequestHandler;
  /** The /metrics registry, for counters kept elsewhere (failed authentications). */
  metricsRegistry: Registry;
  routes(deps: AdministrationDeps): Router;
}

const LOGIN_PATH = '/admin/login';

/** The page's script and stylesheet, read once; they are served from memory with no external origin. */
function loadAssets(): Map<string, { type: string; body: string }> {
  const dir = join(projectRoot(), 'src', 'http', 'admin', 'assets');
  return new Map([
    ['overview.js', { type: 'text/javascript; charset=utf-8', body: readFileSync(join(dir, 'overview.js'), 'utf8') }],
    ['admin.css', { type: 'text/css; charset=utf-8', body: readFileSync(join(dir, 'admin.css'), 'utf8') }],
  ]);
}

/**
 * Builds the administration side. Telemetry exists from the start (the executor and the workers
 * report to it); the routes are built once the queues exist.
 */
export function createAdministration(base: { redis: Redis; redisPrefix: string }): Administration {
  const series = new MinuteSeries(base.redis, base.redisPrefix);
  const metrics = new AdminMetrics(series);

  return {
    telemetry: metrics,
    requestTimer: metrics.httpTimer(),
    metricsRegistry: metrics.registry,
    routes(deps: AdministrationDeps): Router {
      metrics.readQueuesFrom(() => deps.queueAdmin.summaries());
      metrics.readRecoveryFrom(deps.recovery);
      const sessions = new AdminSessions(deps.redis, deps.config.redisPrefix);
      const tokens = {
        adminToken: deps.config.adminToken,
        ...(deps.config.adminReadonlyToken ? { adminReadonlyToken: deps.config.adminReadonlyToken } : {}),
      };
      const cookies = cookieParser();
      const failures = deps.authFailures ? { failures: deps.authFailures } : {};
      const guard = adminAccess({ tokens, sessions, loginPath: LOGIN_PATH, ...failures });
      const boardGuard = adminAccess({ tokens, sessions, loginPath: LOGIN_PATH, csrf: 'same-origin', ...failures });
      const assets = loadAssets();
      const router = Router();

      // Open, as Prometheus scrapes it: counts and timings only, no message content (ADR 0005).
      router.get('/metrics', async (_req: Request, res: Response) => {
        const { contentType, body } = await metrics.text();
        res.set('content-type', contentType).set('cache-control', 'no-store').send(body);
      });

      router.get('/admin/assets/:file', (req: Request, res: Response, next) => {
        const asset = assets.get(String(req.params.file));
        if (!asset) return next();
        res.set('content-type', asset.type).set('cache-control', 'no-cache').send(asset.body);
      });

      router.use(['/admin', '/api/v1/admin'], cookies);
      router.use(
        loginRouter({
          tokens,
          sessions,
          sessionTtlSeconds: ADMIN_SESSION_TTL_SECONDS,
          ...(deps.authFailures ? { authFailures: deps.authFailures } : {}),
        }),
      );

      router.get('/admin', guard, adminPageCsp(), (_req: Request, res: Response) => {
        res
          .set('cache-control', 'no-store')
          .type('html')
          .send(overviewPage(res.locals.admin as AdminIdentity));
      });

      router.use(QUEUE_BOARD_PATH, boardGuard, queueBoard(deps.bullQueues));
      router.use(
        adminApiRouter({ queueAdmin: deps.queueAdmin, store: deps.store, series, redis: deps.redis, recovery: deps.recovery, guard: [guard] }),
      );
      return router;
    },
  };
}
