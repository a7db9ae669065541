import { type Request, type Response, Router } from 'express';
import type { OpenApiDocument } from '../../openapi/openapi-types';

/**
 * `GET /api/v1/openapi.json`, without authentication. The document is built once at start (a broken
 * contribution stops the start rather than the first request) and served as the same bytes each time.
 * Any origin may read it, so editors and Swagger UI elsewhere can load it.
 */
export function openApiRouter(document: OpenApiDocument): Router {
  const router = Router();
  const text = JSON.stringify(document);
  router.get('/api/v1/openapi.json', (_req: Request, res: Response) => {
    res.set('access-control-allow-origin', '*').type('application/json').send(text);
  });
  return router;
}
