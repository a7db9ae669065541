import { randomUUID } from 'node:crypto';
import { type NextFunction, type Request, type Response, Router } from 'express';
import type { Adapter, AdapterContext, NativeRequest, NativeResponse, NativeRoute } from '../../core/adapter';
import { AppError, InternalError, ServiceUnavailableError, TooManyRequestsError, UnauthorizedError } from '../../core/errors';
import type { Logger } from '../../core/logger';
import type { Coercion } from '../../core/message';
import type { Pipeline } from '../../core/pipeline';
import { lenientBody } from '../../core/lenient/lenient-body';
import { SchemaViews } from '../../core/lenient/schema-view';
import { isStrict, strictRefusal } from '../../core/lenient/strict-refusal';
import { ANONYMOUS, type ClientDirectory, type IdSource, type Principal, type TokenStore } from '../../core/ports';
import type { AdapterRegistry } from '../../core/registry';
import type { SchemaRegistry } from '../../core/schema-registry';
import { authenticate, bearerToken } from '../auth/bearer';
import { actOutTransportFault, fromBodyParserError } from '../error-handler';
import { toAppError } from '../problem';
import type { ClientRateLimit } from '../rate-limit';
import { locals } from '../request-context';
import { gatewayAuthFault, gatewayNoResourceFault } from './gateway-faults';
import { nativeBody } from './native-body';

export function toNativeRequest(req: Request): NativeRequest {
  const query: Record<string, string | undefined> = {};
  for (const [key, value] of Object.entries(req.query))
    query[key] = Array.isArray(value) ? String(value[0]) : value === undefined ? undefined : String(value);
  const headers: Record<string, string | undefined> = {};
  for (const [key, value] of Object.entries(req.headers)) headers[key] = Array.isArray(value) ? value.join(', ') : value;
  return {
    method: req.method,
    path: req.path,
    params: { ...(req.params as Record<string, string>) },
    query,
    headers,
    body: req.body,
    ...(req.get('content-type') ? { contentType: req.get('content-type') } : {}),
  };
}

export function sendNative(res: Response, response: NativeResponse): void {
  res.status(response.status);
  if (response.headers) res.set(response.headers);
  const type = response.contentType ?? 'application/json; charset=utf-8';
  res.type(type);
  if (Buffer.isBuffer(response.body) || typeof response.body === 'string') res.send(response.body);
  else res.send(JSON.stringify(response.body));
}

/** Turns anything thrown into the error the backend's envelope shows, logging the unexpected ones. */
function asAppError(error: unknown, res: Response, path: string): AppError {
  const known = fromBodyParserError(error) ?? toAppError(error);
  if (known) return known;
  const errorId = randomUUID();
  locals(res).logger?.error('native request failed', { err: error, errorId, path });
  return new InternalError(`The simulator failed unexpectedly; error id ${errorId}`);
}

async function principalFor(req: Request, route: NativeRoute, adapter: Adapter, tokens: TokenStore): Promise<Principal> {
  if (route.auth === 'optional' && !bearerToken(req)) {
    return { clientId: ANONYMOUS, agency: ANONYMOUS, services: [adapter.manifest.service] };
  }
  return authenticate(req, tokens);
}

/**
 * Mounts every adapter's native paths. Each is a thin translation: native request → message body →
 * lenient reading against the request schema (coercions noted, or refused for a strict caller) →
 * the same pipeline as the unified API (sync) → the backend's own envelope.
 */
