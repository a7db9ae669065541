import type { Adapter } from '../../src/core/adapter';
import { schemaId } from '../../src/schemas/load-schemas';
import { buildOpenApi } from '../../src/openapi/build-openapi';
import type { OpenApiDocument, OperationObject } from '../../src/openapi/openapi-types';
import { startTestApp, type TestApp } from '../support/test-app';
import { takeUndescribed } from '../support/undescribed-responses';
import { documentValidator, operationsOf, refsOf, structuralProblems } from './openapi-assertions';

interface ServiceEntry {
  service: string;
  messageTypes: { messageType: string }[];
  nativePaths: { method: string; path: string; messageType: string }[];
}

/** The discriminator on `header.messageType` of the message body. */
function headerDiscriminator(doc: OpenApiDocument): { propertyName: string; mapping: Record<string, string> } {
  const schema = doc.paths['/api/v1/messages']?.post?.requestBody?.content['application/json']?.schema as {
    allOf: { properties?: { header?: { discriminator: never } } }[];
  };
  const header = schema.allOf.find((part) => part.properties?.header)?.properties?.header;
  return header?.discriminator ?? { propertyName: '', mapping: {} };
}

/** `/a/:b` as the document writes it. */
const template = (path: string): string => path.replace(/:([A-Za-z_$][\w$]*)/g, '{$1}');

