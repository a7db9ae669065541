import { type Request, type Response, Router } from 'express';

export interface Readiness {
  ready: boolean;
  /** `ok`, or what is wrong. */
  checks: Record<string, string>;
}

/** `/livez`: the process answers. `/readyz`: Redis answers, workers run (when expected), not stopping. */
export function healthRouter(readiness: () => Promise<Readiness>): Router {
  const router = Router();
  router.get('/livez', (_req: Request, res: Response) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req: Request, res: Response) => {
    const result = await readiness();
    res.status(result.ready ? 200 : 503).json({ status: result.ready ? 'ready' : 'not ready', checks: result.checks });
  });
  return router;
}
