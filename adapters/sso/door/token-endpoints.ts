import type { NativeRequest } from '../../../src/core/adapter';
import type { SsoTokenResponse } from '../../../src/generated/schema-types';
import { oauthError } from '../identity-provider';
import type { RelyingParty } from '../sso-seeds';
import { json, oauthError as oauthAnswer, TOKEN_RESPONSE, USERINFO_RESPONSE } from './answers';
import { bearer, clientCredentials, field, realmOf, userinfoRequest, type SsoDoor, type SsoEndpoint } from './door';

const CLIENT_ERRORS = {
  '400': oauthAnswer(
    '`invalid_request` (a missing parameter, a client_id that differs from HTTP Basic, a body that cannot be read), `invalid_grant` or `unsupported_grant_type`.',
  ),
  '401': oauthAnswer('`invalid_client`: no credentials, an unknown client or a wrong secret; or `invalid_token` for a Bearer caller.'),
  '404': oauthAnswer('`invalid_request`: no such tenant.'),
};

/** RFC 7662's answer as WSO2 gives it: `active` alone for an unknown or expired token. */
const INTROSPECTION = {
  type: 'object',
  required: ['active'],
  additionalProperties: false,
  properties: {
    active: { type: 'boolean' },
    client_id: { type: 'string' },
    username: { type: 'string', description: 'The person, or the client for a client_credentials token.' },
    scope: { type: 'string' },
    token_type: { const: 'Bearer' },
    iat: { type: 'integer' },
    nbf: { type: 'integer' },
    exp: { type: 'integer', description: 'Seconds since the epoch, on the simulation clock.' },
    sub: { type: 'string' },
    aut: { enum: ['APPLICATION_USER', 'APPLICATION'] },
  },
};

const NO_STORE = { 'cache-control': 'no-store', pragma: 'no-cache' };

/** The calling client, by secret in the form body (as the portal's clients send it) or HTTP Basic. */
function authenticatedClient(request: NativeRequest, door: SsoDoor): RelyingParty {
  const realm = realmOf(request);
  if (!door.idp.isRealm(realm)) throw oauthError('invalid_request', `Unknown tenant ${realm}`, 404);
  const { clientId, secret, conflict } = clientCredentials(request);
  if (conflict) throw oauthError('invalid_request', 'client_id in the body differs from the one in the Authorization header');
  if (!clientId || secret === undefined)
    throw oauthError('invalid_client', 'Client authentication failed: send client_id and client_secret in the body, or HTTP Basic', 401);
  const client = door.idp.clients.authenticate(clientId, secret);
  if (!client || client.realm !== realm) throw oauthError('invalid_client', 'Client authentication failed: unknown client or wrong secret', 401);
  return client;
}

/**
 * On one host, `/oauth2/token` is also the LGSP gateway's own client_credentials endpoint (WSO2 API
 * Manager). A request is the identity provider's when it comes from a relying party, asks for a user
 * grant, or is on a tenant path; the gateway's token route takes the rest.
 */
function forIdentityProvider(request: NativeRequest, door: SsoDoor): boolean {
  if (request.params.tenant) return true;
  const grant = field(request, 'grant_type');
  return grant === 'authorization_code' || grant === 'refresh_token' || door.idp.clients.find(clientCredentials(request).clientId) !== undefined;
}

const token: SsoEndpoint = {
  methods: ['POST'],
  summary: 'Token endpoint: authorization_code (PKCE), refresh_token, client_credentials; client secret in the body or HTTP Basic',
  paths: ['/oauth2/token', '/t/:tenant/oauth2/token'],
  shared: true,
  answers: {
    '200': json(TOKEN_RESPONSE, 'The tokens (`id_token` for an openid scope, `refresh_token` for user grants).'),
    ...CLIENT_ERRORS,
    '5XX': oauthAnswer('A fault injected on `sso.token`: its status and code.'),
  },
  async handle(request, door) {
    if (!forIdentityProvider(request, door)) return undefined;
    const client = authenticatedClient(request, door);
    const grantType = field(request, 'grant_type');
    if (!grantType) throw oauthError('invalid_request', 'grant_type is missing');
    const body = {
      realm: realmOf(request),
      grant_type: grantType,
      client_id: client.clientId,
      ...Object.fromEntries(
        ['code', 'redirect_uri', 'code_verifier', 'refresh_token', 'scope'].flatMap((k) => (field(request, k) ? [[k, field(request, k)]] : [])),
      ),
    };
    const result = await door.submit<SsoTokenResponse>('token', body, client);
    return { status: 200, body: result, headers: NO_STORE };
  },
};

