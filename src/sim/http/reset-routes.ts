import { type Request, type Response, Router } from 'express';
import { BadRequestError } from '../../core/errors';
import type { SimulationReset } from '../simulation-reset';

/** `POST /sim/reset` (everything) or with `{"service": "dkdn"}` / `?service=dkdn` (one backend). */
export function resetRoutes(reset: SimulationReset): Router {
  const router = Router();
  router.post('/sim/reset', async (req: Request, res: Response) => {
    const fromBody = (req.body as { service?: unknown } | undefined)?.service;
    const service = fromBody ?? req.query.service;
    if (service !== undefined && (typeof service !== 'string' || service === ''))
      throw new BadRequestError('service must be a service code, e.g. dkdn');
    res.json(await reset.reset(service));
  });
  return router;
}
