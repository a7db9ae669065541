import { type Request, type Response, Router } from 'express';
import { BadRequestError } from '../../core/errors';
import type { ScenarioService } from '../scenario-service';
import { refuseAny, unknownFields } from './known-fields';

/**
 * `/sim/scenarios`: POST one rule (201 with it) or `{rules: [...]}` (201 with all, validated as one
 * batch); GET lists them with `hits` and `remaining`; GET/DELETE `/sim/scenarios/{id}`; DELETE all.
 */
export function scenarioRoutes(scenarios: ScenarioService): Router {
  const router = Router();

  router.post('/sim/scenarios', async (req: Request, res: Response) => {
    const body = req.body as unknown;
    if (body === null || typeof body !== 'object' || Array.isArray(body))
      throw new BadRequestError('Send one rule as a JSON object, or {"rules": [...]}');
    const batch = (body as { rules?: unknown }).rules;
    if (batch !== undefined) {
      if (!Array.isArray(batch) || batch.length === 0) throw new BadRequestError('rules must be a non-empty list of rules');
      // A rule's members beside `rules` (`{"rules": [...], "count": 1}`) would be dropped unseen.
      refuseAny(unknownFields(body, ['rules']));
      res.status(201).json({ rules: await scenarios.add(batch, (i) => `rules[${i}]`) });
      return;
    }
    const [created] = await scenarios.add([body], () => '');
    res
      .status(201)
      .location(`/sim/scenarios/${encodeURIComponent(created.id)}`)
      .json(created);
  });

  router.get('/sim/scenarios', async (_req: Request, res: Response) => {
    res.json({ rules: await scenarios.list() });
  });

  router.get('/sim/scenarios/:id', async (req: Request, res: Response) => {
    res.json(await scenarios.get(String(req.params.id)));
  });

  router.delete('/sim/scenarios/:id', async (req: Request, res: Response) => {
    await scenarios.remove(String(req.params.id));
    res.status(204).end();
  });

  router.delete('/sim/scenarios', async (_req: Request, res: Response) => {
    await scenarios.removeAll();
    res.status(204).end();
  });

  return router;
}
