import type { OpenApiContribution, OperationObject, PathItemObject, ResponseObject } from '../../openapi/openapi-types';
import { schemaRef } from '../../openapi/schema-components';
import { ADMIN_BEARER, problemResponses } from '../../openapi/shared-components';
import { schemaId } from '../../schemas/load-schemas';
import { SCENARIO_RULE_SCHEMA } from '../scenario-rules';

const TAG = 'Simulation controls';
const JSON_TYPE = 'application/json';
const VERIFY_SCHEMA = schemaId('sim/journal-verify.request.json');

const refused = (extra: Record<string, string> = {}): Record<string, ResponseObject> =>
  problemResponses({
    '401': 'No or an unknown admin credential.',
    '403': 'The read-only admin credential cannot change anything.',
    '429': 'Too many wrong admin credentials from this address (`AUTH_FAILURE_LIMIT`); refused until `Retry-After` seconds have passed.',
    ...extra,
  });

const ok = (description: string, schema: Record<string, unknown> = { type: 'object' }): ResponseObject => ({
  description,
  content: { [JSON_TYPE]: { schema } },
});

const CLOCK_VIEW = {
  type: 'object',
  properties: {
    mode: { enum: ['real', 'shifted', 'frozen'], description: 'real: wall-clock time; shifted: running away from it; frozen: standing still.' },
    now: { type: 'string', format: 'date-time', description: 'Simulation time.' },
    offsetMs: { type: 'integer', description: 'Simulation time minus real time.' },
    timersRun: { type: 'integer', description: 'After set or advance: timers that ran on the way.' },
  },
};

function op(operationId: string, summary: string, responses: Record<string, ResponseObject>, extra: Partial<OperationObject> = {}): OperationObject {
  return { operationId, summary, tags: [TAG], security: [{ [ADMIN_BEARER]: [] }], responses, ...extra };
}

const body = (schema: Record<string, unknown>, description?: string) => ({
  required: false,
  ...(description ? { description } : {}),
  content: { [JSON_TYPE]: { schema } },
});

const clockAction = (operationId: string, summary: string, schema?: Record<string, unknown>): OperationObject =>
  op(
    operationId,
    summary,
    { '200': ok('The clock after the change.', CLOCK_VIEW), ...refused({ '400': 'A bad date or duration, naming the field.' }) },
    schema ? { requestBody: body(schema) } : {},
  );

/** A POST with a body goes through the JSON parser first: too large or not JSON is refused there. */
const UNREADABLE = problemResponses({
  '413': 'The body is over `BODY_LIMIT_BYTES`.',
  '415': 'The body is not JSON (its type, charset or encoding).',
});

function withUnreadableBody(paths: Record<string, PathItemObject>): Record<string, PathItemObject> {
  for (const item of Object.values(paths)) {
    const post = item.post;
    if (post) post.responses = Object.fromEntries(Object.entries({ ...UNREADABLE, ...post.responses }).sort(([a], [b]) => a.localeCompare(b)));
  }
  return paths;
}

/** The /sim routes in the OpenAPI document. */
export function simOpenApi(): OpenApiContribution {
  const rule: Record<string, unknown> = { ...schemaRef(SCENARIO_RULE_SCHEMA) };
  return {
    tags: [{ name: TAG, description: 'Fault scenarios, clock, journal and reset for tests (admin credential). See README, "Simulation controls".' }],
    paths: withUnreadableBody({
      '/sim/scenarios': {
        get: op('listScenarios', 'List fault rules with their hits and remaining counts', { '200': ok('`{rules: [...]}`'), ...refused() }),
        post: op(
          'addScenarios',
          'Add one rule, or `{rules: [...]}` validated as one batch (all or nothing)',
          {
            '201': ok('The stored rule (or `{rules}`)'),
            ...refused({
              '400':
                'An invalid rule, naming the field (unknown effect, bad regex, probability outside 0..1, count below 1, a service or message type there is not, one id twice in a batch).',
            }),
          },
          {
            requestBody: {
              required: true,
              content: {
                [JSON_TYPE]: {
                  schema: { oneOf: [rule, { type: 'object', required: ['rules'], properties: { rules: { type: 'array', items: rule } } }] },
                },
              },
            },
          },
        ),
        delete: op('clearScenarios', 'Remove every rule', { '204': { description: 'Removed.' }, ...refused() }),
      },
      '/sim/scenarios/{id}': {
        get: op(
          'getScenario',
          'One rule',
          { '200': ok('The rule'), ...refused({ '404': 'No such rule.' }) },
          { parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }] },
        ),
        delete: op(
          'removeScenario',
          'Remove one rule',
          { '204': { description: 'Removed.' }, ...refused({ '404': 'No such rule.' }) },
          { parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }] },
        ),
      },
      '/sim/clock': { get: op('getClock', 'Read simulation time', { '200': ok('The clock', CLOCK_VIEW), ...refused() }) },
      '/sim/clock/freeze': {
        post: clockAction('freezeClock', 'Stop time (now, or at `at`)', {
          type: 'object',
          properties: { at: { type: 'string', format: 'date-time' } },
        }),
      },
      '/sim/clock/resume': { post: clockAction('resumeClock', 'Let a frozen clock run on from where it stands') },
      '/sim/clock/real': { post: clockAction('realClock', 'Back to real time') },
      '/sim/clock/set': {
        post: clockAction('setClock', 'Set the time; forward runs the timers due on the way', {
          type: 'object',
          required: ['at'],
          properties: { at: { type: 'string', format: 'date-time' } },
        }),
      },
      '/sim/clock/advance': {
        post: clockAction('advanceClock', 'Move time forward, running due timers in time order before answering', {
          type: 'object',
          required: ['by'],
          properties: { by: { type: ['string', 'integer'], description: '2h, 30m, 90s, 1h30m, or milliseconds.' } },
        }),
      },
      '/sim/journal': {
        get: op(
          'findJournal',
          'Accepted messages, newest first, filtered',
          {
            '200': ok('`{entries, total}`'),
            ...refused({ '400': 'A bad or unknown filter (date, channel, limit, a misspelt name; since after until), naming it.' }),
          },
          {
            parameters: ['messageType', 'service', 'from', 'correlationId', 'messageId', 'channel', 'nativePath', 'since', 'until', 'limit'].map(
              (name) => ({
                name,
                in: 'query' as const,
                schema: name === 'limit' ? { type: 'integer', minimum: 1 } : { type: 'string' },
              }),
            ),
          },
        ),
        delete: op('clearJournal', 'Empty the journal', { '204': { description: 'Emptied.' }, ...refused() }),
      },
      '/sim/journal/verify': {
        post: op(
          'verifyJournal',
          'Did the journal see matching messages the expected number of times?',
          {
            '200': ok('`{holds: true, matched, expected}`'),
            ...refused({
              '400': 'A bad match or count (also one no number of entries can meet), naming the field.',
              '422': 'It did not hold: the problem carries `matched`, `expected` and `nearMisses` [{entry, failed}].',
            }),
          },
          { requestBody: { required: true, content: { [JSON_TYPE]: { schema: { ...schemaRef(VERIFY_SCHEMA) } } } } },
        ),
      },
      '/sim/reset': {
        post: op(
          'resetSimulation',
          'Back to the seed state: everything, or `{service}`',
          {
            '200': ok('`{services, tookMs}`'),
            ...refused({ '400': 'service is not a service code, or a member other than service.', '404': 'No such service.' }),
          },
          { requestBody: body({ type: 'object', additionalProperties: false, properties: { service: { type: 'string' } } }) },
        ),
      },
    }),
  };
}
