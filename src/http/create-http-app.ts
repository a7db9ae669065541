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
 * The express application: request ids, security headers, the routers the composition root hands
 * in (in order), a problem+json 404 and the one error handler. `before` runs ahead of every router.
 */
export function createHttpApp(logger: Logger, routers: readonly Router[], options: { before?: readonly RequestHandler[] } = {}): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  app.set('query parser', 'simple');
  // Request id and logger; cross-cutting middleware that must see every request (the
  // request-duration timer of /metrics); helmet's defaults but CSP (the admin and payment pages set
  // their own), decided once at start. One router layer for all of them: every layer the router
  // walks costs each request a match and a step.
  app.use(inSequence([requestContext(logger), ...(options.before ?? []), securityHeaders()]));
  for (const router of routers) app.use(router);
  app.use((req: Request, _res: Response, next: NextFunction) => {
    next(new NotFoundError(`No route ${req.method} ${req.path}; GET /api/v1/services lists what the simulator offers`));
  });
  app.use(problemErrorHandler);
  return app;
}