describe('GET /api/v1/openapi.json', () => {
  let t: TestApp;
  let doc: OpenApiDocument;
  let services: ServiceEntry[];

  beforeAll(async () => {
    t = await startTestApp('openapi');
    const res = await t.http.get('/api/v1/openapi.json');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    doc = res.body as OpenApiDocument;
    services = (await t.http.get('/api/v1/services').expect(200)).body.services as ServiceEntry[];
  });
  afterAll(() => t.close());

  it('is served without a token, to any origin', async () => {
    const res = await t.http.get('/api/v1/openapi.json');
    expect(res.headers['access-control-allow-origin']).toBe('*');
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.info).toMatchObject({ title: 'lgsp-sim', version: expect.stringMatching(/^\d+\.\d+\.\d+/) });
  });

  it('holds together as OpenAPI 3.1: operations with responses, declared path parameters, every $ref resolves', () => {
    expect(structuralProblems(doc)).toEqual([]);
    expect(operationsOf(doc).length).toBeGreaterThan(10);
  });

  it('documents the fixed routes with their security', () => {
    const op = (path: string, method: 'get' | 'post'): OperationObject | undefined => doc.paths[path]?.[method];
    expect(op('/token', 'post')?.requestBody?.content).toHaveProperty(['application/x-www-form-urlencoded']);
    expect(Object.keys(op('/token', 'post')?.responses ?? {})).toEqual(['200', '400', '401', '413', '415', '429']);
    expect(Object.keys(op('/api/v1/messages', 'post')?.responses ?? {})).toEqual([
      '200',
      '202',
      '400',
      '401',
      '403',
      '404',
      '409',
      '413',
      '415',
      '429',
      '503',
      '5XX',
    ]);
    expect(op('/api/v1/messages', 'post')?.security).toEqual([{ bearerToken: [] }]);
    expect(op('/api/v1/messages', 'post')?.parameters?.map((p) => p.name)).toContain('Prefer');
    expect(op('/api/v1/messages/{messageId}', 'get')?.responses['429']).toMatchObject({
      headers: { 'Retry-After': { $ref: '#/components/headers/RetryAfter' } },
    });
    for (const path of ['/api/v1/services', '/api/v1/schemas/{messageType}', '/livez', '/readyz', '/api/v1/openapi.json'])
      expect(op(path, 'get')).toBeDefined();
    expect(doc.components.securitySchemes).toMatchObject({
      bearerToken: { type: 'http', scheme: 'bearer' },
      adminToken: { type: 'http', scheme: 'bearer' },
    });
  });

  it('has every message type of /api/v1/services, each with its own body schema and example', () => {
    const submit = doc.paths['/api/v1/messages']?.post;
    const media = submit?.requestBody?.content['application/json'];
    const branches = Object.keys(headerDiscriminator(doc).mapping);
    const enumerated = doc.paths['/api/v1/schemas/{messageType}']?.get?.parameters?.[0]?.schema.enum;
    const all = services.flatMap((s) => s.messageTypes.map((m) => m.messageType));
    expect(all.length).toBeGreaterThan(5);
    expect(branches.sort()).toEqual([...all].sort());
    expect(Object.keys(media?.examples ?? {}).sort()).toEqual([...all].sort());
    expect(enumerated).toEqual(all);
  });

  it('has every native path of /api/v1/services, templated, linked to its message type', () => {
    for (const native of services.flatMap((s) => s.nativePaths)) {
      const operation = doc.paths[template(native.path)]?.[native.method.toLowerCase() as 'get' | 'post'];
      expect({ native, found: operation?.['x-lgsp-message-type'] }).toEqual({ native, found: native.messageType });
    }
    expect(doc.paths['/dmdc/Category/{code}']?.get?.parameters).toEqual([{ name: 'code', in: 'path', required: true, schema: { type: 'string' } }]);
    expect(doc.paths['/dmdc/Category/{code}']?.post?.requestBody?.content).toEqual({ 'application/json': {} });
    expect(Object.keys(doc.paths['/apiLyLichTuPhap/nhanHoSoDangKy']?.post?.requestBody?.content ?? {})).toEqual([
      'application/json',
      'application/x-www-form-urlencoded',
    ]);
    // LLTP v2's bodies are another contract than their messages: described by their own schemas.
    expect(doc.paths['/apiLyLichTuPhap/v2/nhanHoSo']?.post?.requestBody?.content).toEqual({
      'application/json': { schema: { $ref: '#/components/schemas/lltp.v2.nhanHoSo.request' } },
    });
    expect(doc.paths['/apiLyLichTuPhap/v2/layKetQua']?.post?.requestBody?.content).toEqual({
      'application/json': { schema: { $ref: '#/components/schemas/lltp.v2.layKetQua.request' } },
    });
  });

  it('embeds every JSON Schema, and each example message validates against the documented body', () => {
    for (const id of t.app.schemas.ids()) {
      const name = id
        .replace('https://lgsp-sim.local/schemas/', '')
        .replace(/\.json$/, '')
        .replace(/\//g, '.');
      expect(doc.components.schemas).toHaveProperty([name]);
    }
    const validate = documentValidator(doc).compile('#/paths/~1api~1v1~1messages/post/requestBody/content/application~1json/schema');
    const examples = doc.paths['/api/v1/messages']?.post?.requestBody?.content['application/json']?.examples ?? {};
    for (const [messageType, example] of Object.entries(examples)) {
      expect({ messageType, valid: validate(example.value), errors: validate.errors }).toMatchObject({ messageType, valid: true });
    }
    expect(validate({ header: { messageId: 'x', messageType: 'dkdn.chiTietDoanhNghiep', from: '000.00.00.H30' }, body: { nothing: 1 } })).toBe(false);
  });

  it('references every *.response schema: native paths answer it, message records carry it', () => {
    const responseComponents = Object.keys(doc.components.schemas ?? {}).filter((name) => name.endsWith('.response'));
    expect(responseComponents.length).toBeGreaterThanOrEqual(28);
    const targets = refsOf(doc.paths)
      .concat(refsOf(Object.fromEntries(Object.entries(doc.components.schemas ?? {}).filter(([name]) => !name.endsWith('.response')))))
      .map((r) => r.ref.replace('#/components/schemas/', '').split('/')[0]);
    expect(responseComponents.filter((name) => !targets.includes(name))).toEqual([]);
    for (const native of services.flatMap((s) => s.nativePaths)) {
      const operation = doc.paths[template(native.path)]?.[native.method.toLowerCase() as 'get' | 'post'];
      const answered = refsOf(operation?.responses['200']).map((r) => r.ref);
      expect({ native, answered: answered.length > 0 }).toEqual({ native, answered: true });
    }
  });

  it('describes each native path’s errors in its backend’s envelope, and the gateway’s 401 fault', () => {
    const responses = (path: string, method: 'get' | 'post') => doc.paths[path]?.[method]?.responses ?? {};
    const schemaOf = (path: string, method: 'get' | 'post', status: string) =>
      (responses(path, method)[status] as { content?: Record<string, { schema?: unknown }> }).content?.['application/json']?.schema;
    expect(Object.keys(responses('/dmdc/Category/{code}', 'get'))).toEqual(expect.arrayContaining(['200', '401', '403', '404', '429', '503']));
    expect(schemaOf('/dmdc/Category/{code}', 'get', '404')).toEqual({ $ref: '#/components/schemas/dmdc.native.error' });
    expect(schemaOf('/dmdc/Category/{code}', 'get', '401')).toEqual({ $ref: '#/components/schemas/GatewayFault' });
    expect(schemaOf('/apiHoTichTuPhap/dangKyHoTich', 'post', '422')).toEqual({ $ref: '#/components/schemas/hotich.native.failure' });
    expect(schemaOf('/apiHoTichTuPhap/dangKyHoTich', 'post', '401')).toEqual({ $ref: '#/components/schemas/hotich.native.failure' });
    expect(schemaOf('/apiBHXH/getMaSoBhxhTheoTieuChi', 'post', '409')).toEqual({ $ref: '#/components/schemas/bhxh.native.error' });
    expect(schemaOf('/apiCSDLDKDN/chiTietDoanhNghiep', 'get', '404')).toEqual({ $ref: '#/components/schemas/dkdn.native.error' });
    expect(responses('/dmdc/Category/{code}', 'get')['429']).toMatchObject({
      headers: { 'Retry-After': { $ref: '#/components/headers/RetryAfter' } },
    });
    const payForm = doc.paths['/paygov/pay/{ref}']?.post?.requestBody?.content['application/x-www-form-urlencoded']?.schema as {
      properties: { action: { enum: string[] } };
    };
    expect(payForm.properties.action.enum).toEqual(expect.arrayContaining(['pay', 'fail', 'cancel', 'pending']));
    expect(Object.keys(doc.paths['/paygov/pay/{ref}']?.post?.responses ?? {})).toEqual(expect.arrayContaining(['303', '400', '404', '409']));
  });

  it('takes contributions from other route modules, and refuses one that documents an existing route again', () => {
    const { registry, schemas } = t.app;
    const extra = buildOpenApi({
      registry,
      schemas,
      contributions: [
        {
          tags: [{ name: 'Simulation' }],
          paths: {
            '/sim/clock': {
              get: {
                operationId: 'readClock',
                tags: ['Simulation'],
                security: [{ adminToken: [] }],
                responses: { '200': { description: 'The clock.' } },
              },
            },
          },
        },
      ],
    });
    expect(extra.paths['/sim/clock']?.get?.operationId).toBe('readClock');
    expect(structuralProblems(extra)).toEqual([]);
    expect(() =>
      buildOpenApi({ registry, schemas, contributions: [{ paths: { '/livez': { get: { responses: { '200': { description: 'again' } } } } } }] }),
    ).toThrow('OpenAPI: GET /livez is documented twice');
    expect(() => buildOpenApi({ registry, schemas, contributions: [{ components: { schemas: { Problem: { type: 'string' } } } }] })).toThrow(
      'OpenAPI: components.schemas.Problem is defined twice, differently',
    );
  });
});

