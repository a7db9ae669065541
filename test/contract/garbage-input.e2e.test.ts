import { startTestApp, type TestApp } from '../support/test-app';

/**
 * Bad input must always get a clear answer: never a 500, never a hang. Every native path and every
 * message type gets the kinds of garbage real clients send by mistake.
 */
const GARBAGE_JSON: readonly unknown[] = [
  {},
  [],
  'text',
  42,
  null,
  { a: { b: { c: { d: [1, { e: null }] } } } },
  { maHoSo: 12, data: [], msdn: {}, MaDoiTac: null, declarationForm: 'x', infoType: [], SoTien: -1, loaiDanhMuc: {} },
];
const RAW_BODIES: readonly { type: string; body: string }[] = [
  { type: 'application/json', body: '{"unterminated": ' },
  { type: 'application/json', body: '\u0000\u0001' },
  { type: 'application/xml', body: '<hoTich><nksHoTen>' },
  { type: 'application/x-www-form-urlencoded', body: 'a=1&a=2&b[c]=3' },
  { type: 'text/plain', body: 'hello' },
];

describe('garbage in, clear answers out (no 500 anywhere)', () => {
  let t: TestApp;
  let token = '';
  beforeAll(async () => {
    t = await startTestApp('garbage');
    token = await t.token();
  });
  afterAll(() => t.close());

  const routes = () =>
    t.app.registry.nativeRoutes().flatMap(({ route }) =>
      route.paths.map((path) => ({ method: route.method.toLowerCase() as 'get' | 'post' | 'put' | 'delete', path: path.replace(/:(\w+)/g, 'x$1') })),
    );

  it('native paths answer garbage JSON and raw bodies below 500', async () => {
    const failures: string[] = [];
    expect(routes().length).toBeGreaterThan(10);
    for (const { method, path } of routes()) {
      for (const body of GARBAGE_JSON) {
        const res = await t.http[method](path).auth(token, { type: 'bearer' }).set('content-type', 'application/json').send(JSON.stringify(body));
        if (res.status >= 500) failures.push(`${method.toUpperCase()} ${path} ${JSON.stringify(body)} → ${res.status} ${res.text.slice(0, 200)}`);
      }
      for (const raw of RAW_BODIES) {
        const res = await t.http[method](path).auth(token, { type: 'bearer' }).set('content-type', raw.type).send(raw.body);
        if (res.status >= 500) failures.push(`${method.toUpperCase()} ${path} ${raw.type} ${JSON.stringify(raw.body)} → ${res.status} ${res.text.slice(0, 200)}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('every message type answers garbage bodies on the unified API below 500', async () => {
    const failures: string[] = [];
    const types = t.app.registry.adapters().flatMap((a) => a.manifest.operations.map((op) => `${a.manifest.service}.${op.operation}`));
    let n = 0;
    expect(types.length).toBeGreaterThan(10);
    for (const messageType of types) {
      for (const body of GARBAGE_JSON) {
        const res = await t.http
          .post('/api/v1/messages')
          .auth(token, { type: 'bearer' })
          .set('prefer', 'wait=5')
          .send({ header: { messageId: `garbage-${++n}`, messageType, from: t.config.devClient.agency }, body: body as object });
        if (res.status >= 500) failures.push(`${messageType} ${JSON.stringify(body)} → ${res.status} ${res.text.slice(0, 200)}`);
        if (res.status === 200 && res.body.error?.type === 'internal') failures.push(`${messageType} ${JSON.stringify(body)} → internal error recorded`);
      }
    }
    expect(failures).toEqual([]);
  });
});
