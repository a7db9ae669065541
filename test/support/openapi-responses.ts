import type { IncomingMessage, ServerResponse } from 'node:http';
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import type { Express } from 'express';
import request from 'supertest';
import { HTTP_METHODS, type OpenApiDocument, type ResponseObject } from '../../src/openapi/openapi-types';
import { isExpectedUndescribed, recordUndescribed } from './undescribed-responses';

export { expectUndescribedResponses } from './undescribed-responses';

/**
 * Checks every response an end-to-end test receives against the OpenAPI document the app serves:
 * path + method + status + content type → the documented schema, compiled with ajv's JSON Schema
 * 2020-12 (the dialect of OpenAPI 3.1). A response the document does not describe is recorded, and
 * the jest setup file (openapi-responses-setup.ts) fails the test that received it, naming the
 * request, the status and the first schema error. `OPENAPI_RESPONSE_CHECK=off` turns it off.
 */

/** An ajv holding the whole document, so a pointer into it compiles with every `$ref` it needs. */
export function documentValidator(doc: OpenApiDocument, options: { allErrors?: boolean } = {}): { compile(pointer: string): ValidateFunction } {
  const ajv = new Ajv2020({ strict: false, allErrors: options.allErrors ?? false });
  addFormats(ajv);
  ajv.addSchema(doc, 'openapi');
  return { compile: (pointer) => ajv.compile({ $ref: `openapi${pointer}` }) };
}

/** `['paths', '/a/{b}', 'get']` → `#/paths/~1a~1%7Bb%7D/get` (JSON pointer, URI-escaped). */
const pointer = (tokens: readonly string[]): string =>
  `#/${tokens.map((t) => encodeURIComponent(t.replace(/~/g, '~0').replace(/\//g, '~1'))).join('/')}`;

interface PathMatcher {
  template: string;
  pattern: RegExp;
  params: number;
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^$()|[\]\\]/g, '\\$&');

function matchers(doc: OpenApiDocument): PathMatcher[] {
  return Object.keys(doc.paths)
    .map((template) => {
      const parts = template.split(/(\{[^}]+\})/);
      const source = parts.map((p) => (p.startsWith('{') ? '[^/]+' : escapeRegExp(p))).join('');
      // Express routes ignore case and a trailing slash.
      return { template, pattern: new RegExp(`^${source}/?$`, 'i'), params: parts.filter((p) => p.startsWith('{')).length };
    })
    .sort((a, b) => a.params - b.params);
}

const JSON_TYPE = /^application\/([\w.-]+\+)?json$/;

export interface ObservedResponse {
  method: string;
  /** The path as sent, without the query. */
  path: string;
  status: number;
  contentType: string | undefined;
  body: Buffer;
}

export class ResponseChecker {
  private readonly paths: PathMatcher[];
  private readonly compiled = new Map<string, ValidateFunction>();
  private readonly validator: ReturnType<typeof documentValidator>;
  private explainer: ReturnType<typeof documentValidator> | undefined;

  constructor(private readonly doc: OpenApiDocument) {
    this.paths = matchers(doc);
    this.validator = documentValidator(doc);
  }

  private template(path: string): string | undefined {
    let decoded = path;
    try {
      decoded = decodeURI(path);
    } catch {
      // A path that is not valid percent-encoding is matched as sent.
    }
    return this.paths.find((m) => m.pattern.test(path) || m.pattern.test(decoded))?.template;
  }

  private validate(tokens: readonly string[], value: unknown): string | undefined {
    const at = pointer(tokens);
    let validate = this.compiled.get(at);
    if (!validate) {
      validate = this.validator.compile(at);
      this.compiled.set(at, validate);
    }
    if (validate(value)) return undefined;
    // The first error of a oneOf is often a branch that was never meant to match: name the deepest.
    this.explainer ??= documentValidator(this.doc, { allErrors: true });
    const explain = this.explainer.compile(at);
    explain(value);
    const errors = explain.errors ?? validate.errors ?? [];
    const first = [...errors].sort((a, b) => b.instancePath.split('/').length - a.instancePath.split('/').length)[0];
    return `${first?.instancePath || '(root)'} ${first?.message ?? 'is not valid'}${first?.params ? ` ${JSON.stringify(first.params)}` : ''} (schema ${first?.schemaPath ?? '?'})`;
  }

  /** Why the document does not describe this response; undefined when it does. */
  check(observed: ObservedResponse): string | undefined {
    // The queue board is bull-board's UI; its own API and assets are its business, not ours.
    if (/^\/admin\/queues\/./i.test(observed.path)) return undefined;
    const method = observed.method.toLowerCase() as (typeof HTTP_METHODS)[number];
    const template = this.template(observed.path);
    const operation = template ? this.doc.paths[template]?.[method] : undefined;
    if (!template || !operation) return this.checkUnknownPath(observed, template);
    const status = String(observed.status);
    const key = [status, `${status[0]}XX`, 'default'].find((k) => k in operation.responses);
    if (!key)
      return `${observed.status} is not a documented status of ${method.toUpperCase()} ${template} (documented: ${Object.keys(operation.responses).join(', ')})`;
    const response = operation.responses[key] as ResponseObject;
    return this.checkBody(observed, response, ['paths', template, method, 'responses', key, 'content'], `${method.toUpperCase()} ${template} ${key}`);
  }

