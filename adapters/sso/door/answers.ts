import type { DoorAnswer as ResponseObject, DoorAnswers, DoorSchema as SchemaObject } from '../../../src/core/door';
import { schemaId } from '../../../src/core/schema-id';

/**
 * What the identity providers' endpoints answer, in OpenAPI terms. Each endpoint (door/*.ts) lists
 * its own answers next to its code; COMMON_ANSWERS is what every endpoint may answer (a body that
 * cannot be read, a fault). The HTTP layer documents the door from the same list it mounts.
 */

export type SsoAnswers = DoorAnswers;

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

export const TOKEN_RESPONSE: SchemaObject = { $ref: schemaId('sso/token.response.json') };
export const USERINFO_RESPONSE: SchemaObject = { $ref: schemaId('sso/userinfo.response.json') };

/** What every endpoint may answer besides its own: the door refuses a body it cannot read, and renders a fault. */
export const COMMON_ANSWERS: SsoAnswers = {
  '400': oauthError('`invalid_request`: the body cannot be read.'),
  '413': oauthError('`invalid_request`: the body is over `BODY_LIMIT_BYTES`.'),
  '415': oauthError('`invalid_request`: a body that is neither a form nor JSON.'),
  '5XX': oauthError('`server_error`, or a fault injected by a scenario (its status and code).'),
};
