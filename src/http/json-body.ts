import express, { type NextFunction, type Request, type Response } from 'express';
import { BadRequestError, UnsupportedMediaTypeError } from '../core/errors';
import { withShapeCheck } from './body-shape';

/** Accepts only `application/json` (or `+json`) bodies, up to `limit` bytes; anything else is 415. */
export function jsonBody(limit: number) {
  const parse = withShapeCheck(express.json({ limit, type: ['application/json', 'application/*+json'] }));
  return (req: Request, res: Response, next: NextFunction): void => {
    if (!req.is(['application/json', 'application/*+json'])) {
      const given = req.get('content-type');
      return next(
        given
          ? new UnsupportedMediaTypeError(`Content-Type ${given} is not accepted here; send application/json`)
          : new BadRequestError('The request has no body; send a JSON document with Content-Type: application/json'),
      );
    }
    parse(req, res, next);
  };
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
