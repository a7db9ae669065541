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

export function locals(res: Response): RequestLocals {
  return res.locals as RequestLocals;
}

/**
 * Gives every request an id (`X-Request-Id`, echoed back) and a logger that carries it, built on
 * first use: most requests write no line, and a winston child per request is not free.
 */
export function requestContext(logger: Logger) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const incoming = req.get('x-request-id');
    const requestId = incoming && /^[\w.-]{1,100}$/.test(incoming) ? incoming : randomUUID();
    res.setHeader('x-request-id', requestId);
    res.locals.requestId = requestId;
    let child: Logger | undefined;
    Object.defineProperty(res.locals, 'logger', { enumerable: true, get: () => (child ??= logger.child({ requestId })) });
    next();
  };
}
