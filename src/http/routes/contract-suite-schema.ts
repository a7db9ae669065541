import { Router, type Request, type Response } from 'express';
import { suiteSchema } from '../../contract/suite-file';

/**
 * `GET /api/v1/schemas/contract-suite`: the JSON Schema of `lgsp-sim test` suites, for editors
 * (`# yaml-language-server: $schema=http://localhost:8080/api/v1/schemas/contract-suite`).
 */
export function contractSuiteSchemaRouter(): Router {
  const router = Router();
  const text = JSON.stringify(suiteSchema(), null, 2);
  router.get('/api/v1/schemas/contract-suite', (_req: Request, res: Response) => {
    res.type('application/schema+json').send(text);
  });
  return router;
}
