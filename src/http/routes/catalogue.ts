import { type Request, type Response, Router } from 'express';
import { NotFoundError } from '../../core/errors';
import type { AdapterRegistry } from '../../core/registry';
import type { SchemaRegistry } from '../../core/schema-registry';

/** `GET /api/v1/services` (what each backend offers) and `GET /api/v1/schemas/{messageType}`. */
export function catalogueRouter(deps: { registry: AdapterRegistry; schemas: SchemaRegistry }): Router {
  const router = Router();

  router.get('/api/v1/services', (_req: Request, res: Response) => {
    const services = deps.registry.adapters().map(({ manifest }) => ({
      service: manifest.service,
      name: manifest.name,
      description: manifest.description,
      messageTypes: manifest.operations.map((op) => {
        const messageType = `${manifest.service}.${op.operation}`;
        return {
          messageType,
          summary: op.summary,
          schema: `/api/v1/schemas/${messageType}`,
          ...(op.responseSchema ? { responseSchema: `/api/v1/schemas/${messageType}?kind=response` } : {}),
        };
      }),
      nativePaths: manifest.native.flatMap((route) =>
        route.paths.map((path) => ({ method: route.method, path, messageType: `${manifest.service}.${route.operation}` })),
      ),
    }));
    res.json({ services });
  });

  router.get('/api/v1/schemas/:messageType', (req: Request, res: Response) => {
    const messageType = String(req.params.messageType);
    const resolved = deps.registry.resolve(messageType);
    if (!resolved) throw new NotFoundError(`Unknown messageType "${messageType}"; GET /api/v1/services lists the known ones`);
    const wantResponse = req.query.kind === 'response';
    const id = wantResponse ? resolved.spec.responseSchema : resolved.spec.requestSchema;
    const schema = id ? deps.schemas.get(id) : undefined;
    if (!schema) throw new NotFoundError(`${messageType} documents no ${wantResponse ? 'response' : 'request'} schema`);
    res.type('application/schema+json').send(JSON.stringify(schema, null, 2));
  });

  return router;
}
