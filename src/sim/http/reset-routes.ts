import { type Request, type Response, Router } from 'express';
import { BadRequestError } from '../../core/errors';
import type { SimulationReset } from '../simulation-reset';
import { refuseAny, unknownFields } from './known-fields';

/**
 * `POST /sim/reset` (everything) or with `{"service": "dkdn"}` / `?service=dkdn` (one backend). A body
 * that is not an object, or a member or parameter other than `service` (a typo such as `servce`), is
 * refused: read as "no service", it would have reset every backend.
 */
export function resetRoutes(reset: SimulationReset): Router {
  const router = Router();
  router.post('/sim/reset', async (req: Request, res: Response) => {
    const body: unknown = req.body;
    if (body !== undefined && (body === null || typeof body !== 'object' || Array.isArray(body)))
      throw new BadRequestError('Send {} to reset everything, or {"service": "dkdn"} for one backend');
    refuseAny([...unknownFields(body ?? {}, ['service']), ...unknownFields(req.query, ['service'])]);
    const fromBody = (body as { service?: unknown } | undefined)?.service;
    const service = fromBody ?? req.query.service;
    if (service !== undefined && (typeof service !== 'string' || service === ''))
      throw new BadRequestError('service must be a service code, e.g. dkdn');
    res.json(await reset.reset(service));
  });
  return router;
}
