import express, { type Request, type RequestHandler, type Response, Router } from 'express';
import { BadRequestError, NotFoundError } from '../../core/errors';
import { refString, type MessageRecord } from '../../core/message';
import type { MessageStore, QueueAdmin, QueueSummary } from '../../core/ports';
import type { AdminIdentity } from '../auth/admin';
import { buildOverview } from './queue-overview';
import type { MinuteSeries } from './minute-series';
import type Redis from 'ioredis';
import type { RecoveryCounts } from '../../queue/recovery-ledger';

export interface AdminApiDeps {
  queueAdmin: QueueAdmin;
  store: MessageStore;
  series: MinuteSeries;
  redis: Redis;
  recovery: () => Promise<RecoveryCounts>;
  /** The admin guard, applied to every route here. */
  guard: RequestHandler[];
}

const MAX_QUERY_LENGTH = 200;

function newest(records: MessageRecord[]): MessageRecord | undefined {
  return [...records].sort((a, b) => b.receivedAt.localeCompare(a.receivedAt))[0];
}
/** Dead letters redriven by one click; the answer says how many are left. */
const REDRIVE_BATCH = 1000;

/** A message as the search lists it: enough to recognise it, the full record is one click away. */
function brief(record: MessageRecord): Record<string, unknown> {
  return {
    messageId: record.messageId,
    messageType: record.messageType,
    from: record.from,
    correlationId: record.correlationId,
    status: record.status,
    attempts: record.attempts,
    receivedAt: record.receivedAt,
    updatedAt: record.updatedAt,
  };
}

/**
 * The admin JSON API the overview page uses: summary, pause, resume, clean, redrive per queue, and
 * message search. Errors are problem+json; a read-only credential gets 403 on every change.
 */
export function adminApiRouter(deps: AdminApiDeps): Router {
  const router = Router();
  const base = '/api/v1/admin';
  router.use(base, ...deps.guard);

  async function findQueue(name: string): Promise<QueueSummary> {
    const found = (await deps.queueAdmin.summaries()).find((q) => q.name === name);
    if (!found) throw new NotFoundError(`No queue ${name}; GET ${base}/summary lists the queues`);
    return found;
  }

  router.get(`${base}/summary`, async (_req: Request, res: Response) => {
    const overview = await buildOverview({
      queueAdmin: deps.queueAdmin,
      series: deps.series,
      redis: deps.redis,
      recovery: deps.recovery,
      now: () => new Date(),
    });
    const identity = res.locals.admin as AdminIdentity;
    res.set('cache-control', 'no-store').json({ ...overview, role: identity.role });
  });

  router.post(`${base}/queues/:queue/pause`, async (req: Request, res: Response) => {
    const queue = await findQueue(String(req.params.queue));
    await deps.queueAdmin.pause(queue.name);
    res.json({ queue: queue.name, isPaused: true });
  });

  router.post(`${base}/queues/:queue/resume`, async (req: Request, res: Response) => {
    const queue = await findQueue(String(req.params.queue));
    await deps.queueAdmin.resume(queue.name);
    res.json({ queue: queue.name, isPaused: false });
  });

  router.post(`${base}/queues/:queue/clean`, express.json({ limit: '4kb' }), async (req: Request, res: Response) => {
    const queue = await findQueue(String(req.params.queue));
    const body: unknown = req.body;
    // A misspelt member (`stat`) or parameter must not fall back to cleaning the completed jobs.
    const unknown = [
      ...(body && typeof body === 'object' ? Object.keys(body) : []).map((name) => `body.${name}`),
      ...Object.keys(req.query).map((name) => `query.${name}`),
    ].filter((path) => path !== 'body.state' && path !== 'query.state');
    if (unknown.length > 0) {
      throw new BadRequestError(
        `${unknown.join(', ')}: clean takes only state ("completed" or "failed")`,
        unknown.map((path) => ({ path, message: 'is not a known field; the only one is state' })),
      );
    }
    const fromBody = body && typeof body === 'object' && 'state' in body ? body.state : undefined;
    const requested = fromBody !== undefined ? fromBody : (req.query.state ?? 'completed');
    if (requested !== 'completed' && requested !== 'failed') {
      throw new BadRequestError(`state must be "completed" or "failed", got ${JSON.stringify(requested)}`, [
        { path: 'state', message: 'must be "completed" or "failed"' },
      ]);
    }
    const removed = await deps.queueAdmin.clean(queue.name, requested);
    res.json({ queue: queue.name, state: requested, removed });
  });

  router.post(`${base}/queues/:queue/redrive`, async (req: Request, res: Response) => {
    const queue = await findQueue(String(req.params.queue));
    const dead = (await deps.queueAdmin.deadLetters({ service: queue.service, limit: REDRIVE_BATCH })).filter((d) => d.queue === queue.name);
    let redriven = 0;
    for (const letter of dead) if ((await deps.queueAdmin.redrive(letter.messageId, letter.from)) === 'redriven') redriven++;
    const remaining = (await findQueue(queue.name)).counts.dead;
    res.json({ queue: queue.name, redriven, remaining });
  });

  router.get(`${base}/messages`, async (req: Request, res: Response) => {
    const raw = req.query.q;
    const q = typeof raw === 'string' ? raw.trim() : '';
    if (q.length === 0 || q.length > MAX_QUERY_LENGTH) {
      throw new BadRequestError(`q must be a messageId, correlationId or sender agency code of 1 to ${MAX_QUERY_LENGTH} characters`, [
        { path: 'q', message: 'required, at most 200 characters' },
      ]);
    }
    // A messageId belongs to its sender; the admin sees every agency's record with that id.
    const [exact, byCorrelation, bySender] = await Promise.all([
      deps.store.findById(q),
      deps.store.search({ correlationId: q }),
      deps.store.search({ from: q }),
    ]);
    const results: (MessageRecord & { matchedBy: string })[] = [];
    const seen = new Set<string>();
    const add = (records: MessageRecord[], matchedBy: string): void => {
      for (const record of records) {
        const key = refString(record);
        if (seen.has(key)) continue;
        seen.add(key);
        results.push({ ...record, matchedBy });
      }
    };
    add(exact, 'messageId');
    add(byCorrelation, 'correlationId');
    add(bySender, 'from');
    res.set('cache-control', 'no-store').json({ q, results: results.map((r) => ({ ...brief(r), matchedBy: r.matchedBy })) });
  });

  // `?from=` names the sender when several agencies used the id; without it, the newest record.
  router.get(`${base}/messages/:messageId`, async (req: Request, res: Response) => {
    const messageId = String(req.params.messageId);
    const from = typeof req.query.from === 'string' && req.query.from.length > 0 ? req.query.from : undefined;
    const record = from !== undefined ? await deps.store.get({ from, messageId }) : newest(await deps.store.findById(messageId));
    if (!record) throw new NotFoundError(`No message ${messageId} (records are kept for MESSAGE_TTL_SECONDS)`);
    res.set('cache-control', 'no-store').json(record);
  });

  return router;
}