export function nativeRouter(deps: {
  registry: AdapterRegistry;
  schemas: SchemaRegistry;
  /** Tells strict clients (`"strict": true` in seeds/clients.json). */
  clients: ClientDirectory;
  pipeline: Pipeline;
  tokens: TokenStore;
  ids: IdSource;
  bodyLimitBytes: number;
  contextFor(service: string): AdapterContext;
  logger: Logger;
  /** Checked after authentication (anonymous callers of optional-auth routes are not limited). */
  rateLimit?: ClientRateLimit;
}): Router {
  const router = Router();
  const bases = new Set<string>();
  const views = new SchemaViews((id) => deps.schemas.get(id));

  for (const { adapter, route } of deps.registry.nativeRoutes()) {
    const { manifest } = adapter;
    const parse = nativeBody(route.accepts ?? ['json'], deps.bodyLimitBytes);
    for (const path of route.paths) {
      bases.add(`/${path.split('/')[1]}`);
      const method = route.method.toLowerCase() as 'get' | 'post' | 'put' | 'delete';
      router[method](path, async (req: Request, res: Response) => {
        const fail = (error: unknown): void => {
          if (actOutTransportFault(error, req, res)) return;
          const appError = asAppError(error, res, req.path);
          const request = toNativeRequest(req);
          const native =
            appError instanceof UnauthorizedError
              ? (manifest.renderAuthError?.(appError, request) ?? gatewayAuthFault(appError))
              : manifest.renderError(appError, request);
          // The envelope is the backend's, but how long to wait is HTTP's, whatever the backend.
          if (appError instanceof TooManyRequestsError) native.headers = { ...native.headers, 'retry-after': String(appError.retryAfterSeconds) };
          if (appError instanceof ServiceUnavailableError && native.status === 503) native.headers = { ...native.headers, 'retry-after': '1' };
          sendNative(res, native);
        };
        try {
          const principal = await principalFor(req, route, adapter, deps.tokens);
          if (principal.clientId !== ANONYMOUS) await deps.rateLimit?.consume(principal);
          // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- the body parser's own error, passed on unchanged
          await new Promise<void>((resolve, reject) => parse(req, res, (e?: unknown) => (e ? reject(e) : resolve())));
          const sent = toNativeRequest(req);
          // A route may serve several operations at one path (a SOAP endpoint): the request says which.
          const messageType = `${manifest.service}.${route.selectOperation?.(sent) ?? route.operation}`;
          const requestSchema = deps.registry.resolve(messageType)?.spec.requestSchema;
          // Lenient in: the one normalisation step, from the operation's request schema (DESIGN.md);
          // a door with a body of its own is read against that first, so what it forgave is named as sent.
          const wire = route.wireSchema === undefined ? undefined : lenientBody(sent.body, route.wireSchema, views);
          const request = wire ? { ...sent, body: wire.body } : sent;
          const notes: Coercion[] = wire?.coercions ?? [];
          const { body, coercions } = lenientBody(route.toMessageBody(request, notes), requestSchema, views, notes);
          const strict = isStrict(deps.clients.find(principal.clientId)?.strict, req.get('x-sim-strict'));
          if (strict && coercions.length > 0) throw strictRefusal(coercions);
          const correlationId = req.get('x-correlation-id');
          const result = await deps.pipeline.submit(
            principal,
            {
              header: { messageId: deps.ids.uuid(), messageType, from: principal.agency, ...(correlationId ? { correlationId } : {}) },
              body,
            },
            { channel: 'native', mode: 'sync', nativePath: req.path, coercions },
          );
          if (result.kind !== 'finished') throw new InternalError('A native request did not finish');
          if (result.error !== undefined) return fail(result.error);
          sendNative(res, route.render(result.result, request));
        } catch (error) {
          fail(error);
        }
      });
    }
  }

  for (const { manifest } of deps.registry.adapters()) {
    for (const page of manifest.pages ?? []) {
      bases.add(`/${page.path.split('/')[1]}`);
      const method = page.method.toLowerCase() as 'get' | 'post';
      router[method](page.path, nativeBody(['form', 'json'], deps.bodyLimitBytes), async (req: Request, res: Response, next: NextFunction) => {
        try {
          sendNative(res, await page.handle(toNativeRequest(req), deps.contextFor(manifest.service)));
        } catch (error) {
          next(error);
        }
      });
    }
  }

  // Anything else under a backend's base path is the gateway's "no matching resource".
  for (const base of bases) {
    router.all(`${base}/*rest`, (req: Request, res: Response) => sendNative(res, gatewayNoResourceFault(req.method, req.path)));
  }
  return router;
}
