import type { NextFunction, Request, Response } from 'express';
import { BadRequestError } from '../core/errors';

/**
 * How deep a request body may nest (objects and arrays). Real agency payloads stay under ten
 * levels; the bound keeps every recursive walk of a body (fingerprint, validation, log masking,
 * adapters) far from the stack's limit, which a body of a few kilobytes of `[` would otherwise reach.
 */
export const MAX_BODY_DEPTH = 64;

/**
 * What is wrong with the shape of a parsed body, or undefined: nesting deeper than `maxDepth`, or a
 * member named `__proto__`. JSON.parse keeps that name as a plain member, but any copy of the body
 * by assignment turns it into the copy's prototype, whose members then pass for fields the client
 * never sent (a schema's `required` among others). No real payload has one. Walks with its own
 * stack, so any depth is safe.
 */
export function bodyShapeProblem(value: unknown, maxDepth: number): string | undefined {
  // Paths are built only to name a bad member, so the common, clean body costs a walk and no strings.
  const pending: [unknown, number][] = [[value, 0]];
  while (pending.length > 0) {
    const [node, depth] = pending.pop() as [unknown, number];
    if (node === null || typeof node !== 'object') continue;
    if (depth + 1 > maxDepth) return `The body nests deeper than ${maxDepth} levels of objects and arrays`;
    // Only objects and arrays are queued: a wide array of numbers or strings (a megabyte of them
    // within the body limit) would otherwise queue one entry per element.
    if (Array.isArray(node)) {
      for (const child of node) if (child !== null && typeof child === 'object') pending.push([child, depth + 1]);
      continue;
    }
    for (const key of Object.keys(node)) {
      if (key === '__proto__') return `The body has a member named __proto__ (at ${protoPath(value)}), which no field can have`;
      const child = (node as Record<string, unknown>)[key];
      if (child !== null && typeof child === 'object') pending.push([child, depth + 1]);
    }
  }
  return undefined;
}

/** Where the first member named `__proto__` is (`a[0].b.__proto__`); called once one is known to be there. */
function protoPath(value: unknown): string {
  const pending: [unknown, string][] = [[value, '']];
  while (pending.length > 0) {
    const [node, path] = pending.pop() as [unknown, string];
    if (node === null || typeof node !== 'object') continue;
    const array = Array.isArray(node);
    for (const key of Object.keys(node)) {
      const at = array ? `${path}[${key}]` : path ? `${path}.${key}` : key;
      if (!array && key === '__proto__') return at;
      pending.push([(node as Record<string, unknown>)[key], at]);
    }
  }
  return '';
}

/** Runs `parse` (a body parser), then refuses a parsed body of a bad shape (see bodyShapeProblem) with 400. */
export function withShapeCheck(parse: (req: Request, res: Response, next: NextFunction) => void) {
  return (req: Request, res: Response, next: NextFunction): void =>
    parse(req, res, (error?: unknown) => {
      if (error) return next(error);
      const problem = bodyShapeProblem(req.body, MAX_BODY_DEPTH);
      next(problem ? new BadRequestError(problem) : undefined);
    });
}
