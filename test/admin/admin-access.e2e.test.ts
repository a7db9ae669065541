import Redis from 'ioredis';
import { TEST_REDIS_URL } from '../support/redis';
import { startTestApp, type TestApp } from '../support/test-app';
import { loginAs } from './admin-login';

/** Login form, session cookie, CSRF and the read-only role, as a browser and an API client meet them. */
describe('admin access', () => {
  let t: TestApp;
  let redis: Redis;
  const sessionKeys = (): Promise<string[]> => redis.keys(`${t.prefix}:admin:session:*`);

  beforeAll(async () => {
    t = await startTestApp('admin-access', { adminToken: 'admin-secret', adminReadonlyToken: 'look-only' });
    redis = new Redis(TEST_REDIS_URL);
  });
  afterAll(async () => {
    redis.disconnect();
    await t.close();
  });

  describe('without a credential', () => {
    it('a browser asking for the page is sent to the login form, keeping where it wanted to go', async () => {
      const res = await t.http.get('/admin').set('accept', 'text/html,application/xhtml+xml');
      expect(res.status).toBe(303);
      expect(res.headers.location).toBe('/admin/login?next=%2Fadmin');
      const board = await t.http.get('/admin/queues').set('accept', 'text/html');
      expect(board.status).toBe(303);
    });

    it('an API client gets 401 problem+json', async () => {
      const res = await t.http.get('/api/v1/admin/summary');
      expect(res.status).toBe(401);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.body).toMatchObject({ type: 'urn:lgsp-sim:problem:unauthorized', status: 401 });
      expect(res.body.detail).toMatch(/Bearer <ADMIN_TOKEN>.*\/admin\/login/);
    });

    it('a login cookie that cookie-parser reads as JSON (j:{…}, j:[…], j:null) or a signed-looking value counts as no cookie: 401 or the login form, never a 500', async () => {
      const values = ['j:{"a":1}', 'j:[1,2]', 'j:null', 'j:"str"', 'j:42', 's:abc.def', 'j:{', '%E0%A4%A', ''];
      for (const value of values) {
        const cookie = `lgsp_admin_session=${encodeURIComponent(value)}`;
        const api = await t.http.get('/api/v1/admin/summary').set('cookie', cookie);
        expect({ value, status: api.status, type: api.body.type }).toEqual({ value, status: 401, type: 'urn:lgsp-sim:problem:unauthorized' });
        const change = await t.http.post('/api/v1/admin/queues/x/pause').set('cookie', cookie);
        expect({ value, status: change.status }).toEqual({ value, status: 401 });
        const page = await t.http.get('/admin').set('cookie', cookie).set('accept', 'text/html');
        expect({ value, status: page.status, location: page.headers.location }).toEqual({
          value,
          status: 303,
          location: '/admin/login?next=%2Fadmin',
        });
        const board = await t.http.get('/admin/queues/api/queues').set('cookie', cookie);
        expect({ value, status: board.status }).toEqual({ value, status: 401 });
        const logout = await t.http.post('/admin/logout').set('cookie', cookie);
        expect({ value, status: logout.status }).toEqual({ value, status: 303 });
      }
    });

    it('a wrong bearer token gets 401, even with a valid login cookie beside it', async () => {
      const { cookie } = await loginAs(t, 'admin-secret');
      const res = await t.http.get('/api/v1/admin/summary').auth('dev-admin', { type: 'bearer' }).set('cookie', cookie);
      expect(res.status).toBe(401);
    });
  });

  describe('the login form', () => {
    it('serves a form under a strict CSP', async () => {
      const res = await t.http.get('/admin/login?next=/admin');
      expect(res.status).toBe(200);
      expect(res.text).toContain('<form method="post" action="/admin/login">');
      expect(res.headers['content-security-policy']).toContain("script-src 'self'");
      expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    });

    it('a wrong token shows the form again with a message, sets no cookie and stores no session', async () => {
      const before = await sessionKeys();
      const res = await t.http.post('/admin/login').type('form').send({ token: 'guess' });
      expect(res.status).toBe(401);
      expect(res.text).toContain('That token is not an admin credential.');
      expect(res.headers['set-cookie']).toBeUndefined();
      expect(await sessionKeys()).toEqual(before);
    });

    it('an empty form gets 400 and a message', async () => {
      const res = await t.http.post('/admin/login').type('form').send({});
      expect(res.status).toBe(400);
      expect(res.text).toContain('Enter the admin token.');
      expect(res.headers['set-cookie']).toBeUndefined();
    });

    it('a correct token sets an HttpOnly, SameSite=Strict session cookie that is not the token, and goes where asked', async () => {
      const res = await t.http.post('/admin/login').type('form').send({ token: 'admin-secret', next: '/admin/queues' });
      expect(res.status).toBe(303);
      expect(res.headers.location).toBe('/admin/queues');
      const setCookie = String((res.headers['set-cookie'] as unknown as string[])[0]);
      expect(setCookie).toMatch(/^lgsp_admin_session=[\w-]{40,};/);
      expect(setCookie).toContain('HttpOnly');
      expect(setCookie).toContain('SameSite=Strict');
      expect(setCookie).not.toContain('admin-secret');
      const sessionId = /=([^;]+)/.exec(setCookie)?.[1] as string;
      const keys = await sessionKeys();
      expect(keys.some((k) => k.includes(sessionId))).toBe(false);
      for (const key of keys) expect(await redis.get(key)).not.toContain('admin-secret');
      expect(await redis.ttl(keys[0])).toBeGreaterThan(3600);
    });

    it('never sends the browser to another site after login', async () => {
      for (const next of ['https://evil.example/admin', '//evil.example/admin', '/adminx', '/admin/login']) {
        const res = await t.http.post('/admin/login').type('form').send({ token: 'admin-secret', next });
        expect({ next, location: res.headers.location }).toEqual({ next, location: '/admin' });
      }
    });
  });

  describe('with the login cookie', () => {
    it('the page embeds a CSRF token; changes need it in X-CSRF-Token', async () => {
      const { cookie, csrf } = await loginAs(t, 'admin-secret');
      const page = await t.http.get('/admin').set('cookie', cookie);
      expect(page.status).toBe(200);
      expect(page.headers['content-security-policy']).toContain("default-src 'none'");
      expect(page.text).toContain('<meta name="admin-role" content="admin">');

      const none = await t.http.post('/api/v1/admin/queues/svc-dkdn/pause').set('cookie', cookie);
      expect(none.status).toBe(403);
      expect(none.body.detail).toMatch(/CSRF/);
      const wrong = await t.http.post('/api/v1/admin/queues/svc-dkdn/pause').set('cookie', cookie).set('x-csrf-token', `${csrf}x`);
      expect(wrong.status).toBe(403);
      // Past the guard: the app then looks for the queue (404 when it has none of that name).
      const right = await t.http.post('/api/v1/admin/queues/no-such-queue/pause').set('cookie', cookie).set('x-csrf-token', csrf);
      expect(right.status).toBe(404);
      expect(right.body.detail).toMatch(/No queue no-such-queue/);
    });

    it('a session’s CSRF token does not work with another session', async () => {
      const a = await loginAs(t, 'admin-secret');
      const b = await loginAs(t, 'admin-secret');
      const res = await t.http.post('/api/v1/admin/queues/x/pause').set('cookie', a.cookie).set('x-csrf-token', b.csrf);
      expect(res.status).toBe(403);
    });

    it('the queue board accepts changes only from this site', async () => {
      const { cookie } = await loginAs(t, 'admin-secret');
      const cross = await t.http.put('/admin/queues/api/queues/pause').set('cookie', cookie).set('sec-fetch-site', 'cross-site');
      expect(cross.status).toBe(403);
      const noOrigin = await t.http.put('/admin/queues/api/queues/pause').set('cookie', cookie);
      expect(noOrigin.status).toBe(403);
      const same = await t.http.put('/admin/queues/api/queues/pause').set('cookie', cookie).set('sec-fetch-site', 'same-origin');
      expect(same.status).toBe(200);
    });

    it('logging out ends the session', async () => {
      const { cookie } = await loginAs(t, 'admin-secret');
      const out = await t.http.post('/admin/logout').set('cookie', cookie);
      expect(out.status).toBe(303);
      expect(out.headers.location).toBe('/admin/login');
      expect(String(out.headers['set-cookie'])).toMatch(/lgsp_admin_session=;.*Expires=Thu, 01 Jan 1970/);
      const after = await t.http.get('/api/v1/admin/summary').set('cookie', cookie);
      expect(after.status).toBe(401);
    });
  });

  describe('bearer clients', () => {
    it('need no CSRF token', async () => {
      const res = await t.http.post('/api/v1/admin/queues/no-such-queue/resume').auth('admin-secret', { type: 'bearer' });
      expect(res.status).toBe(404);
    });
  });

  describe('the read-only credential', () => {
    it('sees the summary, the page and the board', async () => {
      const summary = await t.http.get('/api/v1/admin/summary').auth('look-only', { type: 'bearer' });
      expect(summary.status).toBe(200);
      expect(summary.body.role).toBe('readonly');
      const { cookie } = await loginAs(t, 'look-only');
      const page = await t.http.get('/admin').set('cookie', cookie);
      expect(page.text).toContain('<meta name="admin-role" content="readonly">');
      expect(page.text).toContain('read-only');
      const board = await t.http.get('/admin/queues').set('cookie', cookie);
      expect(board.status).toBe(200);
      const boardApi = await t.http.get('/admin/queues/api/queues').set('cookie', cookie);
      expect(boardApi.status).toBe(200);
    });

    it('gets 403 for every action, by bearer or by cookie with a valid CSRF token', async () => {
      const { cookie, csrf } = await loginAs(t, 'look-only');
      for (const action of ['pause', 'resume', 'redrive', 'clean']) {
        const bearer = await t.http.post(`/api/v1/admin/queues/svc-dkdn/${action}`).auth('look-only', { type: 'bearer' });
        const browser = await t.http.post(`/api/v1/admin/queues/svc-dkdn/${action}`).set('cookie', cookie).set('x-csrf-token', csrf);
        expect({ action, bearer: bearer.status, browser: browser.status }).toEqual({ action, bearer: 403, browser: 403 });
        expect(bearer.body.detail).toMatch(/read-only/);
      }
      const board = await t.http.put('/admin/queues/api/queues/pause').set('cookie', cookie).set('sec-fetch-site', 'same-origin');
      expect(board.status).toBe(403);
    });
  });
});