  private checkBody(observed: ObservedResponse, response: ResponseObject, at: readonly string[], where: string): string | undefined {
    const content = response.content ?? {};
    const mediaType = observed.contentType?.split(';')[0]?.trim().toLowerCase();
    if (Object.keys(content).length === 0) {
      // A redirect's body ("See Other. Redirecting to …") is express's courtesy, not an answer.
      if (observed.status >= 300 && observed.status < 400) return undefined;
      return observed.body.length === 0 ? undefined : `${where} documents no body, but one of type ${mediaType ?? '(none)'} came back`;
    }
    if (!mediaType) return observed.body.length === 0 && observed.method === 'HEAD' ? undefined : `${where}: the response has no Content-Type`;
    const documented =
      Object.keys(content).find((k) => k.toLowerCase() === mediaType) ??
      Object.keys(content).find((k) => k === '*/*' || k === `${mediaType.split('/')[0]}/*`);
    if (!documented) return `${where} documents ${Object.keys(content).join(', ')}, not ${mediaType}`;
    const media = content[documented];
    if (!media.schema || !JSON_TYPE.test(mediaType)) return undefined;
    let value: unknown;
    try {
      value = JSON.parse(observed.body.toString('utf8'));
    } catch {
      return `${where}: the body is not JSON`;
    }
    const error = this.validate([...at, documented, 'schema'], value);
    return error ? `${where} (${documented}): ${error}` : undefined;
  }

  /**
   * A path (or method) the document does not list is answered 404: the gateway's fault 900906
   * under a backend's base path, problem+json elsewhere; a request that cannot be read at all may be
   * refused before routing with 400, 413 or 415 (the document's description says so). Anything else
   * there is undescribed.
   */
  private checkUnknownPath(observed: ObservedResponse, template: string | undefined): string | undefined {
    const what = template ? `${observed.method} ${template} (method not documented)` : `${observed.method} ${observed.path} (path not documented)`;
    if (![400, 404, 413, 415].includes(observed.status)) return `${what} answered ${observed.status}`;
    const unknown: ResponseObject = {
      description: 'No such resource',
      content: {
        'application/json': { schema: { $ref: '#/components/schemas/GatewayFault' } },
        'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } },
      },
    };
    const mediaType = observed.contentType?.split(';')[0]?.trim().toLowerCase();
    const schema = mediaType === 'application/problem+json' ? 'Problem' : 'GatewayFault';
    if (!mediaType || !(mediaType in (unknown.content ?? {}))) return `${what} answered ${observed.status} as ${mediaType ?? '(no type)'}`;
    let value: unknown;
    try {
      value = JSON.parse(observed.body.toString('utf8'));
    } catch {
      return `${what}: the ${observed.status} body is not JSON`;
    }
    const error = this.validate(['components', 'schemas', schema], value);
    return error ? `${what} ${observed.status}: ${error}` : undefined;
  }
}

export const responseCheckEnabled = (): boolean => process.env.OPENAPI_RESPONSE_CHECK !== 'off';

/** Buffers what the response writes, and hands it over when it is finished. */
function observe(req: IncomingMessage, res: ServerResponse, done: (observed: ObservedResponse) => void): void {
  // Taken now: routers mounted under a prefix rewrite req.url while they handle the request.
  const method = req.method ?? 'GET';
  const path = (req.url ?? '/').split('?')[0] ?? '/';
  const chunks: Buffer[] = [];
  const keep = (chunk: unknown, encoding?: unknown): void => {
    if (chunk === undefined || chunk === null || typeof chunk === 'function') return;
    chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8'));
  };
  const write = res.write.bind(res) as (...args: unknown[]) => boolean;
  const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
  res.write = ((chunk: unknown, ...rest: unknown[]) => {
    keep(chunk, rest[0]);
    return write(chunk, ...rest);
  }) as ServerResponse['write'];
  res.end = ((chunk?: unknown, ...rest: unknown[]) => {
    keep(chunk, rest[0]);
    return end(chunk, ...rest);
  }) as ServerResponse['end'];
  // An answer may give all its headers to writeHead at once (src/http/answer-headers.ts): node then
  // keeps none of them for getHeader, so the Content-Type is taken from what writeHead was given.
  let written: string | undefined;
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse;
  res.writeHead = (...args: unknown[]) => {
    const headers = args.find((arg) => Array.isArray(arg)) as unknown[] | undefined;
    const at = headers?.findIndex((item, i) => i % 2 === 0 && String(item).toLowerCase() === 'content-type') ?? -1;
    if (headers && at >= 0) written = String(headers[at + 1]);
    return writeHead(...args);
  };
  res.once('finish', () => {
    const header = res.getHeader('content-type') ?? written;
    done({
      method,
      path,
      status: res.statusCode,
      contentType: typeof header === 'string' ? header : undefined,
      body: Buffer.concat(chunks),
    });
  });
}

/**
 * Fetches the app's own OpenAPI document and, from then on, checks every response the app sends
 * (through supertest or a listening server alike) against it.
 */
export async function checkResponsesAgainstDocument(http: Express): Promise<void> {
  if (!responseCheckEnabled()) return;
  const res = await request(http).get('/api/v1/openapi.json');
  if (res.status !== 200) throw new Error(`GET /api/v1/openapi.json answered ${res.status}; the response check needs the document`);
  const checker = new ResponseChecker(res.body as OpenApiDocument);
  // Express's app function hands every request to `app.handle`, whoever serves the app.
  type Handle = (req: IncomingMessage, res: ServerResponse, next?: unknown) => void;
  const app = http as unknown as { handle: Handle };
  const handle = app.handle.bind(http);
  app.handle = (req, res, next) => {
    observe(req, res, (observed) => {
      const problem = checker.check(observed);
      if (problem && !isExpectedUndescribed(observed.method, observed.path))
        recordUndescribed(`${observed.method} ${observed.path} → ${observed.status}: ${problem}`);
    });
    handle(req, res, next);
  };
}
