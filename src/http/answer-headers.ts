import type { Response } from 'express';
import { locals } from './request-context';

/**
 * Headers held back until the answer is written, on the routes that hold them
 * (requestContext's `holdHeaders`: the message routes, which answer most requests). Their answer
 * goes out in one writeHead with every header as one flat list, rather than a setHeader, and its
 * bookkeeping, for each of a dozen headers. Every way such an answer is written either writes the
 * held headers (sendJson) or sets them first (`releaseHeaders`, which the error handler calls), so
 * none is ever lost; a header set directly meanwhile is merged by node as usual.
 */

/** Sets a header of the answer: held back when the route holds them, else at once. */
export function setAnswerHeader(res: Response, name: string, value: string): void {
  const held = locals(res).heldHeaders;
  if (held) held.push(name, value);
  else res.setHeader(name, value);
}

/** Sets the held headers on the response the usual way, and holds none from now on. */
export function releaseHeaders(res: Response): void {
  const held = takeHeldHeaders(res);
  if (held) for (let i = 0; i < held.length; i += 2) res.setHeader(held[i], held[i + 1]);
}

/** The held headers, to be written now by the caller (undefined when none are held); holds none from now on. */
export function takeHeldHeaders(res: Response): string[] | undefined {
  const context = locals(res);
  const held = context.heldHeaders;
  if (held) context.heldHeaders = undefined;
  return held;
}
