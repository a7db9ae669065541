import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import {
  BadRequestError,
  InjectedFaultError,
  PayloadTooLargeError,
  TransportFaultError,
  UnsupportedMediaTypeError,
  type AppError,
} from '../core/errors';
import { jsonSyntaxReason } from '../core/json-syntax';
import { releaseHeaders } from './answer-headers';
import { locals } from './request-context';
import { PROBLEM_CONTENT_TYPE, toProblem } from './problem';

/**
 * Errors that express's own layers raise for a bad request, as our own classes: body-parser's (by
 * their `type`), a body its Content-Encoding does not decode (zlib's error, status 400), and a path
 * whose percent-encoding is broken (the router's, status 400).
 */
export function fromBodyParserError(error: unknown): AppError | undefined {
  const { type, status } = (error ?? {}) as { type?: string; status?: unknown };
  if (type === 'entity.parse.failed') return new BadRequestError(`The body is not valid JSON: ${jsonSyntaxReason(String((error as Error).message))}`);
  if (type === 'entity.too.large') {
    const limit = (error as { limit?: number }).limit;
    return new PayloadTooLargeError(`The body is larger than the limit of ${limit ?? '?'} bytes`);
  }
  // A body in a charset or content-coding the server does not take is an unsupported media type (RFC 9110 §15.5.16).
  if (type === 'charset.unsupported')
    return new UnsupportedMediaTypeError(`The body's charset is not accepted here (${(error as Error).message}); send UTF-8`);
  if (type === 'encoding.unsupported')
    return new UnsupportedMediaTypeError(
      `The body's Content-Encoding is not accepted here (${(error as Error).message}); send gzip, deflate, br or none`,
    );
  if (type === 'request.aborted') return new BadRequestError('The client aborted the request');
  // Any other refusal of body-parser (a form nested too deep, too many parameters): its 4xx, its words.
  if (type !== undefined && typeof status === 'number' && status >= 400 && status < 500 && error instanceof Error) {
    return status === 413 ? new PayloadTooLargeError(error.message) : new BadRequestError(error.message);
  }
  if (status === 400 && error instanceof Error) {
    // zlib's and brotli's stream errors carry an errno (Z_DATA_ERROR -3, brotli's negative codes).
    if (typeof (error as NodeJS.ErrnoException).errno === 'number') {
      return new BadRequestError(`The body could not be decoded as its Content-Encoding says: ${error.message}`);
    }
    if (error instanceof URIError) return new BadRequestError(`The path is not valid percent-encoding: ${error.message}`);
  }
  return undefined;
}

/** What a malformed-response fault writes when its rule gives no body: JSON cut off mid-value. */
const DEFAULT_MALFORMED_BODY = '{"Status":"1","Message":"success","Data":{"id":';

/** How long a timeout fault holds a request when its rule says nothing: ten minutes. */
const DEFAULT_HOLD_MS = 10 * 60_000;

/**
 * Acts out a transport fault injected by a scenario; false for any other error. A timeout answers
 * nothing and releases the request when the client gives up (the socket closes), when the hold
 * runs out, or when the simulator shuts down, so nothing is left waiting.
 */
export function actOutTransportFault(error: unknown, req: Request, res: Response): boolean {
  if (!(error instanceof TransportFaultError)) return false;
  locals(res).logger?.info('transport fault injected', { kind: error.kind, ruleId: error.ruleId, path: req.path });
  if (error.kind === 'drop') {
    req.socket.destroy();
    return true;
  }
  if (error.kind === 'malformed') {
    res
      .status(200)
      .type('application/json; charset=utf-8')
      .send(error.body ?? DEFAULT_MALFORMED_BODY);
    return true;
  }
  const socket = req.socket;
  const end = (): void => {
    clearTimeout(timer);
    error.release?.removeEventListener('abort', end);
    socket.destroy();
  };
  const timer = setTimeout(end, error.holdMs ?? DEFAULT_HOLD_MS);
  timer.unref();
  socket.once('close', end);
  error.release?.addEventListener('abort', end, { once: true });
  return true;
}

/** Logs with an error id and answers problem+json. 5xx are logged as errors, the rest at info. */
export function sendProblem(error: unknown, req: Request, res: Response): void {
  // Headers a route held back for its answer (answer-headers.ts) are this answer's too.
  releaseHeaders(res);
  if (!res.headersSent && actOutTransportFault(error, req, res)) return;
  const errorId = randomUUID();
  const { body, headers } = toProblem(fromBodyParserError(error) ?? error, req.originalUrl, errorId);
  const logger = locals(res).logger;
  // An injected fault is the backend's code and the rule that raised it, and nothing anyone must fix.
  const injected = error instanceof InjectedFaultError ? { code: error.code, ruleId: error.ruleId } : undefined;
  if (body.status >= 500 && body.status !== 503 && !injected) logger?.error('request failed', { err: error, errorId, path: req.path });
  else logger?.info('request refused', { errorId, status: body.status, detail: body.detail, path: req.path });
  if (res.headersSent) {
    res.destroy();
    return;
  }
  res
    .status(body.status)
    .set(headers)
    .type(PROBLEM_CONTENT_TYPE)
    .send(JSON.stringify(injected ? { ...body, ...injected } : body));
}

export function problemErrorHandler(error: unknown, req: Request, res: Response, _next: NextFunction): void {
  sendProblem(error, req, res);
}
