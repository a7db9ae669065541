import { startTestApp, type TestApp } from '../support/test-app';

describe('service catalogue, schemas and health', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp('catalogue');
  });
  afterAll(() => t.close());

  it('GET /api/v1/services lists every backend with message types, schema links and native paths', async () => {
    const res = await t.http.get('/api/v1/services');
    expect(res.status).toBe(200);
    const dkdn = res.body.services.find((s: { service: string }) => s.service === 'dkdn');
    expect(dkdn.messageTypes).toContainEqual(
      expect.objectContaining({ messageType: 'dkdn.chiTietDoanhNghiep', schema: '/api/v1/schemas/dkdn.chiTietDoanhNghiep' }),
    );
    expect(dkdn.nativePaths).toContainEqual({ method: 'GET', path: '/apiCSDLDKDN/chiTietDoanhNghiep', messageType: 'dkdn.chiTietDoanhNghiep' });
    for (const service of res.body.services) {
      for (const type of service.messageTypes) {
        const schema = await t.http.get(type.schema);
        expect(schema.status).toBe(200);
      }
    }
  });

  it('GET /api/v1/schemas/{messageType} serves the request schema, and ?kind=response the response one', async () => {
    const req = await t.http.get('/api/v1/schemas/dkdn.chiTietDoanhNghiep');
    expect(req.status).toBe(200);
    expect(req.headers['content-type']).toContain('application/schema+json');
    expect(JSON.parse(req.text).required).toEqual(['msdn']);
    const resp = await t.http.get('/api/v1/schemas/dkdn.chiTietDoanhNghiep?kind=response');
    expect(JSON.parse(resp.text).required).toEqual(['MainInformation']);
  });

  it('an unknown schema or route → 404 problem+json', async () => {
    const schema = await t.http.get('/api/v1/schemas/nope.nothing');
    expect(schema.status).toBe(404);
    expect(schema.headers['content-type']).toContain('application/problem+json');
    const route = await t.http.get('/api/v1/nothing-here');
    expect(route.status).toBe(404);
    expect(route.body.detail).toMatch(/No route GET \/api\/v1\/nothing-here/);
  });

  it('/livez and /readyz answer; every response carries a request id', async () => {
    const live = await t.http.get('/livez');
    expect(live.status).toBe(200);
    expect(live.headers['x-request-id']).toEqual(expect.any(String));
    const ready = await t.http.get('/readyz');
    expect(ready.status).toBe(200);
    expect(ready.body.checks.redis).toBe('ok');
  });
});
