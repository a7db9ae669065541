import type { OpenApiContribution, OperationObject, ParameterObject, ResponseObject, SchemaObject } from './openapi-types';
import { ADMIN_BEARER, problemResponses, ref } from './shared-components';

/**
 * The administration: its JSON API (`/api/v1/admin/…`, problem+json errors), the pages for people
 * (`/admin`, `/admin/login`, the queue board), and the Prometheus scrape (`/metrics`). The admin
 * credential is `ADMIN_TOKEN` as a bearer token, or the page's login cookie.
 */

const TAG = 'Administration';
const json = (schema: SchemaObject, description: string): ResponseObject => ({ description, content: { 'application/json': { schema } } });
const html = (description: string): ResponseObject => ({ description, content: { 'text/html': { schema: { type: 'string' } } } });
const see = (description: string): ResponseObject => ({ description, headers: { Location: { schema: { type: 'string' } } } });
const pathParam = (name: string): ParameterObject => ({ name, in: 'path', required: true, schema: { type: 'string' } });

const READ_ERRORS = {
  '401': 'No admin credential (a browser asking for HTML is sent to the login page instead).',
  '429': 'Too many wrong admin credentials from this address (`AUTH_FAILURE_LIMIT`); refused until `Retry-After` seconds have passed.',
  '503': 'Redis does not answer.',
};
const CHANGE_ERRORS = {
  ...READ_ERRORS,
  '403': 'The read-only admin credential, or a cookie login without the CSRF token.',
};

const adminOp = (
  operationId: string,
  summary: string,
  ok: ResponseObject,
  errors: Record<string, string>,
  extra: Partial<OperationObject> = {},
): OperationObject => ({
  operationId,
  tags: [TAG],
  summary,
  security: [{ [ADMIN_BEARER]: [] }],
  ...extra,
  responses: { '200': ok, '303': see('No credential, asked by a browser (`Accept: text/html`): to the login page.'), ...problemResponses(errors) },
});

const obj = (required: string[], properties: Record<string, SchemaObject>): SchemaObject => ({ type: 'object', required, properties });
const queueParam = { parameters: [pathParam('queue')] };

const brief = obj(['messageId', 'messageType', 'from', 'status', 'attempts'], {
  messageId: { type: 'string' },
  messageType: { type: 'string' },
  from: { type: 'string' },
  correlationId: { type: 'string' },
  status: { type: 'string' },
  attempts: { type: 'integer' },
  receivedAt: { type: 'string', format: 'date-time' },
  updatedAt: { type: 'string', format: 'date-time' },
  matchedBy: { enum: ['messageId', 'correlationId', 'from'] },
});