/** The access token's grant, checked on the simulation clock: a token past its expiry is unknown. */
async function grantOf(request: NativeRequest, door: SsoDoor) {
  const value = bearer(request) ?? (request.method === 'POST' ? field(request, 'access_token') : undefined);
  if (!value) throw oauthError('invalid_token', 'Access token validation failed: no token was sent', 401);
  const grant = await door.idp.store(door.context).accessToken(value);
  if (!grant || grant.realm !== realmOf(request)) throw oauthError('invalid_token', 'Access token validation failed', 401);
  return grant;
}

const userinfo: SsoEndpoint = {
  methods: ['GET', 'POST'],
  summary: 'The account’s claims in the portal’s names and formats (Bearer; GET or POST)',
  paths: ['/oauth2/userinfo', '/t/:tenant/oauth2/userinfo'],
  answers: {
    '200': json(USERINFO_RESPONSE, 'The account’s claims, in the portal’s names and formats.'),
    '401': oauthAnswer('`invalid_token`: no token, an unknown or expired one, or one of another realm.'),
    '403': oauthAnswer('`insufficient_scope`: the token was issued to a client, not to a person.'),
  },
  async handle(request, door) {
    const grant = await grantOf(request, door);
    if (!grant.username) throw oauthError('insufficient_scope', 'The token was issued to a client, not to a person (client_credentials)', 403);
    const claims = await door.submit<object>('userinfo', userinfoRequest(grant), door.idp.clients.find(grant.clientId));
    return { status: 200, body: claims, headers: NO_STORE };
  },
};

/**
 * Token check, as WSO2's `/oauth2/introspect` (RFC 7662) answers it. The caller authenticates as a
 * client (Basic or body) or, as OpenCPS's `validatetoken_endpoint` does, with a Bearer token.
 */
const introspect: SsoEndpoint = {
  methods: ['POST'],
  summary: 'Token check (RFC 7662 as WSO2 answers it); the caller authenticates as a client or with a Bearer token',
  paths: ['/oauth2/introspect', '/t/:tenant/oauth2/introspect'],
  answers: { '200': json(INTROSPECTION, 'The token’s grant, or `{ active: false }`.'), ...CLIENT_ERRORS },
  async handle(request, door) {
    const store = door.idp.store(door.context);
    const caller = bearer(request);
    if (caller) {
      if (!(await store.accessToken(caller))) throw oauthError('invalid_token', 'Access token validation failed', 401);
    } else {
      authenticatedClient(request, door);
    }
    const value = field(request, 'token');
    if (!value) throw oauthError('invalid_request', 'token is missing');
    const grant = await store.accessToken(value);
    if (!grant || grant.realm !== realmOf(request)) return { status: 200, body: { active: false }, headers: NO_STORE };
    return {
      status: 200,
      headers: NO_STORE,
      body: {
        active: true,
        client_id: grant.clientId,
        username: grant.username || grant.clientId,
        scope: grant.scope,
        token_type: 'Bearer',
        iat: grant.issuedAt,
        nbf: grant.issuedAt,
        exp: Math.floor(grant.expiresAt / 1000),
        sub: grant.sub,
        aut: grant.username ? 'APPLICATION_USER' : 'APPLICATION',
      },
    };
  },
};

/** RFC 7009 revocation, as WSO2 offers it: always 200, whether the token was known or not. */
const revoke: SsoEndpoint = {
  methods: ['POST'],
  summary: 'Token revocation (RFC 7009)',
  paths: ['/oauth2/revoke', '/t/:tenant/oauth2/revoke'],
  answers: { '200': { description: 'Revoked, or not a token of this client: an empty body either way.' }, ...CLIENT_ERRORS },
  async handle(request, door) {
    const client = authenticatedClient(request, door);
    const value = field(request, 'token');
    if (!value) throw oauthError('invalid_request', 'token is missing');
    await door.idp.store(door.context).revoke(value, client.clientId);
    return { status: 200, body: '', contentType: 'text/plain; charset=utf-8', headers: NO_STORE };
  },
};

export const tokenEndpoints: readonly SsoEndpoint[] = [token, userinfo, introspect, revoke];
