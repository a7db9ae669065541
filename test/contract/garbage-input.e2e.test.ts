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
      route.paths.map((path) => ({
        method: route.method.toLowerCase() as 'get' | 'post' | 'put' | 'delete',
        path: path.replace(/:(\w+)/g, 'x$1'),
      })),
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
        if (res.status >= 500)
          failures.push(`${method.toUpperCase()} ${path} ${raw.type} ${JSON.stringify(raw.body)} → ${res.status} ${res.text.slice(0, 200)}`);
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
        if (res.status === 200 && res.body.error?.type === 'internal')
          failures.push(`${messageType} ${JSON.stringify(body)} → internal error recorded`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('a body its Content-Encoding does not decode → 400 saying so (unified API, token, native paths); nothing stored', async () => {
    const before = (await t.app.redis.keys(`${t.prefix}:msg:*`)).length;
    for (const encoding of ['gzip', 'deflate', 'br']) {
      const unified = await t.http
        .post('/api/v1/messages')
        .auth(token, { type: 'bearer' })
        .set('content-type', 'application/json')
        .set('content-encoding', encoding)
        .send('{"header":{}}');
      expect({ encoding, status: unified.status, type: unified.type, detail: unified.body.detail }).toEqual({
        encoding,
        status: 400,
        type: 'application/problem+json',
        detail: expect.stringMatching(/^The body could not be decoded as its Content-Encoding says: /),
      });
      const form = await t.http
        .post('/token')
        .set('content-type', 'application/x-www-form-urlencoded')
        .set('content-encoding', encoding)
        .send('grant_type=client_credentials');
      expect({ encoding, status: form.status, error: form.body.error }).toEqual({ encoding, status: 400, error: 'invalid_request' });
    }
    const native = await t.http
      .post('/apiLyLichTuPhap/nhanHoSoDangKy')
      .auth(token, { type: 'bearer' })
      .set('content-type', 'application/json')
      .set('content-encoding', 'gzip')
      .send('{}');
    expect(native.status).toBeLessThan(500);
    expect(native.body).toMatchObject({ STATUS: '0', DESCRIPTION: expect.stringMatching(/could not be decoded as its Content-Encoding says/) });
    expect((await t.app.redis.keys(`${t.prefix}:msg:*`)).length).toBe(before);
  });

  it('a charset other than UTF-8, or a content-coding the server does not know → 415 naming it; nothing stored', async () => {
    const before = (await t.app.redis.keys(`${t.prefix}:msg:*`)).length;
    const message = JSON.stringify({ header: { messageId: 'garbage-charset', messageType: 'diag.echo', from: t.config.devClient.agency }, body: {} });
    const latin1 = await t.http
      .post('/api/v1/messages')
      .auth(token, { type: 'bearer' })
      .set('content-type', 'application/json; charset=latin1')
      .send(message);
    expect({ status: latin1.status, detail: latin1.body.detail }).toEqual({
      status: 415,
      detail: `The body's charset is not accepted here (unsupported charset "LATIN1"); send UTF-8`,
    });
    const zstd = await t.http
      .post('/api/v1/messages')
      .auth(token, { type: 'bearer' })
      .set('content-type', 'application/json')
      .set('content-encoding', 'zstd')
      .send(message);
    expect({ status: zstd.status, detail: zstd.body.detail }).toEqual({
      status: 415,
      detail: `The body's Content-Encoding is not accepted here (unsupported content encoding "zstd"); send gzip, deflate, br or none`,
    });
    expect((await t.app.redis.keys(`${t.prefix}:msg:*`)).length).toBe(before);
  });

  it('a body nested far deeper than any real one (JSON, form, XML) → a clear refusal, never a 500; nothing stored', async () => {
    const before = (await t.app.redis.keys(`${t.prefix}:msg:*`)).length;
    const deep = '['.repeat(50_000) + ']'.repeat(50_000);
    const tooDeep = 'The body nests deeper than 64 levels of objects and arrays';
    const unified = await t.http
      .post('/api/v1/messages')
      .auth(token, { type: 'bearer' })
      .set('content-type', 'application/json')
      .send(`{"header":{"messageId":"garbage-deep","messageType":"diag.echo","from":"${t.config.devClient.agency}"},"body":{"echo":${deep}}}`);
    expect({ status: unified.status, detail: unified.body.detail }).toEqual({ status: 400, detail: tooDeep });
    const native = await t.http
      .post('/apiLyLichTuPhap/nhanHoSoDangKy')
      .auth(token, { type: 'bearer' })
      .set('content-type', 'application/json')
      .send(deep);
    expect({ status: native.status, body: native.body }).toEqual({
      status: 200,
      body: { STATUS: '0', DESCRIPTION: tooDeep, ERROR_CODE: 'BAD_REQUEST' },
    });
    const tokenJson = await t.http.post('/token').set('content-type', 'application/json').send(deep);
    expect({ status: tokenJson.status, error: tokenJson.body.error }).toEqual({ status: 400, error: 'invalid_request' });
    const form = await t.http
      .post('/apiLyLichTuPhap/nhanHoSoDangKy')
      .auth(token, { type: 'bearer' })
      .set('content-type', 'application/x-www-form-urlencoded')
      .send(`a${'[b]'.repeat(5000)}=1`);
    expect({ status: form.status, body: form.body }).toEqual({
      status: 200,
      body: { STATUS: '0', DESCRIPTION: 'The input exceeded the depth', ERROR_CODE: 'BAD_REQUEST' },
    });
    const xml = await t.http
      .post('/apiHoTichTuPhap/dangKyHoTich')
      .auth(token, { type: 'bearer' })
      .set('content-type', 'application/xml')
      .send('<a>'.repeat(20_000) + '</a>'.repeat(20_000));
    expect(xml.status).toBe(400);
    expect(xml.body.errorDescription).toMatch(/cannot be read as XML: .*\(at most 64 levels\)$/);
    expect((await t.app.redis.keys(`${t.prefix}:msg:*`)).length).toBe(before);
  });

  it('a member named __proto__ (which would turn into a prototype whose members pass for fields) → refused; nothing stored', async () => {
    const before = (await t.app.redis.keys(`${t.prefix}:msg:*`)).length;
    const unified = await t.http
      .post('/api/v1/messages')
      .auth(token, { type: 'bearer' })
      .set('content-type', 'application/json')
      .send(
        `{"header":{"messageId":"garbage-proto","messageType":"diag.echo","from":"${t.config.devClient.agency}"},"body":{"echo":{"__proto__":{"x":1}}}}`,
      );
    expect({ status: unified.status, detail: unified.body.detail }).toEqual({
      status: 400,
      detail: 'The body has a member named __proto__ (at body.echo.__proto__), which no field can have',
    });
    // The registry's required fields, sent only as inherited members: refused at the door, not validated as present.
    const native = await t.http
      .post('/apiLyLichTuPhap/nhanHoSoDangKy')
      .auth(token, { type: 'bearer' })
      .set('content-type', 'application/json')
      .send('{"__proto__":{"idReceivedDec":"1"}}');
    expect(native.body).toEqual({
      STATUS: '0',
      DESCRIPTION: 'The body has a member named __proto__ (at __proto__), which no field can have',
      ERROR_CODE: 'BAD_REQUEST',
    });
    const xml = await t.http
      .post('/apiHoTichTuPhap/dangKyHoTich')
      .auth(token, { type: 'bearer' })
      .set('content-type', 'application/xml')
      .send('<hoTich><__proto__><maDonVi>X</maDonVi></__proto__></hoTich>');
    expect(xml.status).toBe(400);
    expect(xml.body.errorDescription).toMatch(/cannot be read as XML: .*__proto__/);
    expect((await t.app.redis.keys(`${t.prefix}:msg:*`)).length).toBe(before);
  });

  it('a path with broken percent-encoding → 400 saying so, not a 500', async () => {
    for (const path of ['/api/v1/messages/%E0%A4%A', '/apiHoTichTuPhap/%E0%A4%A']) {
      const res = await t.http.get(path).auth(token, { type: 'bearer' });
      expect({ path, status: res.status, detail: res.body.detail }).toEqual({
        path,
        status: 400,
        detail: "The path is not valid percent-encoding: Failed to decode param '%E0%A4%A'",
      });
    }
  });
});
