import express, { type Request, type Response, Router } from 'express';
import { BadRequestError } from '../../core/errors';
import type { ClientCredential, ClientDirectory, TokenStore } from '../../core/ports';
import { fromBodyParserError } from '../error-handler';
import { withShapeCheck } from '../body-shape';
import { type AuthAttempt, type AuthFailureGuard, blockedMessage } from './auth-failures';

function oauthError(res: Response, status: number, error: string, description: string): void {
  if (status === 401) res.setHeader('www-authenticate', 'Basic realm="lgsp-sim"');
  res.status(status).json({ error, error_description: description });
}

/** What an `Authorization: Basic` header holds: credentials, none, or a header no client could mean. */
export type BasicCredentials = { id: string; secret: string } | { malformed: string } | undefined;

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

function percentDecoded(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

/**
 * Reads HTTP Basic client credentials as RFC 6749 §2.3.1 writes them: base64 of
 * `urlencode(id):urlencode(secret)`. A header that is not base64, has no colon or whose
 * percent-encoding is broken is malformed (invalid_request), never an exception.
 */
export function basicCredentials(header: string | undefined): BasicCredentials {
  if (!header || !/^basic(\s|$)/i.test(header)) return undefined;
  const encoded = header.slice(5).trim();
  if (encoded === '' || encoded.length % 4 === 1 || !BASE64.test(encoded)) return { malformed: 'The Basic credentials are not base64' };
  const decoded = Buffer.from(encoded, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return { malformed: 'The Basic credentials have no colon between client id and secret' };
  const id = percentDecoded(decoded.slice(0, colon));
  const secret = percentDecoded(decoded.slice(colon + 1));
  if (id === undefined || secret === undefined) return { malformed: 'The Basic credentials are not valid percent-encoding (RFC 6749 §2.3.1)' };
  return { id, secret };
}

interface ClientAuthDeps {
  clients: ClientDirectory;
  authFailures?: AuthFailureGuard;
}

/**
 * The client a token request authenticates as (HTTP Basic or form body), or undefined once the
 * OAuth error has been answered. Failed attempts count towards the brute-force guard.
 */
async function authenticatedClient(
  req: Request,
  res: Response,
  form: Record<string, unknown>,
  deps: ClientAuthDeps,
): Promise<ClientCredential | undefined> {
  const basic = basicCredentials(req.get('authorization'));
  if (basic && 'malformed' in basic) return void oauthError(res, 400, 'invalid_request', basic.malformed);
  const id = basic?.id ?? (typeof form.client_id === 'string' ? form.client_id : undefined);
  const secret = basic?.secret ?? (typeof form.client_secret === 'string' ? form.client_secret : undefined);
  if (!id || !secret) return void oauthError(res, 401, 'invalid_client', 'Send client_id and client_secret in HTTP Basic or in the form body');
  const attempt: AuthAttempt = { surface: 'token', ip: req.ip, clientId: id };
  const wait = await deps.authFailures?.blocked(attempt);
  if (wait !== undefined) {
    // RFC 6749 has no code of its own for this; the client's authentication is what is refused.
    res.setHeader('retry-after', String(wait));
    return void oauthError(res, 429, 'invalid_client', blockedMessage(wait));
  }
  const client = deps.clients.authenticate(id, secret);
  if (!client) {
    await deps.authFailures?.failed(attempt);
    return void oauthError(res, 401, 'invalid_client', 'Unknown client or wrong secret');
  }
  return client;
}

/**
 * `POST /token` (and WSO2's newer `/oauth2/token`): the client_credentials grant, with the
 * credentials in HTTP Basic or in the form body. `POST /revoke` (WSO2 API Manager's gateway
 * endpoint, RFC 7009): a client revokes one of its tokens, in every gateway process at once.
 * Errors use OAuth 2.0's own shape (RFC 6749 §5.2).
 */
export function tokenRouter(
  deps: ClientAuthDeps & {
    tokens: TokenStore;
    ttlSeconds: number;
    bodyLimitBytes: number;
  },
): Router {
  const router = Router();
  const parse = [express.urlencoded({ extended: false, limit: deps.bodyLimitBytes }), withShapeCheck(express.json({ limit: deps.bodyLimitBytes }))];
  router.post(['/token', '/oauth2/token'], ...parse, async (req: Request, res: Response) => {
    const form = (req.body ?? {}) as Record<string, unknown>;
    const grant = form.grant_type;
    if (grant === undefined) return oauthError(res, 400, 'invalid_request', 'grant_type is required (client_credentials)');
    if (grant !== 'client_credentials')
      return oauthError(res, 400, 'unsupported_grant_type', `grant_type ${String(grant)} is not supported; use client_credentials`);
    const client = await authenticatedClient(req, res, form, deps);
    if (!client) return;
    const token = await deps.tokens.issue(client, deps.ttlSeconds);
    res.setHeader('cache-control', 'no-store');
    res.json({ access_token: token.accessToken, token_type: 'Bearer', expires_in: token.expiresIn, scope: token.scope });
  });
  router.post('/revoke', ...parse, async (req: Request, res: Response) => {
    const form = (req.body ?? {}) as Record<string, unknown>;
    const client = await authenticatedClient(req, res, form, deps);
    if (!client) return;
    if (typeof form.token !== 'string' || form.token === '')
      return oauthError(res, 400, 'invalid_request', 'token is required: the access token to revoke');
    // RFC 7009 §2.2: an unknown token (or another client's, which this one may not revoke) is no
    // error; the answer is the same, so it tells nothing about other clients' tokens.
    await deps.tokens.revoke(form.token, client.clientId);
    res.setHeader('cache-control', 'no-store');
    res.status(200).end();
  });
  router.use(['/token', '/oauth2/token', '/revoke'], (error: unknown, _req: Request, res: Response, next: (e: unknown) => void) => {
    // The body parsers' refusals (and the depth limit's) are the client's mistake: OAuth's invalid_request.
    const known = fromBodyParserError(error) ?? (error instanceof BadRequestError ? error : undefined);
    if (!known) return next(error);
    oauthError(res, known.status, 'invalid_request', known.message);
  });
  return router;
}
