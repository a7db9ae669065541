import { randomUUID } from 'node:crypto';
import { type NextFunction, type Request, type Response, Router } from 'express';
import type { AdapterContext, NativeResponse } from '../../core/adapter';
import type { Door } from '../../core/door';
import { InternalError } from '../../core/errors';
import type { Pipeline } from '../../core/pipeline';
import type { IdSource, Principal } from '../../core/ports';
import { actOutTransportFault, fromBodyParserError } from '../error-handler';
import { nativeBody } from '../native/native-body';
import { toNativeRequest } from '../native/native-router';
import { toAppError } from '../problem';
import { locals } from '../request-context';

function send(res: Response, response: NativeResponse): void {
  res.status(response.status);
  for (const [name, value] of Object.entries(response.headers ?? {})) {
    // Several cookies travel as lines of one value in the framework-free response.
    res.set(name, name.toLowerCase() === 'set-cookie' ? value.split('\n') : value);
  }
  res.type(response.contentType ?? 'application/json; charset=utf-8');
  res.send(typeof response.body === 'string' ? response.body : JSON.stringify(response.body));
}

/**
 * Mounts an adapter's door (src/core/door.ts): each endpoint on its paths, with a form or JSON body.
 * The messages the endpoints submit go through the one pipeline, natively, on the request's path.
 */
export function doorRouter<Tools>(deps: {
  door: Door<Tools>;
  pipeline: Pipeline;
  ids: IdSource;
  bodyLimitBytes: number;
  contextFor(service: string): AdapterContext;
}): Router {
  const { door } = deps;
  const router = Router();
  const parse = nativeBody(['form', 'json'], deps.bodyLimitBytes);
  for (const endpoint of door.endpoints) {
    const handler = async (req: Request, res: Response, next: NextFunction): Promise<void> => {
      const request = toNativeRequest(req);
      try {
        const parseError = await new Promise<unknown>((resolve) => parse(req, res, (e?: unknown) => resolve(e)));
        // A body no parser can read is refused here, in the door's shape, on a shared path too:
        // handed on with next(error), it would skip the other router and reach the problem+json handler.
        // eslint-disable-next-line @typescript-eslint/only-throw-error -- the body parser's own error, rethrown unchanged for the error handler
        if (parseError !== undefined) throw parseError;
        request.body = req.body;
        const submit = async (operation: string, body: object, principal: Principal): Promise<unknown> => {
          const correlationId = req.get('x-correlation-id');
          const result = await deps.pipeline.submit(
            principal,
            {
              header: {
                messageId: deps.ids.uuid(),
                messageType: `${door.service}.${operation}`,
                from: principal.agency,
                ...(correlationId ? { correlationId } : {}),
              },
              body,
            },
            { channel: 'native', mode: 'sync', nativePath: req.path },
          );
          if (result.kind !== 'finished') throw new InternalError(`A ${door.service} message did not finish`);
          // eslint-disable-next-line @typescript-eslint/only-throw-error -- the handler's failure, rethrown unchanged
          if (result.error !== undefined) throw result.error;
          return result.result;
        };
        const response = await endpoint.handle(request, door.open({ submit, context: deps.contextFor(door.service) }));
        if (response === undefined) return next();
        send(res, response);
      } catch (error) {
        if (actOutTransportFault(error, req, res)) return;
        let known = fromBodyParserError(error) ?? toAppError(error);
        if (!known) {
          const errorId = randomUUID();
          locals(res).logger?.error(`${door.service} door request failed`, { err: error, errorId, path: req.path });
          known = new InternalError(`The simulator failed unexpectedly; error id ${errorId}`);
        }
        send(res, (endpoint.renderError ?? door.renderError)(known, request));
      }
    };
    for (const path of endpoint.paths) {
      for (const method of endpoint.methods) router[method === 'GET' ? 'get' : 'post'](path, handler);
    }
  }
  return router;
}
