import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import type { Logger } from '../core/logger';
import type { Principal } from '../core/ports';

/** What the HTTP layer keeps per request in `res.locals`. */
export interface RequestLocals {
  requestId: string;
  logger: Logger;
  principal?: Principal;
  /**
   * Headers held back until the answer is written (name, value, name, value…), on a route that
   * holds them (see answer-headers.ts); undefined elsewhere, and once they are written or set.
   */
  heldHeaders?: string[];
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
    public heldHeaders: string[] | undefined,
  ) {}

  get logger(): Logger {
    return (this.#logger ??= this.base.child({ requestId: this.requestId }));
  }
}

/**
 * Gives every request an id (`X-Request-Id`, echoed back) and a logger that carries it. With
 * `holdHeaders`, the answer's headers are held back and written with it in one go (answer-headers.ts).
 */
export function requestContext(logger: Logger, options: { holdHeaders?: boolean } = {}) {
  const hold = options.holdHeaders === true;
  return (req: Request, res: Response, next: NextFunction): void => {
    const incoming = req.headers['x-request-id'];
    const requestId = typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    if (hold) {
      res.locals = new Locals(requestId, logger, ['x-request-id', requestId]);
    } else {
      res.setHeader('x-request-id', requestId);
      res.locals = new Locals(requestId, logger, undefined);
    }
    next();
  };
}
