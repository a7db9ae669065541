import { CLIENT_BASIC, ref } from './shared-components';
import type { OpenApiContribution, OperationObject, ResponseObject, SchemaObject } from './openapi-types';

/** `POST /token` (and `/oauth2/token`), `POST /revoke`, `/livez`, `/readyz` and this document's own route. */

const clientCredentials: Record<string, SchemaObject> = {
  client_id: { type: 'string', description: 'Unless sent in HTTP Basic.', examples: ['dev-client'] },
  client_secret: { type: 'string', description: 'Unless sent in HTTP Basic.', examples: ['dev-secret'] },
};

const tokenForm: SchemaObject = {
  type: 'object',
  required: ['grant_type'],
  properties: { grant_type: { const: 'client_credentials' }, ...clientCredentials },
};

const oauthError = (description: string, extra: Partial<ResponseObject> = {}): ResponseObject => ({
  description,
  ...extra,
  content: { 'application/json': { schema: ref('OAuthError') } },
});

/** The answers a client authentication can end in, shared by the token and the revoke operations. */
const clientAuthErrors = (badRequest: string): OperationObject['responses'] => ({
  '400': oauthError(badRequest),
  '401': oauthError('`invalid_client`: missing credentials, unknown client or wrong secret.', {
    headers: { 'WWW-Authenticate': { schema: { type: 'string' } } },
  }),
  '413': oauthError('`invalid_request`: the body is over `BODY_LIMIT_BYTES`.'),
  '415': oauthError('`invalid_request`: a charset other than UTF-8, or a `Content-Encoding` the simulator cannot read.'),
  '429': oauthError(
    '`invalid_client`: too many failed authentications from this client id or address (`AUTH_FAILURE_LIMIT` in `AUTH_FAILURE_WINDOW_SECONDS`); the right secret is refused too until `Retry-After` seconds have passed.',
    {
      headers: { 'Retry-After': { $ref: '#/components/headers/RetryAfter' } },
    },
  ),
});

const tokenOperation = (operationId: string): OperationObject => ({
  operationId,
  tags: ['Authentication'],
  summary: 'Get an access token (OAuth 2.0 client_credentials)',
  description:
    'Credentials in HTTP Basic or in the form body. Clients, secrets and their services are in `seeds/clients.json`; the development client is `dev-client` / `dev-secret`.',
  security: [{}, { [CLIENT_BASIC]: [] }],
  requestBody: {
    required: true,
    content: { 'application/x-www-form-urlencoded': { schema: tokenForm }, 'application/json': { schema: tokenForm } },
  },
  responses: {
    '200': {
      description: 'An opaque bearer token.',
      headers: { 'Cache-Control': { schema: { const: 'no-store' } } },
      content: {
        'application/json': {
          schema: {
            type: 'object',
            required: ['access_token', 'token_type', 'expires_in', 'scope'],
            properties: {
              access_token: { type: 'string' },
              token_type: { const: 'Bearer' },
              expires_in: { type: 'integer', description: 'Seconds (`TOKEN_TTL_SECONDS`, default 3600).' },
              scope: { type: 'string', description: 'The services the client may call, space-separated.' },
            },
          },
        },
      },
    },
    ...clientAuthErrors('`invalid_request` (no grant_type, unreadable body) or `unsupported_grant_type`.'),
  },
});

const revokeForm: SchemaObject = {
  type: 'object',
  required: ['token'],
  properties: {
    token: { type: 'string', description: 'The access token to revoke (one of this client’s).' },
    token_type_hint: { type: 'string', description: 'Accepted and ignored: only access tokens exist.', examples: ['access_token'] },
    ...clientCredentials,
  },
};

const revokeOperation: OperationObject = {
  operationId: 'revokeToken',
  tags: ['Authentication'],
  summary: 'Revoke an access token (RFC 7009)',
  description:
    'A client revokes one of its own tokens. The token is refused from the next request on, by every gateway process. An unknown token, or another client’s (which is not revoked), gets the same answer (RFC 7009 §2.2).',
  security: [{}, { [CLIENT_BASIC]: [] }],
  requestBody: {
    required: true,
    content: { 'application/x-www-form-urlencoded': { schema: revokeForm }, 'application/json': { schema: revokeForm } },
  },
  responses: {
    '200': { description: 'Revoked (or nothing to revoke). No body.', headers: { 'Cache-Control': { schema: { const: 'no-store' } } } },
    ...clientAuthErrors('`invalid_request`: no token, unreadable body or malformed Basic credentials.'),
  },
};

const status = (values: SchemaObject): SchemaObject => ({ type: 'object', properties: values });

export function platformPaths(): OpenApiContribution {
  return {
    tags: [
      { name: 'Authentication', description: 'Tokens for agency systems.' },
      { name: 'Platform', description: 'Health and this document.' },
    ],
    paths: {
      '/token': { post: tokenOperation('getToken') },
      '/oauth2/token': { post: tokenOperation('getTokenWso2') },
      '/revoke': { post: revokeOperation },
      '/livez': {
        get: {
          operationId: 'livez',
          tags: ['Platform'],
          summary: 'The process answers',
          security: [{}],
          responses: { '200': { description: 'Alive.', content: { 'application/json': { schema: status({ status: { const: 'ok' } }) } } } },
        },
      },
      '/readyz': {
        get: {
          operationId: 'readyz',
          tags: ['Platform'],
          summary: 'Ready: Redis answers, workers run (when expected), not shutting down',
          security: [{}],
          responses: {
            '200': { description: 'Ready.', content: { 'application/json': { schema: ref('Readiness') } } },
            '503': { description: 'Not ready; `checks` says why.', content: { 'application/json': { schema: ref('Readiness') } } },
          },
        },
      },
      '/api/v1/openapi.json': {
        get: {
          operationId: 'getOpenApi',
          tags: ['Platform'],
          summary: 'This document (OpenAPI 3.1), generated from the running simulator’s adapters and schemas',
          security: [{}],
          responses: { '200': { description: 'The OpenAPI document.', content: { 'application/json': { schema: { type: 'object' } } } } },
        },
      },
    },
    components: {
      schemas: {
        Readiness: status({
          status: { enum: ['ready', 'not ready'] },
          checks: { type: 'object', additionalProperties: { type: 'string' }, description: '`ok`, or what is wrong, per check.' },
        }),
      },
    },
  };
}
