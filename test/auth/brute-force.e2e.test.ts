import { request as httpRequest } from 'node:http';
import { parsePrometheusText, sampleValue } from '../admin/prometheus-text';
import { startTestApp, type TestApp } from '../support/test-app';

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

/**
 * Guessing secrets: failed authentications are counted per client id and per source address, on
 * /token, the admin bearer token and the admin login form; past the limit each answers 429 with
 * Retry-After in its own envelope. Requests come from different loopback addresses (127.0.0.x),
 * so each case has an address of its own.
 */
describe('brute force: failed authentications are limited', () => {
  let t: TestApp;
  let base: URL;
  const LIMIT = 3;

  beforeAll(async () => {
    t = await startTestApp('brute-force', { authFailureLimit: LIMIT, authFailureWindowSeconds: 60, adminToken: 'admin-secret' });
    base = new URL((await t.app.listen()).url.replace('localhost', '127.0.0.1'));
  });
  afterAll(() => t.close());

  const send = (from: string, method: string, path: string, headers: Record<string, string> = {}, body?: string): Promise<Answer> =>
    new Promise((resolve, reject) => {
      const req = httpRequest({ host: base.hostname, port: base.port, method, path, headers, localAddress: from }, (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text }));
      });
      req.on('error', reject);
      req.end(body);
    });
  const token = (from: string, id: string, secret: string) =>
    send(
      from,
      'POST',
      '/token',
      { 'content-type': 'application/x-www-form-urlencoded' },
      new URLSearchParams({ grant_type: 'client_credentials', client_id: id, client_secret: secret }).toString(),
    );
  const clock = (from: string, bearer: string) => send(from, 'GET', '/sim/clock', { authorization: `Bearer ${bearer}` });
  const login = (from: string, tokenValue: string) =>
    send(from, 'POST', '/admin/login', { 'content-type': 'application/x-www-form-urlencoded' }, `token=${encodeURIComponent(tokenValue)}`);
  const metric = async (name: string, surface: string): Promise<number> => {
    const res = await t.http.get('/metrics');
    return sampleValue(parsePrometheusText(res.text), name, { surface }) ?? 0;
  };

  it('/token: past the limit a client id is blocked from any address, and an address for any client, even with the right secret', async () => {
    for (let i = 0; i < LIMIT; i++) expect((await token('127.0.0.2', 'motcua-h56', `guess-${i}`)).status).toBe(401);
    const blocked = await token('127.0.0.3', 'motcua-h56', 'motcua-h56-secret');
    expect({ status: blocked.status, body: JSON.parse(blocked.text), retryAfter: Number(blocked.headers['retry-after']) }).toEqual({
      status: 429,
      body: {
        error: 'invalid_client',
        error_description: expect.stringMatching(/^Too many failed authentications from this client or address; try again in \d+ s$/),
      },
      retryAfter: expect.any(Number),
    });
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(blocked.headers['retry-after'])).toBeLessThanOrEqual(60);
    // Another client from a clean address is not affected; any client from the guessing address is.
    expect((await token('127.0.0.3', 'dev-client', 'dev-secret')).status).toBe(200);
    expect((await token('127.0.0.2', 'dev-client', 'dev-secret')).status).toBe(429);
    expect(await metric('lgsp_auth_failures_total', 'token')).toBe(LIMIT);
    expect(await metric('lgsp_auth_blocked_total', 'token')).toBe(2);
  });

  it('/token: successful authentications count nothing, and the block ends with its window', async () => {
    for (let i = 0; i < 2 * LIMIT; i++) expect((await token('127.0.0.4', 'dev-client', 'dev-secret')).status).toBe(200);
    for (let i = 0; i < LIMIT; i++) expect((await token('127.0.0.4', 'dev-client', 'wrong')).status).toBe(401);
    expect((await token('127.0.0.4', 'dev-client', 'dev-secret')).status).toBe(429);
    // The window passing, as Redis sees it: the counts (keys with the window as their lifetime) are gone.
    const keys = await t.app.redis.keys(`${t.prefix}:authfail:token:*`);
    expect(keys.length).toBeGreaterThan(0);
    for (const key of keys) expect(await t.app.redis.pttl(key)).toBeLessThanOrEqual(60_000);
    await t.app.redis.unlink(...keys);
    expect((await token('127.0.0.4', 'dev-client', 'dev-secret')).status).toBe(200);
  });

  it('admin bearer (on /sim and /api/v1/admin): past the limit the address gets 429 problem+json, the right token included', async () => {
    for (let i = 0; i < LIMIT; i++) expect((await clock('127.0.0.5', `guess-${i}`)).status).toBe(401);
    for (const res of [
      await clock('127.0.0.5', 'admin-secret'),
      await send('127.0.0.5', 'GET', '/api/v1/admin/summary', { authorization: 'Bearer admin-secret' }),
    ]) {
      expect({
        status: res.status,
        type: res.headers['content-type'],
        problem: JSON.parse(res.text).type,
        retryAfter: Number(res.headers['retry-after']) > 0,
      }).toEqual({
        status: 429,
        type: expect.stringContaining('application/problem+json'),
        problem: 'urn:lgsp-sim:problem:too-many-requests',
        retryAfter: true,
      });
    }
    // Asking without a credential is no guess: it is neither counted nor blocked (401 as ever).
    expect((await send('127.0.0.5', 'GET', '/sim/clock')).status).toBe(401);
    expect((await clock('127.0.0.6', 'admin-secret')).status).toBe(200);
    expect(await metric('lgsp_auth_failures_total', 'admin-bearer')).toBe(LIMIT);
  });

  it('admin login form: past the limit the form says so with 429 and Retry-After, and sets no cookie', async () => {
    for (let i = 0; i < LIMIT; i++) expect((await login('127.0.0.7', `guess-${i}`)).status).toBe(401);
    const blocked = await login('127.0.0.7', 'admin-secret');
    expect({
      status: blocked.status,
      type: blocked.headers['content-type'],
      cookie: blocked.headers['set-cookie'],
      retryAfter: Number(blocked.headers['retry-after']) > 0,
    }).toEqual({
      status: 429,
      type: expect.stringContaining('text/html'),
      cookie: undefined,
      retryAfter: true,
    });
    expect(blocked.text).toContain('Too many failed authentications from this client or address; try again in');
    expect(blocked.text).toContain('<form method="post" action="/admin/login">');
    expect((await login('127.0.0.8', 'admin-secret')).status).toBe(303);
    expect(await metric('lgsp_auth_blocked_total', 'admin-login')).toBe(1);
  });
});
