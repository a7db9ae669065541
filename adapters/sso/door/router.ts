import { randomUUID } from 'node:crypto';
import { type NextFunction, type Request, type Response, Router } from 'express';
import type { AdapterContext, NativeResponse } from '../../../src/core/adapter';
import { InternalError } from '../../../src/core/errors';
import type { Pipeline } from '../../../src/core/pipeline';
import { ANONYMOUS, type IdSource, type Principal } from '../../../src/core/ports';
import { actOutTransportFault, fromBodyParserError } from '../../../src/http/error-handler';
import { nativeBody } from '../../../src/http/native/native-body';
import { toNativeRequest } from '../../../src/http/native/native-router';
import { toAppError } from '../../../src/http/problem';
import { locals } from '../../../src/http/request-context';
import type { IdentityProvider } from '../identity-provider';
import type { RelyingParty } from '../sso-seeds';
import { oauthErrorResponse, type SsoDoor, type SsoEndpoint, type SsoOperation } from './door';

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
 * Mounts the identity providers' endpoints (Cổng DVCQG's WSO2, the officials' tenants, CAS, the
 * development RP). The flows are the browser's and the relying party's, so they are not native
 * routes of one message each; the steps that are messages (`sso.login`, `sso.token`,
 * `sso.userinfo`) go through the one pipeline, where the journal and fault scenarios see them.
 */
export function ssoRouter(deps: {
  idp: IdentityProvider;
  endpoints: readonly SsoEndpoint[];
  pipeline: Pipeline;
  ids: IdSource;
  bodyLimitBytes: number;
  contextFor(service: string): AdapterContext;
}): Router {
  const router = Router();
  const parse = nativeBody(['form', 'json'], deps.bodyLimitBytes);
  for (const endpoint of deps.endpoints) {
    for (const path of endpoint.paths) {
      const handler = async (req: Request, res: Response, next: NextFunction): Promise<void> => {
        const request = toNativeRequest(req);
        try {
          const parseError = await new Promise<unknown>((resolve) => parse(req, res, (e?: unknown) => resolve(e)));
          // A body no parser can read is refused here, in OAuth's shape, on the shared token path too:
          // handed on with next(error), it would skip the gateway's token route and reach the
          // problem+json handler.
          // eslint-disable-next-line @typescript-eslint/only-throw-error -- the body parser's own error, rethrown unchanged for the error handler
          if (parseError !== undefined) throw parseError;
          request.body = req.body;
          const door: SsoDoor = {
            idp: deps.idp,
            context: deps.contextFor('sso'),
            submit: async <T>(operation: SsoOperation, body: object, client?: RelyingParty): Promise<T> => {
              const principal: Principal = client
                ? { clientId: client.clientId, agency: client.agency, services: ['sso'] }
                : { clientId: ANONYMOUS, agency: ANONYMOUS, services: ['sso'] };
              const correlationId = req.get('x-correlation-id');
              const result = await deps.pipeline.submit(
                principal,
                {
                  header: {
                    messageId: deps.ids.uuid(),
                    messageType: `sso.${operation}`,
                    from: principal.agency,
                    ...(correlationId ? { correlationId } : {}),
                  },
                  body,
                },
                { channel: 'native', mode: 'sync', nativePath: req.path },
              );
              if (result.kind !== 'finished') throw new InternalError('An SSO message did not finish');
              // eslint-disable-next-line @typescript-eslint/only-throw-error -- the handler's failure, rethrown unchanged
              if (result.error !== undefined) throw result.error;
              return result.result as T;
            },
          };
          const response = await endpoint.handle(request, door);
          if (response === undefined) return next();
          send(res, response);
        } catch (error) {
          if (actOutTransportFault(error, req, res)) return;
          let known = fromBodyParserError(error) ?? toAppError(error);
          if (!known) {
            const errorId = randomUUID();
            locals(res).logger?.error('SSO request failed', { err: error, errorId, path: req.path });
            known = new InternalError(`The simulator failed unexpectedly; error id ${errorId}`);
          }
          send(res, (endpoint.renderError ?? oauthErrorResponse)(known, request));
        }
      };
      for (const method of endpoint.methods) router[method === 'GET' ? 'get' : 'post'](path, handler);
    }
  }
  return router;
}
