import { type Request, type Response, Router } from 'express';

/**
 * `GET /api/v1/asyncapi.json`, without authentication: what the platform sends on its own (AsyncAPI
 * 3.0), built once at start and served as the same bytes each time.
 */
export function asyncApiRouter(document: Record<string, unknown>): Router {
  const router = Router();
  const text = JSON.stringify(document);
  router.get('/api/v1/asyncapi.json', (_req: Request, res: Response) => {
    res.set('access-control-allow-origin', '*').type('application/json').send(text);
  });
  return router;
}
