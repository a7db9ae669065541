import type { NextFunction, Request, Response } from 'express';
import { BadRequestError } from '../core/errors';

/**
 * How deep a request body may nest (objects and arrays). Real agency payloads stay under ten
 * levels; the bound keeps every recursive walk of a body (fingerprint, validation, log masking,
 * adapters) far from the stack's limit, which a body of a few kilobytes of `[` would otherwise reach.
 */
export const MAX_BODY_DEPTH = 64;

/** Whether `value` nests deeper than `max` levels; walks with its own stack, so any depth is safe. */
export function nestsDeeperThan(value: unknown, max: number): boolean {
  const pending: [unknown, number][] = [[value, 0]];
  while (pending.length > 0) {
    const [node, depth] = pending.pop() as [unknown, number];
    if (node === null || typeof node !== 'object') continue;
    if (depth + 1 > max) return true;
    for (const child of Array.isArray(node) ? node : Object.values(node)) {
      if (child !== null && typeof child === 'object') pending.push([child, depth + 1]);
    }
  }
  return false;
}

/** Runs `parse` (a body parser), then refuses a parsed body that nests deeper than MAX_BODY_DEPTH with 400. */
export function withDepthLimit(parse: (req: Request, res: Response, next: NextFunction) => void) {
  return (req: Request, res: Response, next: NextFunction): void =>
    parse(req, res, (error?: unknown) => {
      if (error) return next(error);
      if (nestsDeeperThan(req.body, MAX_BODY_DEPTH)) return next(new BadRequestError(`The body nests deeper than ${MAX_BODY_DEPTH} levels of objects and arrays`));
      next();
    });
}
