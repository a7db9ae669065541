/**
 * `lgsp-sim verify provider`: checks an agency's implementation of a service contract that the
 * platform routes to. The platform routes a message `<service>.<operation>` to `POST <url>/<operation>`
 * with the message body as JSON; the provider answers 2xx with a body valid against the operation's
 * response schema, or refuses with the platform's documented error envelope (RFC 9457
 * problem+json: `type`, `title`, `status` equal to the HTTP status, `detail`).
 * - the example must be answered with success, per the response schema;
 * - other valid requests: success per the response schema, or a 4xx problem (the provider may not
 *   hold that record), never a 5xx;
 * - invalid requests: a 4xx problem, never success and never a 5xx.
 */
import type { OperationSpec } from '../core/adapter';
import type { SchemaRegistry } from '../core/schema-registry';
import { OutboundError, type OutboundClient, type OutboundResponse } from '../outbound/http-client';
import { show } from './matchers';
import { deriveRequests } from './provider-requests';
import { LiveCases, type Failure, type Progress, type SuiteResult } from './report';

export interface ProviderCheckOptions {
  service: string;
  url: string;
  operations: readonly OperationSpec[];
  schemas: SchemaRegistry;
  http: OutboundClient;
  token?: string;
  timeoutMs?: number;
  /** Told of each request's case as it is checked. */
  progress?: Progress;
}

type Miss = Omit<Failure, 'where'>;

function problemEnvelope(res: OutboundResponse): Miss[] {
  const misses: Miss[] = [];
  if (!/^application\/problem\+json/.test(res.headers['content-type'] ?? ''))
    misses.push({
      message: 'an error must be application/problem+json',
      path: 'headers.content-type',
      expected: 'application/problem+json',
      got: res.headers['content-type'] ?? '(none)',
    });
  let body: Record<string, unknown> | undefined;
  try {
    body = JSON.parse(res.text) as Record<string, unknown>;
  } catch {
    return [...misses, { message: 'the error body is not JSON', got: res.text.slice(0, 200) }];
  }
  if (typeof body?.type !== 'string')
    misses.push({ message: 'the problem has no type', path: '$.type', expected: 'a string (a URI)', got: show(body?.type) });
  if (typeof body?.title !== 'string')
    misses.push({ message: 'the problem has no title', path: '$.title', expected: 'a string', got: show(body?.title) });
  if (body?.status !== res.status)
    misses.push({
      message: 'the problem’s status differs from the HTTP status',
      path: '$.status',
      expected: String(res.status),
      got: show(body?.status),
    });
  return misses;
}

function successBody(res: OutboundResponse, op: OperationSpec, schemas: SchemaRegistry): Miss[] {
  if (!op.responseSchema) return [];
  let body: unknown;
  try {
    body = JSON.parse(res.text);
  } catch {
    return [{ message: 'the answer is not JSON', got: res.text.slice(0, 200) }];
  }
  const problems = schemas.check(op.responseSchema, body, '$');
  return problems.length
    ? [
        {
          message: 'the answer does not fit the response schema',
          path: '$',
          expected: `the schema ${op.responseSchema.split('/schemas/')[1]}`,
          got: problems.map((p) => p.message).join('; '),
        },
      ]
    : [];
}

export async function checkProvider(options: ProviderCheckOptions): Promise<SuiteResult> {
  const started = Date.now();
  const plan = options.operations.flatMap((op) => deriveRequests(op, options.schemas).map((request) => ({ op, request })));
  const suite = `provider ${options.service} at ${options.url}`;
  const cases = new LiveCases(suite, plan.length, options.progress);
  for (const { op, request } of plan) {
    const messageType = `${options.service}.${op.operation}`;
    const at = Date.now();
    const name = `${messageType}: ${request.name} → ${request.primary ? 'success' : request.valid ? 'success or a 4xx problem' : 'a 4xx problem'}`;
    let misses: Miss[];
    try {
      const res = await options.http.send({
        url: `${options.url.replace(/\/+$/, '')}/${op.operation}`,
        headers: { 'content-type': 'application/json', ...(options.token ? { authorization: `Bearer ${options.token}` } : {}) },
        body: JSON.stringify(request.body),
        timeoutMs: options.timeoutMs ?? 10_000,
      });
      const ok = res.status >= 200 && res.status < 300;
      const clientError = res.status >= 400 && res.status < 500;
      if (request.primary)
        misses = ok
          ? successBody(res, op, options.schemas)
          : [{ message: 'the contract’s example was not answered with success', expected: '2xx', got: `${res.status} ${res.text.slice(0, 200)}` }];
      else if (request.valid)
        misses = ok
          ? successBody(res, op, options.schemas)
          : clientError
            ? problemEnvelope(res)
            : [
                {
                  message: 'a valid request was answered with a server error',
                  expected: '2xx, or a 4xx problem',
                  got: `${res.status} ${res.text.slice(0, 200)}`,
                },
              ];
      else
        misses = clientError
          ? problemEnvelope(res)
          : [
              {
                message: ok
                  ? 'an invalid request was accepted: the provider does not validate against the request schema'
                  : 'an invalid request was answered with a server error',
                expected: 'a 4xx problem',
                got: `${res.status} ${res.text.slice(0, 200)}`,
              },
            ];
    } catch (error) {
      if (!(error instanceof OutboundError)) throw error;
      misses = [{ message: `no answer: ${error.message}` }];
    }
    cases.add({
      name,
      status: misses.length ? 'failed' : 'passed',
      durationMs: Date.now() - at,
      failures: misses.map((m) => ({ where: `request ${JSON.stringify(request.body).slice(0, 120)}`, ...m })),
    });
  }
  return { name: suite, durationMs: Date.now() - started, cases: cases.cases };
}