describe('the OpenAPI document follows the adapters', () => {
  const demo: Adapter = {
    manifest: {
      service: 'demo',
      name: 'Demo backend',
      description: 'An adapter that exists only in this test.',
      operations: [
        {
          operation: 'layItem',
          summary: 'One item',
          requestSchema: schemaId('dmdc/layMetadata.request.json'),
          responseSchema: schemaId('dmdc/layMetadata.response.json'),
          example: { maDanhMuc: 'magioitinh' },
        },
      ],
      native: [
        {
          method: 'GET',
          paths: ['/demoApi/Items/:itemId{/:part}'],
          operation: 'layItem',
          toMessageBody: () => ({ maDanhMuc: 'magioitinh' }),
          render: () => ({ status: 200, body: {} }),
        },
        {
          method: 'POST',
          paths: ['/demoApi/Items'],
          operation: 'layItem',
          auth: 'optional',
          accepts: ['xml', 'text'],
          toMessageBody: () => ({}),
          render: () => ({ status: 200, body: {} }),
        },
      ],
      renderError: (error) => ({ status: error.status, body: { error: error.message } }),
    },
    handlers: { layItem: async () => [] },
  };
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp('openapi-extra', {}, { extraAdapters: [demo] });
  });
  afterAll(() => t.close());

  it('an answer the document does not describe is caught by the response check of the tests', async () => {
    // The demo backend answers {} where its documented answer is a list (layMetadata's response schema).
    const token = await t.token();
    await t.http.get('/demoApi/Items/1').auth(token, { type: 'bearer' }).expect(200);
    const caught = takeUndescribed();
    expect(caught).toEqual([
      expect.stringMatching(/^GET \/demoApi\/Items\/1 → 200: GET \/demoApi\/Items\/\{itemId\} 200 \(application\/json\): \(root\) must be array/),
    ]);
  });

  it('adding an adapter adds its paths, tag and message type', async () => {
    const doc = (await t.http.get('/api/v1/openapi.json').expect(200)).body as OpenApiDocument;
    expect(structuralProblems(doc)).toEqual([]);
    expect(doc.tags.map((tag) => tag.name)).toContain('demo');
    expect(doc.paths['/demoApi/Items/{itemId}/{part}']?.get?.parameters?.map((p) => p.name)).toEqual(['itemId', 'part']);
    expect(doc.paths['/demoApi/Items/{itemId}']?.get).toMatchObject({ 'x-lgsp-message-type': 'demo.layItem', security: [{ bearerToken: [] }] });
    expect(doc.paths['/demoApi/Items']?.post).toMatchObject({ security: [{}, { bearerToken: [] }] });
    expect(Object.keys(doc.paths['/demoApi/Items']?.post?.requestBody?.content ?? {})).toEqual(['application/xml', 'text/plain']);
    expect(Object.keys(headerDiscriminator(doc).mapping)).toContain('demo.layItem');
  });
});
