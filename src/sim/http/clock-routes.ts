import { type Request, type Response, Router } from 'express';
import { BadRequestError, ValidationError } from '../../core/errors';
import type { ClockAdvancer } from '../clock-advancer';
import { parseDuration } from '../duration';
import type { RedisClock } from '../redis-clock';

function field(req: Request, name: string): unknown {
  const body = req.body as Record<string, unknown> | undefined;
  return body && typeof body === 'object' ? body[name] : undefined;
}

function instant(value: unknown, name: string, required: boolean): number | undefined {
  if (value === undefined && !required) return undefined;
  const ms = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value) ? Date.parse(value) : NaN;
  if (Number.isNaN(ms)) throw new ValidationError(`${name} must be a date and time in ISO 8601`, [{ path: name, message: `${name} must be a date and time in ISO 8601, e.g. 2026-03-01T08:00:00+07:00` }]);
  return ms;
}

/**
 * `/sim/clock`: GET reads it; POST `/freeze {at?}`, `/real`, `/resume`, `/set {at}` and
 * `/advance {by: "2h" | ms}` change it. Advancing and setting forward run the timers that fall due
 * on the way, in time order, before answering.
 */
export function clockRoutes(clock: RedisClock, advancer: ClockAdvancer): Router {
  const router = Router();

  router.get('/sim/clock', (_req: Request, res: Response) => {
    res.json(clock.view());
  });

  router.post('/sim/clock/freeze', async (req: Request, res: Response) => {
    await clock.freeze(instant(field(req, 'at'), 'at', false));
    res.json(clock.view());
  });

  router.post('/sim/clock/real', async (_req: Request, res: Response) => {
    await clock.real();
    res.json(clock.view());
  });

  router.post('/sim/clock/resume', async (_req: Request, res: Response) => {
    await clock.resume();
    res.json(clock.view());
  });

  router.post('/sim/clock/set', async (req: Request, res: Response) => {
    const at = instant(field(req, 'at'), 'at', true) as number;
    // Forward runs what falls due on the way; backward only moves the clock (nothing un-happens).
    let ran = 0;
    if (at > clock.nowMs()) ran = (await advancer.runUntil(at)).ran;
    else await clock.set(at);
    res.json({ ...clock.view(), timersRun: ran });
  });

  router.post('/sim/clock/advance', async (req: Request, res: Response) => {
    const by = field(req, 'by');
    if (typeof by !== 'string' && typeof by !== 'number') throw new BadRequestError('Send {"by": "2h"} (or 30m, 90s, 1h30m, or milliseconds)');
    let ms: number;
    try {
      ms = parseDuration(by);
    } catch (error) {
      throw new ValidationError((error as Error).message, [{ path: 'by', message: `by: ${(error as Error).message}` }]);
    }
    const { ran } = await advancer.advance(ms);
    res.json({ ...clock.view(), timersRun: ran });
  });

  return router;
}
