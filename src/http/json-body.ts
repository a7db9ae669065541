import express, { type NextFunction, type Request, type Response } from 'express';
import { BadRequestError, UnsupportedMediaTypeError } from '../core/errors';
import { withShapeCheck } from './body-shape';

/** An error shaped as body-parser's, so error-handler.ts answers it the same way (413 / 400). */
function bodyError(status: number, type: string, message: string, extra: Record<string, unknown> = {}): Error {
  return Object.assign(new Error(message), { status, statusCode: status, expose: true, type, ...extra });
}

/**
 * Reads a plain UTF-8 JSON body (no Content-Encoding, no other charset) without body-parser's
 * layers (type checks, stream decoders, inflation): the chunks, one JSON.parse. As body-parser:
 * over `limit` bytes (declared or read) → 413 `entity.too.large`; not JSON, or JSON that is not
 * an object or array → 400 `entity.parse.failed`; an empty body is `{}`; an aborted one 400.
 */
function leanJson(limit: number) {
  return (req: Request, _res: Response, next: NextFunction): void => {
    const declared = req.headers['content-length'] === undefined ? undefined : Number(req.headers['content-length']);
    if (declared !== undefined && declared > limit)
      return next(bodyError(413, 'entity.too.large', 'request entity too large', { limit, length: declared }));
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    // The listeners stay on once the body is read or refused (taking them off costs more than a
    // request lives): `done` makes them inert, and a refused body's rest goes by unread.
    const finish = (error?: Error): void => {
      if (done) return;
      done = true;
      if (error) req.resume(); // let the rest of the body go by; the error answers the request
      next(error);
    };
    const onData = (chunk: Buffer): void => {
      if (done) return;
      size += chunk.length;
      if (size > limit) finish(bodyError(413, 'entity.too.large', 'request entity too large', { limit, length: size }));
      else chunks.push(chunk);
    };
    const onEnd = (): void => {
      if (done) return;
      const text = (chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, size)).toString('utf8');
      const first = /\S/.exec(text)?.[0];
      if (first === undefined) {
        req.body = {};
        return finish();
      }
      if (first !== '{' && first !== '[')
        return finish(bodyError(400, 'entity.parse.failed', `Unexpected token '${first}': only an object or an array is accepted`, { body: text }));
      try {
        req.body = JSON.parse(text) as unknown;
      } catch (error) {
        return finish(bodyError(400, 'entity.parse.failed', (error as Error).message, { body: text }));
      }
      finish();
    };
    const onError = (error: Error): void => finish(bodyError(400, 'request.aborted', error.message));
    const onClose = (): void => {
      if (!req.complete) finish(bodyError(400, 'request.aborted', 'request aborted'));
    };
    req.on('data', onData).on('end', onEnd).on('error', onError).on('close', onClose);
  };
}

/** True when the body is plain UTF-8: no Content-Encoding and no charset other than UTF-8. */
function plainUtf8(req: Request): boolean {
  const encoding = req.headers['content-encoding'];
  if (encoding !== undefined && encoding.trim().toLowerCase() !== 'identity') return false;
  const charset = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(req.headers['content-type'] ?? '')?.[1];
  return charset === undefined || charset.toLowerCase() === 'utf-8';
}

/**
 * Accepts only `application/json` (or `+json`) bodies, up to `limit` bytes; anything else is 415.
 * A plain UTF-8 body (nearly all) takes the lean reader; one with a Content-Encoding or another
 * charset goes through express.json, which inflates, decodes or refuses it.
 */
export function jsonBody(limit: number) {
  const parse = withShapeCheck(express.json({ limit, type: ['application/json', 'application/*+json'] }));
  const lean = withShapeCheck(leanJson(limit));
  return (req: Request, res: Response, next: NextFunction): void => {
    // The usual request says exactly `application/json` and has a body: no media-type parsing.
    const usual = req.headers['content-type'] === 'application/json' && hasBody(req);
    if (!usual && !req.is(['application/json', 'application/*+json'])) {
      const given = req.get('content-type');
      return next(
        given
          ? new UnsupportedMediaTypeError(`Content-Type ${given} is not accepted here; send application/json`)
          : new BadRequestError('The request has no body; send a JSON document with Content-Type: application/json'),
      );
    }
    (plainUtf8(req) ? lean : parse)(req, res, next);
  };
}

/** Whether the request has a body at all, as type-is (req.is) decides it. */
function hasBody(req: Request): boolean {
  return req.headers['transfer-encoding'] !== undefined || !isNaN(Number(req.headers['content-length']));
}

/** Reads `Prefer: wait=N` (RFC 7240); returns seconds, capped at `max`, or undefined. */
export function preferredWait(req: Request, max: number): number | undefined {
  const header = req.get('prefer');
  if (!header) return undefined;
  for (const part of header.split(/[,;]/)) {
    const match = /^\s*wait\s*=\s*"?(\d+(?:\.\d+)?)"?\s*$/i.exec(part);
    if (match) return Math.min(Number(match[1]), max);
  }
  return undefined;
}
