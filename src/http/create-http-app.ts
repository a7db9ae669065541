import express, { type Express, type NextFunction, type Request, type RequestHandler, type Response, type Router } from 'express';
import { NotFoundError } from '../core/errors';
import type { Logger } from '../core/logger';
import { problemErrorHandler } from './error-handler';
import { requestContext } from './request-context';
import { securityHeaders } from './security-headers';

/** Runs `handlers` one after another as one middleware; an error skips the rest, as in the router. */
function inSequence(handlers: readonly RequestHandler[]): RequestHandler {
  return (req: Request, res: Response, next: NextFunction): void => {
    let at = 0;
    const step = (error?: unknown): void => {
      if (error) return next(error);
      const handler = handlers[at++];
      if (!handler) return next();
      // As the router does: an async handler's rejection is its error.
      const returned: unknown = handler(req, res, step);
      if (returned instanceof Promise) returned.catch(next);
    };
    step();
  };
}

/**
 * A route the application matches itself, ahead of every router: a request it takes walks no
 * router of its own (a router mounted on the app is one more stack to walk, and its own dispatch,
 * on every request). For the hot paths.
 */
export interface DirectRoute {
  method: 'get' | 'post';
  path: string;
  handler: RequestHandler;
}

/**
 * The express application: request ids, security headers, the direct routes and then the routers
 * the composition root hands in (in order), a problem+json 404 and the one error handler. `before`
 * runs ahead of every route.
 */
export function createHttpApp(
  logger: Logger,
  routers: readonly Router[],
  options: { before?: readonly RequestHandler[]; direct?: readonly DirectRoute[] } = {},
): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  app.set('query parser', 'simple');
  // Request id and logger; cross-cutting middleware that must see every request (the
  // request-duration timer of /metrics); helmet's defaults but CSP (the admin and payment pages set
  // their own), decided once at start. One layer for all of them: every layer the router walks
  // costs each request a match and a step. A direct route runs them as the first steps of its own
  // layer. Their answers hold their headers back and write them in one go (answer-headers.ts).
  const before = options.before ?? [];
  const headers = securityHeaders();
  const direct = [requestContext(logger, { holdHeaders: true }), ...before, headers];
  for (const { method, path, handler } of options.direct ?? []) app[method](path, inSequence([...direct, handler]));
  app.use(inSequence([requestContext(logger), ...before, headers]));
  for (const router of routers) app.use(router);
  app.use((req: Request, _res: Response, next: NextFunction) => {
    next(new NotFoundError(`No route ${req.method} ${req.path}; GET /api/v1/services lists what the simulator offers`));
  });
  app.use(problemErrorHandler);
  return app;
}
