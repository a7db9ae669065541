import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import type { Logger } from '../core/logger';
import type { Principal } from '../core/ports';

/** What the HTTP layer keeps per request in `res.locals`. */
export interface RequestLocals {
  requestId: string;
  logger: Logger;
  principal?: Principal;
}

/** An `X-Request-Id` the client sent that is kept (else the request gets a fresh one). */
const REQUEST_ID = /^[\w.-]{1,100}$/;

export function locals(res: Response): RequestLocals {
  return res.locals as RequestLocals;
}

/**
 * `res.locals` of a request: its id, and a logger that carries it, built on first use: most
 * requests write no line, and a winston child per request is not free.
 */
class Locals implements RequestLocals {
  [key: string]: unknown;
  #logger: Logger | undefined;

  constructor(
    readonly requestId: string,
    readonly base: Logger,
  ) {}

  get logger(): Logger {
    return (this.#logger ??= this.base.child({ requestId: this.requestId }));
  }
}

/** Gives every request an id (`X-Request-Id`, echoed back) and a logger that carries it. */
export function requestContext(logger: Logger) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const incoming = req.headers['x-request-id'];
    const requestId = typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    res.setHeader('x-request-id', requestId);
    res.locals = new Locals(requestId, logger);
    next();
  };
}
