import { type Request, type Response, Router } from 'express';
import { fromIsoDate } from '../../core/dates/wire-dates';
import { BadRequestError, ValidationError } from '../../core/errors';
import type { SimulationClock } from '../../core/ports';
import type { ClockAdvancer } from '../clock-advancer';
import { parseDuration } from '../duration';
import { refuseAny, unknownFields } from './known-fields';

/**
 * The body's members, refusing a body that is not an object and any member but `known`: a misspelt
 * `{"att": …}` read as no time would freeze the clock now instead of at the time meant.
 */
function fields(req: Request, known: readonly string[]): Record<string, unknown> {
  const body: unknown = req.body ?? {};
  if (body === null || typeof body !== 'object' || Array.isArray(body))
    throw new BadRequestError(`Send a JSON object${known.length > 0 ? ` with ${known.join(', ')}` : ''}`);
  refuseAny(unknownFields(body, known));
  return body as Record<string, unknown>;
}

/** The span the clock may show: four-digit years from the epoch on, as every wire format writes them. */
const EARLIEST = Date.UTC(1970, 0, 1);
const LATEST = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

function refuse(name: string, message: string): never {
  throw new ValidationError(message, [{ path: name, message }]);
}

/** Refuses a change that would put the clock outside EARLIEST..LATEST, before anything moves. */
function withinSpan(ms: number, name: string): number {
  if (!(ms >= EARLIEST && ms <= LATEST)) {
    const reads = Number.isFinite(ms) && Math.abs(ms) <= 8.64e15 ? new Date(ms).toISOString() : 'a time no date can hold';
    refuse(name, `${name}: the clock would read ${reads}; it stays between 1970-01-01 and 9999-12-31`);
  }
  return ms;
}

function instant(value: unknown, name: string, required: boolean): number | undefined {
  if (value === undefined && !required) return undefined;
  // Date.parse rolls 2026-02-30 over to 2 March; fromIsoDate refuses a day that does not exist.
  const ms = typeof value === 'string' && value[10] === 'T' && fromIsoDate(value.slice(0, 10)) ? Date.parse(value) : NaN;
  if (Number.isNaN(ms)) refuse(name, `${name} must be a date and time in ISO 8601 that exists, e.g. 2026-03-01T08:00:00+07:00`);
  return withinSpan(ms, name);
}

/**
 * `/sim/clock`: GET reads it; POST `/freeze {at?}`, `/real`, `/resume`, `/set {at}` and
 * `/advance {by: "2h" | ms}` change it. Advancing and setting forward run the timers that fall due
 * on the way, in time order, before answering.
 */
export function clockRoutes(clock: SimulationClock, advancer: ClockAdvancer): Router {
  const router = Router();

  router.get('/sim/clock', (_req: Request, res: Response) => {
    res.json(clock.view());
  });

  router.post('/sim/clock/freeze', async (req: Request, res: Response) => {
    await clock.freeze(instant(fields(req, ['at']).at, 'at', false));
    res.json(clock.view());
  });

  router.post('/sim/clock/real', async (req: Request, res: Response) => {
    fields(req, []);
    await clock.real();
    res.json(clock.view());
  });

  router.post('/sim/clock/resume', async (req: Request, res: Response) => {
    fields(req, []);
    await clock.resume();
    res.json(clock.view());
  });

  router.post('/sim/clock/set', async (req: Request, res: Response) => {
    const at = instant(fields(req, ['at']).at, 'at', true) as number;
    // Forward runs what falls due on the way; backward only moves the clock (nothing un-happens).
    let ran = 0;
    if (at > clock.nowMs()) ran = (await advancer.runUntil(at)).ran;
    else await clock.set(at);
    res.json({ ...clock.view(), timersRun: ran });
  });

  router.post('/sim/clock/advance', async (req: Request, res: Response) => {
    const { by } = fields(req, ['by']);
    if (typeof by !== 'string' && typeof by !== 'number') throw new BadRequestError('Send {"by": "2h"} (or 30m, 90s, 1h30m, or milliseconds)');
    let ms: number;
    try {
      ms = parseDuration(by);
    } catch (error) {
      throw new ValidationError((error as Error).message, [{ path: 'by', message: `by: ${(error as Error).message}` }]);
    }
    withinSpan(clock.nowMs() + ms, 'by');
    const { ran } = await advancer.advance(ms);
    res.json({ ...clock.view(), timersRun: ran });
  });

  return router;
}
