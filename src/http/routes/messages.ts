import type { NextFunction, Request, Response } from 'express';
import { InjectedFaultError, NotFoundError, TransportFaultError } from '../../core/errors';
import { isTerminal, type MessageRecord } from '../../core/message';
import type { Pipeline, SubmitResult } from '../../core/pipeline';
import type { MessageStore, TokenStore } from '../../core/ports';
import { setAnswerHeader } from '../answer-headers';
import { authenticate } from '../auth/bearer';
import { jsonBody, preferredWait } from '../json-body';
import type { DirectRoute } from '../create-http-app';
import type { ClientRateLimit } from '../rate-limit';
import { sendJson } from '../send-json';

/** Fields of a record users never see; `channel` is shown last. */
const NOT_SHOWN = new Set<string>(['fingerprint', 'clientId', 'service', 'channel', 'body', 'delivery', 'jobId', 'pending']);

/** The record as users see it: no internal fields (fingerprint, client id), in the record's order, the channel last. */
export function publicRecord(record: MessageRecord): Record<string, unknown> {
  const shown: Record<string, unknown> = {};
  // for…in over a plain record: no [key, value] pair allocated per field, as Object.entries does.
  for (const key in record) if (!NOT_SHOWN.has(key)) shown[key] = record[key as keyof MessageRecord];
  shown.channel = record.channel;
  return shown;
}

function statusUrl(messageId: string): string {
  return `/api/v1/messages/${encodeURIComponent(messageId)}`;
}

function answer(res: Response, result: SubmitResult): void {
  const { record } = result;
  setAnswerHeader(res, 'location', statusUrl(record.messageId));
  if (result.kind === 'replayed') setAnswerHeader(res, 'idempotent-replayed', 'true');
  const finished = result.kind === 'finished' || (result.kind === 'replayed' && isTerminal(record.status));
  if (finished) return sendJson(res, 200, publicRecord(record));
  sendJson(res, 202, { messageId: record.messageId, status: record.status, statusUrl: statusUrl(record.messageId) });
}

/**
 * `POST /api/v1/messages` and `GET /api/v1/messages/{messageId}`: the hot paths, as routes the
 * application matches itself (no router of their own).
 */
export function messageRoutes(deps: {
  pipeline: Pipeline;
  tokens: TokenStore;
  store: MessageStore;
  bodyLimitBytes: number;
  maxWaitSeconds: number;
  /** Checked after authentication and before the body is read, so a refused request stores nothing. */
  rateLimit?: ClientRateLimit;
}): DirectRoute[] {
  const parseBody = jsonBody(deps.bodyLimitBytes);
  /** Sets req.body; rejects with the parser's refusal (which the error handler answers). */
  const readBody = (req: Request, res: Response): Promise<void> =>
    new Promise((resolve, reject) =>
      parseBody(req, res, (error?: unknown) => (error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve())),
    );

  const submit = async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    const principal = await authenticate(req, deps.tokens);
    await deps.rateLimit?.consume(principal);
    await readBody(req, res);
    const message = deps.pipeline.parseEnvelope(req.body);
    const wait = preferredWait(req, deps.maxWaitSeconds);
    const result = await deps.pipeline.submit(principal, message, {
      channel: 'unified',
      mode: wait === undefined ? 'async' : 'sync',
      ...(wait !== undefined ? { waitMs: wait * 1000 } : {}),
    });
    // A fault scenario's error or transport fault is the HTTP answer itself, not a failed record.
    if (result.kind === 'finished' && (result.error instanceof InjectedFaultError || result.error instanceof TransportFaultError)) {
      return next(result.error);
    }
    if (wait !== undefined) setAnswerHeader(res, 'preference-applied', `wait=${wait}`);
    answer(res, result);
  };

  const read = async (req: Request, res: Response): Promise<void> => {
    const principal = await authenticate(req, deps.tokens);
    await deps.rateLimit?.consume(principal);
    const messageId = String(req.params.messageId);
    // A messageId belongs to its sender: only the caller's own record, and no hint of anyone else's.
    const record = await deps.store.get({ from: principal.agency, messageId });
    if (!record) throw new NotFoundError(`No message ${messageId} from agency ${principal.agency}`);
    sendJson(res, 200, publicRecord(record));
  };

  return [
    { method: 'post', path: '/api/v1/messages', handler: submit },
    { method: 'get', path: '/api/v1/messages/:messageId', handler: read },
  ];
}