export function adminPaths(): OpenApiContribution {
  const api = '/api/v1/admin';
  return {
    tags: [{ name: TAG, description: 'Queue health, pause/resume/clean/redrive, message search, dead letters, metrics; the admin pages.' }],
    paths: {
      [`${api}/summary`]: {
        get: adminOp(
          'adminSummary',
          'Queues, per-minute series, Redis and workers, as the overview page shows them',
          json({ type: 'object', required: ['role'], properties: { role: { enum: ['admin', 'readonly'] } } }, 'The overview.'),
          READ_ERRORS,
        ),
      },
      [`${api}/messages`]: {
        get: adminOp(
          'adminSearchMessages',
          'Messages by messageId, correlationId or sender agency code',
          json(obj(['q', 'results'], { q: { type: 'string' }, results: { type: 'array', items: brief } }), 'The matches, each once.'),
          { '400': '`q` is missing or over 200 characters.', ...READ_ERRORS },
          { parameters: [{ name: 'q', in: 'query', required: true, schema: { type: 'string', maxLength: 200 } }] },
        ),
      },
      [`${api}/messages/{messageId}`]: {
        get: adminOp(
          'adminGetMessage',
          'Any agency’s message record',
          json(ref('MessageRecord'), 'The record.'),
          { ...READ_ERRORS, '404': 'No such message (records are kept for MESSAGE_TTL_SECONDS).' },
          { parameters: [pathParam('messageId')] },
        ),
      },
      [`${api}/queues/{queue}/pause`]: {
        post: adminOp(
          'adminPauseQueue',
          'Pause a queue',
          json(obj(['queue', 'isPaused'], { queue: { type: 'string' }, isPaused: { const: true } }), 'Paused.'),
          { ...CHANGE_ERRORS, '404': 'No such queue.' },
          queueParam,
        ),
      },
      [`${api}/queues/{queue}/resume`]: {
        post: adminOp(
          'adminResumeQueue',
          'Resume a queue',
          json(obj(['queue', 'isPaused'], { queue: { type: 'string' }, isPaused: { const: false } }), 'Resumed.'),
          { ...CHANGE_ERRORS, '404': 'No such queue.' },
          queueParam,
        ),
      },
      [`${api}/queues/{queue}/clean`]: {
        post: adminOp(
          'adminCleanQueue',
          'Remove the completed (default) or failed jobs of a queue',
          json(
            obj(['queue', 'state', 'removed'], { queue: { type: 'string' }, state: { enum: ['completed', 'failed'] }, removed: { type: 'integer' } }),
            'Cleaned.',
          ),
          { '400': '`state` is not completed or failed, or a member or parameter other than state.', ...CHANGE_ERRORS, '404': 'No such queue.' },
          {
            ...queueParam,
            requestBody: {
              content: {
                'application/json': {
                  schema: { type: 'object', additionalProperties: false, properties: { state: { enum: ['completed', 'failed'] } } },
                },
              },
            },
          },
        ),
      },
      [`${api}/queues/{queue}/redrive`]: {
        post: adminOp(
          'adminRedriveQueue',
          'Redrive the dead letters of a queue',
          json(
            obj(['queue', 'redriven', 'remaining'], { queue: { type: 'string' }, redriven: { type: 'integer' }, remaining: { type: 'integer' } }),
            'Redriven.',
          ),
          { ...CHANGE_ERRORS, '404': 'No such queue.' },
          queueParam,
        ),
      },
      [`${api}/dead-letters`]: {
        get: adminOp(
          'listDeadLetters',
          'Dead letters, newest first',
          json(
            obj(['count', 'items'], {
              count: { type: 'integer' },
              items: { type: 'array', items: { type: 'object', required: ['messageId'], properties: { messageId: { type: 'string' } } } },
            }),
            'The dead letters.',
          ),
          { '400': '`service` or `limit` is not valid, or another parameter is given.', ...READ_ERRORS },
          {
            parameters: [
              { name: 'service', in: 'query', schema: { type: 'string' } },
              { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 1000 } },
            ],
          },
        ),
      },
      [`${api}/dead-letters/redrive`]: {
        post: adminOp(
          'redriveAllDeadLetters',
          'Redrive every dead letter (of one service)',
          json(
            obj(['redriven', 'expired'], { redriven: { type: 'integer' }, expired: { type: 'integer' }, service: { type: 'string' } }),
            'Redriven.',
          ),
          { '400': '`service` is not a known service, or another parameter is given.', ...CHANGE_ERRORS },
          { parameters: [{ name: 'service', in: 'query', schema: { type: 'string' } }] },
        ),
      },
      [`${api}/dead-letters/{messageId}/redrive`]: {
        post: {
          operationId: 'redriveDeadLetter',
          tags: [TAG],
          summary: 'Redrive one dead letter',
          security: [{ [ADMIN_BEARER]: [] }],
          parameters: [pathParam('messageId')],
          responses: {
            '202': json(ref('MessageAccepted'), 'Back in its queue.'),
            ...problemResponses({ '400': 'A parameter other than `from`.', ...CHANGE_ERRORS, '404': 'No such dead letter, or its record expired.' }),
          },
        },
      },
      '/metrics': {
        get: {
          operationId: 'metrics',
          tags: [TAG],
          summary: 'Prometheus metrics (counts and timings only, no message content)',
          security: [{}],
          responses: { '200': { description: 'The Prometheus text format.', content: { 'text/plain': { schema: { type: 'string' } } } } },
        },
      },
      '/admin': {
        get: {
          operationId: 'adminPage',
          tags: [TAG],
          summary: 'The overview page',
          security: [{ [ADMIN_BEARER]: [] }, {}],
          responses: {
            '200': html('The page.'),
            '303': see('No credential, asked by a browser: to the login page.'),
            ...problemResponses({ '401': 'No admin credential.', '429': 'Too many wrong admin credentials from this address; see `Retry-After`.' }),
          },
        },
      },
      '/admin/login': {
        get: { operationId: 'adminLoginPage', tags: [TAG], summary: 'The login form', security: [{}], responses: { '200': html('The form.') } },
        post: {
          operationId: 'adminLogin',
          tags: [TAG],
          summary: 'Log in with the admin token (sets the session cookie)',
          security: [{}],
          requestBody: {
            required: true,
            content: {
              'application/x-www-form-urlencoded': {
                schema: {
                  type: 'object',
                  required: ['token'],
                  properties: { token: { type: 'string' }, next: { type: 'string', description: 'A path on this site to go to afterwards.' } },
                },
              },
            },
          },
          responses: {
            '303': see('Logged in: to `next` (default `/admin`).'),
            '400': html('No token: the form again.'),
            '401': html('Not an admin credential: the form again.'),
            '429': {
              ...html('Too many wrong tokens from this address: the form again, saying how long to wait.'),
              headers: { 'Retry-After': { $ref: '#/components/headers/RetryAfter' } },
            },
            ...problemResponses({ '413': 'The form is over 4 kB.', '415': 'Not a form body this route takes.' }),
          },
        },
      },
      '/admin/logout': {
        post: {
          operationId: 'adminLogout',
          tags: [TAG],
          summary: 'End the login session',
          security: [{}],
          responses: { '303': see('To the login page.') },
        },
      },
      '/admin/assets/{file}': {
        get: {
          operationId: 'adminAsset',
          tags: [TAG],
          summary: 'The overview page’s script and style sheet',
          security: [{}],
          parameters: [pathParam('file')],
          responses: {
            '200': {
              description: 'The file.',
              content: { 'text/css': { schema: { type: 'string' } }, 'text/javascript': { schema: { type: 'string' } } },
            },
            ...problemResponses({ '404': 'No such file.' }),
          },
        },
      },
      '/admin/queues': {
        get: {
          operationId: 'queueBoard',
          tags: [TAG],
          summary: 'The queue board (bull-board); its own API under /admin/queues/api is not described here',
          security: [{ [ADMIN_BEARER]: [] }, {}],
          responses: {
            '200': html('The board.'),
            '303': see('No credential, asked by a browser: to the login page.'),
            ...problemResponses({ '401': 'No admin credential.', '429': 'Too many wrong admin credentials from this address; see `Retry-After`.' }),
          },
        },
      },
    },
  };
}
