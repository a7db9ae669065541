import { MESSAGE_ENVELOPE_SCHEMA } from '../core/pipeline';
import type { AdapterRegistry } from '../core/registry';
import type { ExampleObject, OpenApiContribution, SchemaObject } from './openapi-types';
import { schemaRef } from './schema-components';
import { BEARER, problemResponses, ref, TOO_MANY, UNAVAILABLE } from './shared-components';

/** Example sender: the development client's default agency. */
const EXAMPLE_AGENCY = '000.00.00.H30';

interface MessageTypeDoc {
  messageType: string;
  summary: string;
  requestSchema: string;
  responseSchema?: string;
  example: unknown;
}

function messageTypes(registry: AdapterRegistry): MessageTypeDoc[] {
  return registry.adapters().flatMap(({ manifest }) =>
    manifest.operations.map((op) => ({
      messageType: `${manifest.service}.${op.operation}`,
      summary: op.summary,
      requestSchema: op.requestSchema,
      ...(op.responseSchema ? { responseSchema: op.responseSchema } : {}),
      example: op.example,
    })),
  );
}

/** Component names of the per-type pieces. */
const headerName = (messageType: string): string => `MessageHeader.${messageType}`;
const recordName = (messageType: string): string => `MessageRecord.${messageType}`;

/**
 * The envelope, and for each message type the body schema it carries: a client generator or a
 * validator sees exactly which `body` goes with which `messageType`.
 *
 * The type is told by `header.messageType`, one level down, where an OpenAPI discriminator cannot
 * reach from the message. So the discriminator sits on `header` (one named header schema per type,
 * told apart by `messageType`), and the pairing of header and body is a JSON Schema `if`/`then` per
 * type: exact for validators, and no overlapping `oneOf` branches.
 */
function messageSchema(types: readonly MessageTypeDoc[]): SchemaObject {
  return {
    allOf: [
      schemaRef(MESSAGE_ENVELOPE_SCHEMA),
      {
        properties: {
          header: {
            oneOf: types.map((t) => ref(headerName(t.messageType))),
            discriminator: {
              propertyName: 'messageType',
              mapping: Object.fromEntries(types.map((t) => [t.messageType, `#/components/schemas/${headerName(t.messageType)}`])),
            },
          },
        },
      },
      ...types.map((t) => ({
        if: { required: ['header'], properties: { header: { required: ['messageType'], properties: { messageType: { const: t.messageType } } } } },
        then: { properties: { header: ref(headerName(t.messageType)), body: schemaRef(t.requestSchema) } },
      })),
    ],
  };
}

/** Per type: the header naming it, and the record whose `response` is the type's response schema. */
function perTypeComponents(types: readonly MessageTypeDoc[]): Record<string, SchemaObject> {
  const out: Record<string, SchemaObject> = {};
  for (const t of types) {
    out[headerName(t.messageType)] = {
      title: t.messageType,
      description: t.summary,
      allOf: [{ $ref: `${schemaRef(MESSAGE_ENVELOPE_SCHEMA).$ref}/properties/header` }],
      required: ['messageType'],
      properties: { messageType: { const: t.messageType } },
    };
    out[recordName(t.messageType)] = {
      title: `Record of ${t.messageType}`,
      allOf: [ref('MessageRecord')],
      required: ['messageType'],
      properties: {
        messageType: { const: t.messageType },
        ...(t.responseSchema ? { response: { ...schemaRef(t.responseSchema), description: 'The backend’s answer, once `completed`.' } } : {}),
      },
    };
  }
  return out;
}

/** A record, told apart by its top-level `messageType`: a real OpenAPI discriminator. */
function recordSchema(types: readonly MessageTypeDoc[]): SchemaObject {
  return {
    oneOf: types.map((t) => ref(recordName(t.messageType))),
    discriminator: {
      propertyName: 'messageType',
      mapping: Object.fromEntries(types.map((t) => [t.messageType, `#/components/schemas/${recordName(t.messageType)}`])),
    },
  };
}

function messageExamples(types: readonly MessageTypeDoc[]): Record<string, ExampleObject> {
  return Object.fromEntries(
    types.map((t) => [
      t.messageType,
      {
        summary: t.summary,
        value: { header: { messageId: `example-${t.messageType}`, messageType: t.messageType, from: EXAMPLE_AGENCY }, body: t.example },
      },
    ]),
  );
}

const location = { Location: { description: 'The message’s status URL.', schema: { type: 'string' } } };

