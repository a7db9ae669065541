import type { ResponseObject, SchemaObject } from '../../../src/openapi/openapi-types';
import { schemaRef } from '../../../src/openapi/schema-components';
import { schemaId } from '../../../src/core/schema-id';

/**
 * What the identity providers' endpoints answer, in OpenAPI terms. Each endpoint (door/*.ts) lists
 * its own answers next to its code; sso-openapi.ts adds what every endpoint may answer (a body that
 * cannot be read, a fault) and builds the document from the same list the router mounts.
 */

export type SsoAnswers = Record<string, ResponseObject>;

/** RFC 6749 §5.2 as WSO2 answers it; an injected fault keeps its rule's code. */
export const OAUTH_ERROR: SchemaObject = {
  type: 'object',
  required: ['error', 'error_description'],
  additionalProperties: false,
  properties: {
    error: {
      type: 'string',
      description:
        '`invalid_request`, `invalid_client`, `invalid_grant`, `unsupported_grant_type`, `invalid_token`, `insufficient_scope`, `server_error`, or a fault rule’s code.',
    },
    error_description: { type: 'string' },
  },
};

const HTML: SchemaObject = { type: 'string', contentMediaType: 'text/html' };
const NO_STORE = { 'Cache-Control': { description: '`no-store`.', schema: { type: 'string' } } };

export const json = (schema: SchemaObject, description: string): ResponseObject => ({
  description,
  headers: NO_STORE,
  content: { 'application/json': { schema } },
});
export const oauthError = (description: string): ResponseObject => json(OAUTH_ERROR, description);
export const page = (description: string): ResponseObject => ({ description, content: { 'text/html': { schema: HTML } } });
/** A browser flow's error: a page for the person, or the OAuth JSON error of a body that could not be read. */
export const pageOrError = (description: string): ResponseObject => ({
  description,
  content: { 'text/html': { schema: HTML }, 'application/json': { schema: OAUTH_ERROR } },
});
export const redirect = (description: string): ResponseObject => ({
  description,
  headers: {
    Location: { description: 'Where the browser goes next.', schema: { type: 'string' } },
    'Set-Cookie': { description: 'The SSO session cookie, set or cleared.', schema: { type: 'string' } },
  },
});

export const TOKEN_RESPONSE: SchemaObject = { ...schemaRef(schemaId('sso/token.response.json')) };
export const USERINFO_RESPONSE: SchemaObject = { ...schemaRef(schemaId('sso/userinfo.response.json')) };
