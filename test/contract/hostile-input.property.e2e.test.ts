import fc from 'fast-check';
import type { Response } from 'supertest';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * Properties over the spaces hostile input comes from — headers, cookies, credentials, and control
 * calls racing each other — against the real app on a real Redis: never a 5xx, and the answer is in
 * the envelope of the surface that gave it (OAuth's on /token, problem+json on the API, the admin
 * page's redirect). Run counts are small (the file runs in a few seconds); a failure prints the
 * shrunk counterexample and its seed, which `fc.assert(..., { seed, path })` replays.
 */
describe('hostile input, as properties (fast-check)', () => {
  let t: TestApp;
  let token = '';
  beforeAll(async () => {
    // The failed-authentication limit is off here, so every run reaches the code that checks the
    // secret (with it on, runs after the first few would meet only the 429).
    t = await startTestApp('hostile-property', { authFailureLimit: 0 });
    token = await t.token();
  });
  afterAll(() => t.close());

  const printable = fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)), maxLength: 60 });
  const base64Of = (text: string): string => Buffer.from(text, 'utf8').toString('base64');
  const credentialText = fc.oneof(
    printable,
    fc.string({ unit: 'grapheme', maxLength: 20 }),
    fc.constantFrom('%', '%zz', '%E0%A4%A', ':', 'dev-client', 'dev-secret', ''),
  );
  const authorization = fc.oneof(
    fc.tuple(credentialText, credentialText).map(([id, secret]) => `Basic ${base64Of(`${id}:${secret}`)}`),
    credentialText.map((raw) => `Basic ${base64Of(raw)}`),
    printable.map((value) => `Basic ${value}`),
    printable.map((value) => `Bearer ${value}`),
    fc.constantFrom('Bearer', 'Basic', 'Bearer dev-admin', 'bearer  dev-admin ', 'Digest username="x"', 'Negotiate abc=='),
    printable,
  );
  const contentType = fc.oneof(
    fc.constantFrom(
      'application/json',
      'application/x-www-form-urlencoded',
      'application/xml',
      'text/plain',
      'multipart/form-data; boundary=x',
      'application/json; charset=latin1',
      'application/merge-patch+json',
      '',
    ),
    printable,
  );
  const cookieValue = fc.oneof(
    printable.map(encodeURIComponent),
    fc.jsonValue({ maxDepth: 3 }).map((v) => encodeURIComponent(`j:${JSON.stringify(v)}`)),
    fc.constantFrom('j:', 'j:{', 's:abc.def', '%', '%E0%A4%A'),
  );
  const cookie = fc
    .array(fc.tuple(fc.oneof(fc.constant('lgsp_admin_session'), fc.stringMatching(/^[a-z_]{1,12}$/)), cookieValue), { maxLength: 3 })
    .map((pairs) => pairs.map(([k, v]) => `${k}=${v}`).join('; '));
  const headers = fc.record(
    {
      authorization,
      'content-type': contentType,
      prefer: fc.oneof(
        fc.constantFrom('wait=5', 'wait=abc', 'wait=-1', 'wait=99999999999999999999', 'respond-async', 'wait="3"; handling=strict'),
        printable,
      ),
      cookie,
      'x-request-id': printable,
      'x-correlation-id': printable,
      accept: fc.constantFrom('application/json', 'text/html', '*/*', 'application/xml', 'text/html;q=0.9, application/json;q=0.1'),
    },
    { requiredKeys: [] },
  );
  const body = fc.oneof(
    fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)),
    printable,
    fc.constantFrom(
      '',
      'grant_type=client_credentials&client_id=dev-client&client_secret=dev-secret',
      '{"grant_type":"client_credentials","client_id":["x"],"client_secret":{"a":1}}',
      '{"header":',
    ),
  );
  const route = fc.constantFrom(
    { method: 'post', path: '/token', envelope: 'oauth' },
    { method: 'post', path: '/oauth2/token', envelope: 'oauth' },
    { method: 'post', path: '/api/v1/messages', envelope: 'problem' },
    { method: 'get', path: '/api/v1/messages/x-1', envelope: 'problem' },
    { method: 'get', path: '/api/v1/admin/summary', envelope: 'problem' },
    { method: 'post', path: '/api/v1/admin/queues/svc-diag/pause', envelope: 'problem' },
    { method: 'get', path: '/api/v1/admin/dead-letters', envelope: 'problem' },
    { method: 'get', path: '/sim/clock', envelope: 'problem' },
    { method: 'post', path: '/sim/scenarios', envelope: 'problem' },
    { method: 'get', path: '/admin', envelope: 'page' },
    { method: 'get', path: '/admin/queues/api/queues', envelope: 'page' },
    { method: 'post', path: '/admin/login', envelope: 'page' },
    { method: 'post', path: '/admin/logout', envelope: 'page' },
    { method: 'post', path: '/apiLyLichTuPhap/nhanHoSoDangKy', envelope: 'native' },
  ) as fc.Arbitrary<{ method: 'get' | 'post'; path: string; envelope: 'oauth' | 'problem' | 'page' | 'native' }>;

  /** What is wrong with an answer (a 5xx, or the wrong envelope for its surface), or undefined. */
  function wrongAnswer(res: Response, envelope: 'oauth' | 'problem' | 'page' | 'native'): string | undefined {
    if (res.status >= 500) return `status ${res.status}`;
    const type = String(res.headers['content-type'] ?? '');
    if (envelope === 'oauth' && res.status >= 400) {
      if (!type.startsWith('application/json') || typeof res.body.error !== 'string' || typeof res.body.error_description !== 'string')
        return `not an OAuth error: ${type} ${res.text.slice(0, 120)}`;
    }
    if (envelope === 'oauth' && res.status === 200 && typeof res.body.access_token !== 'string') return 'a 200 without a token';
    if (envelope === 'problem' && res.status >= 400) {
      if (!type.startsWith('application/problem+json') || res.body.status !== res.status || typeof res.body.detail !== 'string')
        return `not problem+json: ${type} ${res.text.slice(0, 120)}`;
    }
    if (
      envelope === 'page' &&
      res.status >= 400 &&
      !type.startsWith('application/problem+json') &&
      !type.startsWith('text/html') &&
      !type.startsWith('application/json')
    )
      return `unexpected page answer ${type}`;
    if (envelope === 'native' && !/json|xml|text/.test(type)) return `unexpected native answer ${type}`;
    return undefined;
  }

  it('arbitrary headers, cookies and bodies on every surface: never a 5xx, always the surface’s envelope', async () => {
    await fc.assert(
      fc.asyncProperty(route, headers, body, async (where, sent, payload) => {
        let req = t.http[where.method](where.path);
        for (const [name, value] of Object.entries(sent)) req = req.set(name, value);
        const res = where.method === 'post' ? await req.send(payload) : await req;
        const wrong = wrongAnswer(res, where.envelope);
        if (wrong) throw new Error(`${where.method.toUpperCase()} ${where.path}: ${wrong}`);
      }),
      { numRuns: 150 },
    );
  });

  it('arbitrary client credentials, in the form, in HTTP Basic or as JSON of any type: 200, 400 or 401 in OAuth’s shape', async () => {
    const anyJson = fc.jsonValue({ maxDepth: 2 });
    const attempt = fc.oneof(
      fc.tuple(credentialText, credentialText).map(([id, secret]) => ({ how: 'form', id, secret })),
      fc.tuple(credentialText, credentialText).map(([id, secret]) => ({ how: 'basic', id, secret })),
      fc.tuple(anyJson, anyJson).map(([id, secret]) => ({ how: 'json', id, secret })),
    );
    await fc.assert(
      fc.asyncProperty(attempt, async ({ how, id, secret }) => {
        const req = t.http.post('/token');
        const res =
          how === 'form'
            ? await req.type('form').send({ grant_type: 'client_credentials', client_id: id as string, client_secret: secret as string })
            : how === 'basic'
              ? await req
                  .set('authorization', `Basic ${base64Of(`${String(id)}:${String(secret)}`)}`)
                  .type('form')
                  .send({ grant_type: 'client_credentials' })
              : await req.send({ grant_type: 'client_credentials', client_id: id, client_secret: secret });
        const wrong = wrongAnswer(res, 'oauth') ?? ([200, 400, 401].includes(res.status) ? undefined : `status ${res.status}`);
        if (wrong) throw new Error(`${how} ${JSON.stringify([id, secret])}: ${wrong}`);
      }),
      { numRuns: 80 },
    );
  });

  it('control calls racing each other (resets, clock, scenarios): never a 5xx, and a reset afterwards leaves the seed state', async () => {
    const admin = (req: ReturnType<TestApp['http']['post']>) => req.auth('dev-admin', { type: 'bearer' });
    const call = fc.oneof(
      fc.constant(() => admin(t.http.post('/sim/reset'))),
      fc.constantFrom('diag', 'dkdn', 'lltp', 'nope').map((service) => () => admin(t.http.post('/sim/reset')).send({ service })),
      fc.constant(() => admin(t.http.post('/sim/clock/freeze'))),
      fc.constant(() => admin(t.http.post('/sim/clock/real'))),
      fc
        .date({ min: new Date('2020-01-01'), max: new Date('2035-01-01'), noInvalidDate: true })
        .map((at) => () => admin(t.http.post('/sim/clock/set')).send({ at: at.toISOString() })),
      fc
        .oneof(fc.constantFrom('1m', '2h', '1d', '-1h', 'soon'), fc.integer({ min: -10, max: 86_400_000 }))
        .map((by) => () => admin(t.http.post('/sim/clock/advance')).send({ by })),
      fc.stringMatching(/^[a-z]{1,6}$/).map(
        (id) => () =>
          admin(t.http.post('/sim/scenarios')).send({
            id,
            match: { messageType: 'diag.*' },
            effect: { type: 'latency', distribution: 'fixed', ms: 1 },
          }),
      ),
      fc.stringMatching(/^[a-z]{1,6}$/).map((id) => () => admin(t.http.delete(`/sim/scenarios/${id}`))),
      fc.constant(() => admin(t.http.delete('/sim/scenarios'))),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(call, { minLength: 2, maxLength: 6 }), async (calls) => {
        const answers = await Promise.all(calls.map((make) => make()));
        for (const [i, res] of answers.entries()) {
          const wrong = wrongAnswer(res, 'problem');
          if (wrong) throw new Error(`call ${i} of ${answers.length}: ${wrong}`);
        }
      }),
      { numRuns: 12 },
    );
    const reset = await admin(t.http.post('/sim/reset'));
    expect(reset.status).toBe(200);
    expect((await admin(t.http.get('/sim/scenarios'))).body).toEqual({ rules: [] });
    expect((await admin(t.http.get('/sim/clock'))).body.mode).toBe('real');
    const echo = await t.http
      .post('/api/v1/messages')
      .auth(token, { type: 'bearer' })
      .set('prefer', 'wait=5')
      .send({ header: { messageId: 'after-race', messageType: 'diag.echo', from: '000.00.00.H30' }, body: { echo: 1 } });
    expect(echo.body.status).toBe('completed');
  });
});
