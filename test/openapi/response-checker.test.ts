import type { OpenApiDocument } from '../../src/openapi/openapi-types';
import { ResponseChecker, type ObservedResponse } from '../support/openapi-responses';

const doc = {
  openapi: '3.1.0',
  info: { title: 't', version: '1' },
  paths: {
    '/dmdc/Category/{code}': {
      get: {
        responses: {
          '200': { description: 'rows', content: { 'application/json': { schema: { type: 'array', items: { $ref: '#/components/schemas/Row' } } } } },
          '5XX': { description: 'fault', content: { 'application/json': { schema: { type: 'object', required: ['MSG'] } } } },
        },
      },
    },
    '/dmdc/Category/special': { get: { responses: { '204': { description: 'nothing' } } } },
    '/page': { get: { responses: { '200': { description: 'html', content: { 'text/html': { schema: { type: 'string' } } } } } } },
  },
  components: {
    schemas: {
      Row: { type: 'object', required: ['MaTinh'], properties: { MaTinh: { type: 'string' } } },
      GatewayFault: { type: 'object', required: ['fault'] },
      Problem: { type: 'object', required: ['type', 'status'] },
    },
  },
} as unknown as OpenApiDocument;

const checker = new ResponseChecker(doc);
const seen = (path: string, status: number, body: unknown, contentType = 'application/json; charset=utf-8', method = 'GET'): ObservedResponse => ({
  method,
  path,
  status,
  contentType,
  body: Buffer.from(typeof body === 'string' ? body : JSON.stringify(body)),
});

describe('the response check of the end-to-end tests', () => {
  it('passes a response the document describes, whatever the path’s case or trailing slash', () => {
    expect(checker.check(seen('/dmdc/Category/madantoc', 200, [{ MaTinh: '01' }]))).toBeUndefined();
    expect(checker.check(seen('/DMDC/category/madantoc/', 200, []))).toBeUndefined();
    expect(checker.check(seen('/dmdc/Category/x', 502, { MSG: 'down' }))).toBeUndefined();
    expect(checker.check(seen('/page', 200, '<html></html>', 'text/html; charset=utf-8'))).toBeUndefined();
  });

  it('prefers a literal path to a template, and takes an empty body where none is documented', () => {
    expect(checker.check({ ...seen('/dmdc/Category/special', 204, ''), contentType: undefined })).toBeUndefined();
    expect(checker.check(seen('/dmdc/Category/special', 200, []))).toMatch(/200 is not a documented status of GET \/dmdc\/Category\/special/);
  });

  it('names the status, the path and the first schema error', () => {
    expect(checker.check(seen('/dmdc/Category/madantoc', 200, [{ MaTinh: 1 }]))).toMatch(
      /GET \/dmdc\/Category\/\{code\} 200 \(application\/json\): \/0\/MaTinh must be string/,
    );
    expect(checker.check(seen('/dmdc/Category/madantoc', 404, {}))).toMatch(
      /404 is not a documented status of GET \/dmdc\/Category\/\{code\} \(documented: 200, 5XX\)/,
    );
    expect(checker.check(seen('/dmdc/Category/madantoc', 200, '<p>', 'text/html'))).toMatch(/documents application\/json, not text\/html/);
    expect(checker.check(seen('/dmdc/Category/madantoc', 200, '{"cut'))).toMatch(/the body is not JSON/);
  });

  it('takes a 404 fault or problem on a path the document does not list, and nothing else there', () => {
    expect(checker.check(seen('/dmdc/Nope', 404, { fault: { code: 900906 } }))).toBeUndefined();
    expect(checker.check(seen('/nope', 404, { type: 'urn:x', status: 404 }, 'application/problem+json'))).toBeUndefined();
    expect(checker.check(seen('/nope', 200, {}))).toMatch(/GET \/nope \(path not documented\) answered 200/);
    expect(checker.check(seen('/page', 404, { nothing: 1 }, 'application/json', 'POST'))).toMatch(
      /POST \/page \(method not documented\) 404: \(root\) must have required property 'fault'/,
    );
  });
});
