import type { NextFunction, Request, RequestHandler, Response } from 'express';
import helmet from 'helmet';
import { locals } from './request-context';

/**
 * helmet's default headers, without its Content-Security-Policy (the admin and payment pages set
 * their own; API answers need none). helmet decides them; they do not depend on the request, so
 * they are worked out once, by letting helmet set them on a recorder, and each request gets them in
 * one loop instead of through helmet's chain of a dozen middlewares.
 */
export function securityHeaders(): RequestHandler {
  const headers = new Map<string, [string, string]>();
  const removed = new Set<string>();
  const recorder = {
    setHeader: (name: string, value: string) => headers.set(name.toLowerCase(), [name, value]),
    removeHeader: (name: string) => {
      headers.delete(name.toLowerCase());
      removed.add(name);
    },
  };
  let done = false;
  helmet({ contentSecurityPolicy: false })({} as Request, recorder as unknown as Response, () => (done = true));
  if (!done) throw new Error('helmet did not finish setting its headers synchronously');
  const set = [...headers.values()];
  const flat = set.flat();
  const remove = [...removed];
  return (_req: Request, res: Response, next: NextFunction): void => {
    // Held until the answer is written (answer-headers.ts): nothing was set yet, so nothing to remove.
    const held = locals(res).heldHeaders;
    if (held) {
      for (const item of flat) held.push(item);
      return next();
    }
    for (const [name, value] of set) res.setHeader(name, value);
    for (const name of remove) res.removeHeader(name);
    next();
  };
}