/** `POST /api/v1/messages`, `GET /api/v1/messages/{messageId}`, `GET /api/v1/services`, `GET /api/v1/schemas/{messageType}`. */
export function unifiedApiPaths(registry: AdapterRegistry): OpenApiContribution {
  const types = messageTypes(registry);
  const typeNames = types.map((t) => t.messageType);
  return {
    tags: [{ name: 'Unified API', description: 'One door to every backend: typed messages, sync or async, idempotent by `messageId`.' }],
    paths: {
      '/api/v1/messages': {
        post: {
          operationId: 'submitMessage',
          tags: ['Unified API'],
          summary: 'Send a message to a backend',
          description:
            'Accepted and processed in the background (202) by default. With `Prefer: wait=N` the simulator waits up to N seconds (at most `MAX_WAIT_SECONDS`) and answers 200 with the finished record, or 202 if it is still running. The same `messageId` with the same body answers the existing record (`Idempotent-Replayed: true`); with another body, 409. A `messageId` belongs to its sender (`from`): another agency may use the same id for a message of its own.',
          security: [{ [BEARER]: [] }],
          parameters: [
            {
              name: 'Prefer',
              in: 'header',
              description: 'RFC 7240 `wait=N`: wait up to N seconds for the outcome.',
              schema: { type: 'string' },
              example: 'wait=5',
            },
          ],
          requestBody: { required: true, content: { 'application/json': { schema: messageSchema(types), examples: messageExamples(types) } } },
          responses: {
            '200': {
              description: 'Finished within the wait (or a replay of a finished message): the record with its `response` or `error`.',
              headers: { ...location, 'Preference-Applied': { schema: { type: 'string' } }, 'Idempotent-Replayed': { schema: { const: 'true' } } },
              content: { 'application/json': { schema: ref('AnyMessageRecord') } },
            },
            '202': {
              description: 'Accepted; poll `statusUrl`, or wait for the signed callback at `callbackUrl`.',
              headers: location,
              content: { 'application/json': { schema: ref('MessageAccepted') } },
            },
            ...problemResponses({
              '400': 'Malformed JSON, or the envelope or body breaks its schema (each violation listed in `errors` with its path).',
              '401': 'No bearer token, or an unknown or expired one.',
              '403': 'The client has no right to the service, or `from` is not the client’s agency.',
              '404': 'Unknown `messageType`.',
              '409': 'The `messageId` was used before by this agency with a different body.',
              '413': 'The body is over `BODY_LIMIT_BYTES`.',
              '415': 'The body is not `application/json`.',
              '429': TOO_MANY,
              '503':
                'Redis does not answer (down, or silent past `REDIS_COMMAND_TIMEOUT_MS`). Async: the message was not accepted and nothing of it was kept; send it again with the same `messageId`. Sync: if the handler had already run, its outcome could not be recorded; the same `messageId` later answers the record as recovery ends it (`failed`, with the reason).',
              '5XX': 'A fault injected by a scenario (the backend’s code in `errors`), or the simulator’s own failure (its `errorId` is in the log).',
            }),
          },
        },
      },
      '/api/v1/messages/{messageId}': {
        get: {
          operationId: 'getMessage',
          tags: ['Unified API'],
          summary: 'A message’s record: status, history, response or error, callbacks',
          security: [{ [BEARER]: [] }],
          parameters: [{ name: 'messageId', in: 'path', required: true, schema: { type: 'string' } }],
          responses: {
            '200': { description: 'The record.', content: { 'application/json': { schema: ref('AnyMessageRecord') } } },
            ...problemResponses({
              '400': 'The path is not valid percent-encoding.',
              '401': 'No bearer token, or an unknown or expired one.',
              '404': 'No such message from the client’s agency.',
              '429': TOO_MANY,
              '503': UNAVAILABLE,
            }),
          },
        },
      },
      '/api/v1/services': {
        get: {
          operationId: 'listServices',
          tags: ['Unified API'],
          summary: 'Every backend, its message types, schema links and native paths',
          security: [{}],
          responses: { '200': { description: 'The catalogue.', content: { 'application/json': { schema: ref('ServiceCatalogue') } } } },
        },
      },
      '/api/v1/schemas/{messageType}': {
        get: {
          operationId: 'getSchema',
          tags: ['Unified API'],
          summary: 'The JSON Schema (2020-12) of a message type’s body, or of its response',
          security: [{}],
          parameters: [
            { name: 'messageType', in: 'path', required: true, schema: { enum: typeNames } },
            { name: 'kind', in: 'query', description: '`response` for the response schema.', schema: { const: 'response' } },
          ],
          responses: {
            '200': { description: 'The schema, as in `components/schemas`.', content: { 'application/schema+json': { schema: { type: 'object' } } } },
            ...problemResponses({ '404': 'Unknown message type, or it documents no such schema.' }),
          },
        },
      },
    },
    components: { schemas: { ServiceCatalogue: serviceCatalogue, AnyMessageRecord: recordSchema(types), ...perTypeComponents(types) } },
  };
}

const serviceCatalogue: SchemaObject = {
  type: 'object',
  required: ['services'],
  properties: {
    services: {
      type: 'array',
      items: {
        type: 'object',
        required: ['service', 'name', 'description', 'messageTypes', 'nativePaths'],
        properties: {
          service: { type: 'string', description: 'Service code, the prefix of message types.' },
          name: { type: 'string' },
          description: { type: 'string' },
          messageTypes: {
            type: 'array',
            items: {
              type: 'object',
              required: ['messageType', 'summary', 'schema'],
              properties: {
                messageType: { type: 'string' },
                summary: { type: 'string' },
                schema: { type: 'string' },
                responseSchema: { type: 'string' },
              },
            },
          },
          nativePaths: {
            type: 'array',
            items: {
              type: 'object',
              required: ['method', 'path', 'messageType'],
              properties: { method: { type: 'string' }, path: { type: 'string' }, messageType: { type: 'string' } },
            },
          },
        },
      },
    },
  },
};
