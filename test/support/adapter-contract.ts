import type { Adapter } from '../../src/core/adapter';
import {
  BusinessRuleError,
  ForbiddenError,
  InternalError,
  NotFoundError,
  ServiceUnavailableError,
  ValidationError,
  type AppError,
} from '../../src/core/errors';
import type { TestApp } from './test-app';

type SchemaNode = Record<string, unknown>;

/** Paths of properties that have no description, walking nested objects, array items and `$ref`s. */
export function undocumentedProperties(schema: SchemaNode, path = '', resolve: (id: string) => SchemaNode | undefined = () => undefined): string[] {
  if (typeof schema.$ref === 'string' && !schema.$ref.startsWith('#')) {
    const target = resolve(schema.$ref);
    return target ? undocumentedProperties(target, path, resolve) : [`${path} ($ref ${schema.$ref} not found)`];
  }
  const missing: string[] = [];
  const properties = (schema.properties ?? {}) as Record<string, SchemaNode>;
  for (const [name, child] of Object.entries(properties)) {
    const at = path ? `${path}.${name}` : name;
    if (typeof child.description !== 'string' || child.description.trim() === '') missing.push(at);
    missing.push(...undocumentedProperties(child, at, resolve));
  }
  if (schema.items && typeof schema.items === 'object') missing.push(...undocumentedProperties(schema.items as SchemaNode, `${path}[]`, resolve));
  for (const key of ['oneOf', 'anyOf', 'allOf'] as const) {
    for (const [i, branch] of ((schema[key] ?? []) as SchemaNode[]).entries())
      missing.push(...undocumentedProperties(branch, `${path}(${key}${i})`, resolve));
  }
  return missing;
}

const SAMPLE_ERRORS: AppError[] = [
  new ValidationError('body.x is required', [{ path: 'body.x', message: 'body.x is required' }]),
  new ForbiddenError('not allowed'),
  new NotFoundError('not found'),
  new BusinessRuleError('X', 'refused'),
  new ServiceUnavailableError('down'),
  new InternalError('broken'),
];

/**
 * The contract every backend adapter passes (the way bull-board's server adapters share one suite):
 * a sound manifest, documented schemas, working examples whose answers match their response
 * schemas, native errors in the backend's envelope, and no 500 for an empty native request.
 */
export function runAdapterContract(service: string, getApp: () => TestApp, getToken: () => string): void {
  describe(`adapter contract: ${service}`, () => {
    const adapter = (): Adapter => {
      const found = getApp().app.registry.adapter(service);
      if (!found) throw new Error(`no adapter ${service}`);
      return found;
    };

    it('has a sound manifest: service code, names, operations with handlers', () => {
      const { manifest, handlers } = adapter();
      expect(manifest.service).toMatch(/^[a-z]+$/);
      expect(manifest.name.length).toBeGreaterThan(0);
      expect(manifest.description.length).toBeGreaterThan(0);
      expect(manifest.operations.length).toBeGreaterThan(0);
      for (const op of manifest.operations) expect(typeof handlers[op.operation]).toBe('function');
    });

    it('documents every property of its schemas', () => {
      const { schemas } = getApp().app;
      for (const op of adapter().manifest.operations) {
        for (const id of [op.requestSchema, op.responseSchema].filter(Boolean) as string[]) {
          const schema = schemas.get(id) as SchemaNode;
          const resolve = (ref: string): SchemaNode | undefined => schemas.get(ref);
          expect({ id, missing: undocumentedProperties(schema, '', resolve) }).toEqual({ id, missing: [] });
        }
      }
    });

    it('each operation’s example is valid and succeeds through the unified API, and its answer matches the response schema', async () => {
      const { schemas, config } = getApp().app;
      for (const op of adapter().manifest.operations) {
        expect({ op: op.operation, violations: schemas.check(op.requestSchema, op.example) }).toEqual({ op: op.operation, violations: [] });
        const res = await getApp()
          .http.post('/api/v1/messages')
          .auth(getToken(), { type: 'bearer' })
          .set('prefer', 'wait=10')
          .send({
            header: {
              messageId: `contract-${service}-${op.operation}-${Date.now()}`,
              messageType: `${service}.${op.operation}`,
              from: config.devClient.agency,
            },
            body: op.example as object,
          });
        expect({ op: op.operation, status: res.status, state: res.body.status, error: res.body.error }).toEqual({
          op: op.operation,
          status: 200,
          state: 'completed',
          error: undefined,
        });
        if (op.responseSchema) {
          expect({ op: op.operation, violations: schemas.check(op.responseSchema, res.body.response) }).toEqual({ op: op.operation, violations: [] });
        }
      }
    });

    it('renders every kind of error in its own envelope', () => {
      const { manifest } = adapter();
      const request = { method: 'POST', path: '/', params: {}, query: {}, headers: {}, body: {} };
      for (const error of SAMPLE_ERRORS) {
        const native = manifest.renderError(error, request);
        expect(native.status).toBeGreaterThanOrEqual(200);
        expect(native.status).toBeLessThan(600);
        expect(native.body).toBeTruthy();
        expect(() => JSON.stringify(native.body)).not.toThrow();
      }
    });

    it('answers an empty request on each native path without a 500', async () => {
      for (const route of adapter().manifest.native) {
        for (const path of route.paths) {
          if (path.includes(':')) continue;
          const method = route.method.toLowerCase() as 'get' | 'post' | 'put' | 'delete';
          const res = await getApp().http[method](path).auth(getToken(), { type: 'bearer' });
          expect({ path, status: res.status < 500 }).toEqual({ path, status: true });
        }
      }
    });
  });
}
