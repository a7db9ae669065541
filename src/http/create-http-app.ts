import express, { type Express, type NextFunction, type Request, type RequestHandler, type Response, type Router } from 'express';
import { NotFoundError } from '../core/errors';
import type { Logger } from '../core/logger';
import { problemErrorHandler } from './error-handler';
import { requestContext } from './request-context';
import { securityHeaders } from './security-headers';

/**
 * The express application: request ids, security headers, the routers the composition root hands
 * in (in order), a problem+json 404 and the one error handler. `before` runs ahead of every router.
 */
export function createHttpApp(logger: Logger, routers: readonly Router[], options: { before?: readonly RequestHandler[] } = {}): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  app.set('query parser', 'simple');
  app.use(requestContext(logger));
  // Cross-cutting middleware that must see every request (the request-duration timer of /metrics).
  for (const handler of options.before ?? []) app.use(handler);
  // helmet's defaults but CSP (the admin and payment pages set their own), decided once at start.
  app.use(securityHeaders());
  for (const router of routers) app.use(router);
  app.use((req: Request, _res: Response, next: NextFunction) => {
    next(new NotFoundError(`No route ${req.method} ${req.path}; GET /api/v1/services lists what the simulator offers`));
  });
  app.use(problemErrorHandler);
  return app;
}
