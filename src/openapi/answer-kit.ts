import type { ResponseObject, SchemaObject } from './openapi-types';
import { schemaRef } from './schema-components';
import { ref } from './shared-components';

/**
 * Small builders for the responses of native paths: JSON bodies, the operation's `*.response`
 * schema (or one member of it), the gateway's faults, and the wait headers of 429 and 503.
 */

export type Responses = Record<string, ResponseObject>;

export const json = (schema: SchemaObject, description: string): ResponseObject => ({ description, content: { 'application/json': { schema } } });

/** The component of a response schema (by `$id`), or of one of its top-level members. */
export const responseOf = (schemaId: string, member?: string): SchemaObject => {
  const whole = schemaRef(schemaId);
  return { $ref: member ? `${whole.$ref}/properties/${member}` : whole.$ref };
};

/** Either of several shapes; `anyOf`, not `oneOf`: which one applies is told by a member's value, not by exclusion. */
export const either = (...schemas: SchemaObject[]): SchemaObject => ({ anyOf: schemas });

const RETRY_AFTER = { 'Retry-After': { $ref: '#/components/headers/RetryAfter' } };
const WWW_AUTHENTICATE = { 'WWW-Authenticate': { description: '`Bearer realm="lgsp-sim"`.', schema: { type: 'string' } } };

/** What each error status of a native path means, in words shared by every backend. */
export const ERROR_MEANINGS: Record<string, string> = {
  '200': 'The backend’s own refusal, answered with HTTP 200 as that backend does.',
  '400': 'Bad input (a field breaks the schema or a rule, or the body is not valid JSON); nothing is stored.',
  '401': 'No token, or an unknown or expired one.',
  '403': 'The client has no right to this service.',
  '404': 'No such record (or catalogue).',
  '409': 'The request conflicts with the record’s state.',
  '413': 'The body is over `BODY_LIMIT_BYTES`.',
  '415': 'The body’s type, charset or encoding is not accepted here.',
  '422': 'The backend refuses the request on a business rule.',
  '429': 'Over the client’s request budget (`RATE_LIMIT_PER_SECOND`); nothing was stored.',
  '503': 'Redis does not answer, or an injected outage; nothing was stored.',
  '5XX': 'The simulator’s own failure, or a fault injected by a scenario, in the backend’s envelope.',
};

/** One error response per status, all in the same envelope; 429 and 503 carry Retry-After. */
export function errorResponses(statuses: readonly string[], envelope: SchemaObject, name: string): Responses {
  const out: Responses = {};
  for (const status of statuses) {
    const response = json(envelope, `${ERROR_MEANINGS[status] ?? 'An error.'} In ${name}.`);
    if (status === '429' || status === '503') response.headers = RETRY_AFTER;
    if (status === '401') response.headers = WWW_AUTHENTICATE;
    out[status] = response;
  }
  return out;
}

/** The gateway's 401 fault (900902 missing, 900901 invalid credentials), before the backend sees the request. */
export const gatewayAuthFault = (): ResponseObject => ({
  ...json(ref('GatewayFault'), 'The gateway’s fault 900902 (missing credentials) or 900901 (invalid credentials).'),
  headers: WWW_AUTHENTICATE,
});

/** Statuses every native path may answer besides its own: what the platform refuses before or around the backend. */
export const PLATFORM_ERRORS = ['403', '429', '503', '5XX'] as const;

/** Statuses a path with a request body may answer besides those. */
export const BODY_ERRORS = ['400', '413', '415'] as const;

/** Sorted as people read them: 2xx, then 3xx, 4xx, 5xx. */
export function sortedResponses(responses: Responses): Responses {
  return Object.fromEntries(Object.entries(responses).sort(([a], [b]) => a.localeCompare(b)));
}
