import { MESSAGE_STATUSES } from '../core/message';
import type { ComponentsObject, ResponseObject, SchemaObject } from './openapi-types';

/**
 * Components every part of the document uses: the problem document, the security schemes, the
 * Retry-After header, and the shapes of the unified API's answers.
 */

export const BEARER = 'bearerToken';
export const ADMIN_BEARER = 'adminToken';
export const CLIENT_BASIC = 'clientBasic';

export const ref = (name: string): { $ref: string } => ({ $ref: `#/components/schemas/${name}` });

const violation: SchemaObject = {
  type: 'object',
  required: ['path', 'message'],
  properties: {
    path: { type: 'string', description: 'JSON path of the offending value, e.g. `body.msdn`.' },
    message: { type: 'string', description: 'What is wrong, in a sentence.' },
  },
};

const schemas: Record<string, SchemaObject> = {
  Problem: {
    type: 'object',
    description: 'An RFC 9457 problem document; `errorId` also appears in the simulator’s log line.',
    required: ['type', 'title', 'status', 'detail', 'instance', 'errorId'],
    properties: {
      type: { type: 'string', description: 'Stable `urn:lgsp-sim:problem:<slug>`.', examples: ['urn:lgsp-sim:problem:validation'] },
      title: { type: 'string' },
      status: { type: 'integer' },
      detail: { type: 'string' },
      instance: { type: 'string', description: 'The request path.' },
      errorId: { type: 'string' },
      errors: { type: 'array', items: violation },
    },
  },
  MessageAccepted: {
    type: 'object',
    required: ['messageId', 'status', 'statusUrl'],
    properties: {
      messageId: { type: 'string' },
      status: { enum: [...MESSAGE_STATUSES] },
      statusUrl: { type: 'string', description: 'Where to poll the record: `/api/v1/messages/{messageId}`.' },
    },
  },
  MessageRecord: {
    type: 'object',
    required: ['messageId', 'messageType', 'from', 'channel', 'status', 'attempts', 'receivedAt', 'updatedAt', 'history'],
    properties: {
      messageId: { type: 'string' },
      messageType: { type: 'string' },
      from: { type: 'string', description: 'Agency code of the sender.' },
      correlationId: { type: 'string' },
      callbackUrl: { type: 'string' },
      channel: { enum: ['unified', 'native'] },
      status: { enum: [...MESSAGE_STATUSES] },
      attempts: { type: 'integer', minimum: 0 },
      receivedAt: { type: 'string', format: 'date-time' },
      updatedAt: { type: 'string', format: 'date-time' },
      history: {
        type: 'array',
        items: {
          type: 'object',
          required: ['status', 'at'],
          properties: {
            status: { enum: [...MESSAGE_STATUSES, 'redriven'] },
            at: { type: 'string', format: 'date-time' },
            detail: { type: 'string' },
          },
        },
      },
      response: {
        description: 'The backend’s answer, described by the message type’s response schema (`GET /api/v1/schemas/{messageType}?kind=response`).',
      },
      error: {
        type: 'object',
        required: ['type', 'message'],
        properties: {
          type: { type: 'string' },
          message: { type: 'string' },
          code: { type: 'string', description: 'The backend’s own error code, when it has one.' },
          errors: { type: 'array', items: violation },
        },
      },
      callbacks: {
        type: 'array',
        description: 'Deliveries of the outcome to `callbackUrl`.',
        items: {
          type: 'object',
          required: ['at', 'url', 'outcome'],
          properties: {
            at: { type: 'string', format: 'date-time' },
            url: { type: 'string' },
            status: { type: 'integer' },
            outcome: { enum: ['delivered', 'retrying', 'failed', 'dead'] },
            detail: { type: 'string' },
          },
        },
      },
    },
  },
  OAuthError: {
    type: 'object',
    description: 'OAuth 2.0 error (RFC 6749 §5.2).',
    required: ['error', 'error_description'],
    properties: {
      error: { enum: ['invalid_request', 'invalid_client', 'unsupported_grant_type'] },
      error_description: { type: 'string' },
    },
  },
  GatewayFault: {
    type: 'object',
    description:
      'A fault of the API gateway in front of the native backends (WSO2 API Manager codes: 900901 invalid, 900902 missing credentials, 900906 no such resource).',
    required: ['fault'],
    properties: {
      fault: {
        type: 'object',
        required: ['code', 'message', 'description'],
        properties: { code: { type: 'integer' }, message: { type: 'string' }, description: { type: 'string' } },
      },
    },
  },
};

export function sharedComponents(): ComponentsObject {
  return {
    schemas,
    headers: {
      RetryAfter: { description: 'Whole seconds to wait before trying again (at least 1).', schema: { type: 'integer', minimum: 1 } },
    },
    securitySchemes: {
      [BEARER]: {
        type: 'http',
        scheme: 'bearer',
        description: 'An opaque access token from `POST /token` (client_credentials grant).',
      },
      [ADMIN_BEARER]: {
        type: 'http',
        scheme: 'bearer',
        description: '`ADMIN_TOKEN` (default `dev-admin`); `ADMIN_READONLY_TOKEN` may read but not act.',
      },
      [CLIENT_BASIC]: { type: 'http', scheme: 'basic', description: 'client_id and client_secret, as WSO2 clients send them to `/token`.' },
    },
  };
}

/** Statuses that tell the caller to wait carry Retry-After. */
const WAIT_STATUSES = new Set(['429', '503']);

/** A problem+json response with the usual headers. */
export function problemResponse(status: string, description: string): ResponseObject {
  return {
    description,
    ...(WAIT_STATUSES.has(status) ? { headers: { 'Retry-After': { $ref: '#/components/headers/RetryAfter' } } } : {}),
    content: { 'application/problem+json': { schema: ref('Problem') } },
  };
}

/** The problem responses named by status, with their descriptions. */
export function problemResponses(described: Record<string, string>): Record<string, ResponseObject> {
  return Object.fromEntries(Object.entries(described).map(([status, description]) => [status, problemResponse(status, description)]));
}

export const TOO_MANY = 'Over the client’s request budget (`RATE_LIMIT_PER_SECOND`); nothing was stored.';
export const UNAVAILABLE = 'Redis does not answer: it is down (nothing was stored), or silent past `REDIS_COMMAND_TIMEOUT_MS`.';
