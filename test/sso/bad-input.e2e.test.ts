import { SSO_ENDPOINTS } from '../../adapters/sso';
import { TEST_PERSONS } from '../../src/seed/test-persons';
import { browse, DEV_RP, Jar, PASSWORD, sessionDataKeyOf, signIn, startSso, type SsoTestApp } from './sso-support';

const CALLBACK = 'http://127.0.0.1:5999/callback';
const authorize = (extra: Record<string, string> = {}): string =>
  `/oauth2/authorize?${new URLSearchParams({ response_type: 'code', client_id: DEV_RP.id, redirect_uri: CALLBACK, scope: 'openid', state: 's1', ...extra })}`;

/** Members every endpoint reads, with values no client should send. */
const JUNK: Record<string, string>[] = [
  {},
  {
    client_id: 'nobody',
    grant_type: 'authorization_code',
    code: 'x'.repeat(5000),
    token: '',
    username: '0'.repeat(300),
    password: '',
    service: 'ht!tp://x',
    ticket: 'ST-x',
    state: '%%%',
    redirect_uri: 'javascript:alert(1)',
    id_token_hint: 'a.b.c',
    post_logout_redirect_uri: '::',
    sessionDataKey: '../../x',
    token_id: 'eyJ.x.y',
    vnconnect: '1',
    data: '!!!',
    format: 'JSON',
  },
];

describe('SSO: bad input gets a clear answer and loses nothing', () => {
  let s: SsoTestApp;
  beforeAll(async () => {
    s = await startSso('sso-bad-input');
  });
  afterAll(() => s.close());

  async function codeFor(username: string, extra: Record<string, string> = {}): Promise<string> {
    const back = await signIn(s.base, new Jar(), authorize(extra), username);
    return new URL(back.headers.get('location') as string).searchParams.get('code') as string;
  }

  it.each([
    ['an unknown client', { client_id: 'nobody' }, 400, 'invalid_client'],
    ['an unregistered redirect_uri', { client_id: 'pAsEtOtHaNhHoAdVcQgCl1ent28x', redirect_uri: 'https://evil.example/cb' }, 400, 'invalid_callback'],
    ['an unknown tenant', {}, 404, 'invalid_tenant'],
  ])('authorize with %s shows an error page and redirects nowhere', async (name, extra, status, code) => {
    const path = name === 'an unknown tenant' ? `/t/nowhere.gov.vn${authorize()}` : authorize(extra);
    const res = await s.t.http.get(path);
    expect(res.status).toBe(status);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.text).toContain(`data-code="${code}"`);
    expect(res.headers.location).toBeUndefined();
  });

  it.each([
    ['response_type=token', { response_type: 'token' }, 'unsupported_response_type'],
    ['a scope without openid', { scope: 'profile' }, 'invalid_scope'],
    ['an unknown PKCE method', { code_challenge: 'x', code_challenge_method: 'S512' }, 'invalid_request'],
  ])('authorize with %s goes back to the client with the error and its state', async (_name, extra, error) => {
    const res = await s.t.http.get(authorize(extra));
    expect(res.status).toBe(302);
    const back = new URL(res.headers.location);
    expect([back.origin + back.pathname, back.searchParams.get('error'), back.searchParams.get('state')]).toEqual([CALLBACK, error, 's1']);
  });

  it('with response_mode=form_post an error goes back as a form the page posts to the client, with its state', async () => {
    const res = await s.t.http.get(authorize({ response_mode: 'form_post', prompt: 'none' }));
    expect(res.status).toBe(200);
    expect(res.headers['content-security-policy']).toMatch(/script-src 'sha256-/);
    expect(res.text).toContain(`<form method="post" action="${CALLBACK}">`);
    expect(res.text).toContain('<input type="hidden" name="error" value="login_required">');
    expect(res.text).toContain('<input type="hidden" name="state" value="s1">');
  });

  it('a wrong password goes back to the login page with WSO2’s authFailure, and the page says so', async () => {
    const jar = new Jar();
    const toLogin = await browse(s.base, jar, authorize());
    const key = sessionDataKeyOf(toLogin.headers.get('location') as string);
    const wrong = await browse(s.base, jar, '/commonauth', {
      sessionDataKey: key,
      username: TEST_PERSONS.cleanRecord.id,
      password: 'wrong',
      idp: 'password',
    });
    expect(wrong.status).toBe(302);
    expect(wrong.headers.get('location')).toContain('authFailure=true');
    const page = await browse(s.base, jar, wrong.headers.get('location') as string);
    expect(await page.text()).toContain('Tên đăng nhập hoặc mật khẩu không đúng');
    // The same login attempt still works with the right password.
    const right = await browse(s.base, jar, '/commonauth', {
      sessionDataKey: key,
      username: TEST_PERSONS.cleanRecord.id,
      password: PASSWORD,
      idp: 'password',
    });
    expect(new URL(right.headers.get('location') as string).searchParams.get('code')).toBeTruthy();
  });

  it('a deceased citizen’s account is closed; an unknown login key is an expired-session page', async () => {
    const back = await signIn(s.base, new Jar(), authorize(), TEST_PERSONS.deceased.id);
    expect(back.status).toBe(403);
    expect(await back.text()).toContain('công dân đã mất');
    const stale = await s.t.http.get('/authenticationendpoint/login.do?sessionDataKey=nope');
    expect([stale.status, stale.text.includes('session_expired')]).toEqual([400, true]);
    const post = await s.t.http.post('/commonauth').type('form').send({ sessionDataKey: 'nope', username: 'x', password: 'y' });
    expect(post.status).toBe(400);
  });

  it('token: wrong secret, no credentials, reused code, wrong redirect_uri, wrong PKCE verifier, unknown grant', async () => {
    const token = (form: Record<string, string>) => s.t.http.post('/oauth2/token').type('form').send(form);
    const wrongSecret = await token({ grant_type: 'authorization_code', code: 'x', client_id: DEV_RP.id, client_secret: 'nope' });
    expect([wrongSecret.status, wrongSecret.body.error]).toEqual([401, 'invalid_client']);
    const noSecret = await token({ grant_type: 'authorization_code', code: 'x' });
    expect([noSecret.status, noSecret.body.error]).toEqual([401, 'invalid_client']);
    const creds = { client_id: DEV_RP.id, client_secret: DEV_RP.secret };

    const code = await codeFor(TEST_PERSONS.singleAdult.id);
    expect((await token({ grant_type: 'authorization_code', code, redirect_uri: 'http://127.0.0.1:5999/other', ...creds })).body.error).toBe(
      'invalid_grant',
    );
    // A failed exchange used the code up, as WSO2 does: the right call afterwards is refused too.
    expect((await token({ grant_type: 'authorization_code', code, redirect_uri: CALLBACK, ...creds })).body.error).toBe('invalid_grant');

    const pkce = await codeFor(TEST_PERSONS.singleAdult.id, {
      code_challenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
      code_challenge_method: 'S256',
    });
    const badVerifier = await token({
      grant_type: 'authorization_code',
      code: pkce,
      redirect_uri: CALLBACK,
      code_verifier: 'not-the-verifier',
      ...creds,
    });
    expect([badVerifier.status, badVerifier.body.error, badVerifier.body.error_description]).toEqual([
      400,
      'invalid_grant',
      'PKCE verification failed',
    ]);

    const good = await codeFor(TEST_PERSONS.singleAdult.id);
    const ok = await token({ grant_type: 'authorization_code', code: good, redirect_uri: CALLBACK, ...creds });
    expect(ok.status).toBe(200);
    expect(ok.headers['cache-control']).toBe('no-store');
    const again = await token({ grant_type: 'authorization_code', code: good, redirect_uri: CALLBACK, ...creds });
    expect([again.status, again.body.error]).toEqual([400, 'invalid_grant']);

    const password = await token({ grant_type: 'password', username: 'a', password: 'b', ...creds });
    expect([password.status, password.body.error]).toEqual([400, 'unsupported_grant_type']);
    const none = await token({ ...creds });
    expect([none.status, none.body.error]).toEqual([400, 'invalid_request']);
  });

  it('the gateway’s own /oauth2/token still issues LGSP tokens to agency clients', async () => {
    const res = await s.t.http
      .post('/oauth2/token')
      .type('form')
      .send({ grant_type: 'client_credentials', client_id: 'dev-client', client_secret: 'dev-secret' });
    expect(res.status).toBe(200);
    const lgsp = await s.t.http.get('/api/v1/services').auth(res.body.access_token, { type: 'bearer' });
    expect(lgsp.status).toBe(200);
  });

  it('userinfo without a token, with an unknown one, or with a client-only token is refused', async () => {
    const none = await s.t.http.get('/oauth2/userinfo');
    expect([none.status, none.body.error, none.headers['www-authenticate']]).toEqual([401, 'invalid_token', 'Bearer error="invalid_token"']);
    const unknown = await s.t.http.post('/oauth2/userinfo').auth('nope', { type: 'bearer' });
    expect([unknown.status, unknown.body.error]).toEqual([401, 'invalid_token']);
    const cc = await s.t.http
      .post('/oauth2/token')
      .type('form')
      .send({ grant_type: 'client_credentials', client_id: DEV_RP.id, client_secret: DEV_RP.secret });
    const clientOnly = await s.t.http.get('/oauth2/userinfo').auth(cc.body.access_token, { type: 'bearer' });
    expect([clientOnly.status, clientOnly.body.error]).toEqual([403, 'insufficient_scope']);
    const introspect = await s.t.http.post('/oauth2/introspect').auth(DEV_RP.id, DEV_RP.secret).type('form').send({ token: 'nope' });
    expect(introspect.body).toEqual({ active: false });
    const noToken = await s.t.http.post('/oauth2/introspect').auth(DEV_RP.id, DEV_RP.secret).type('form').send({});
    expect([noToken.status, noToken.body.error]).toEqual([400, 'invalid_request']);
  });

  it('revocation ends a token of the calling client only', async () => {
    const cc = await s.t.http
      .post('/oauth2/token')
      .type('form')
      .send({ grant_type: 'client_credentials', client_id: DEV_RP.id, client_secret: DEV_RP.secret });
    const token = cc.body.access_token as string;
    const other = await s.t.http
      .post('/oauth2/revoke')
      .type('form')
      .send({ token, client_id: 'pAsEtOtHaNhHoAdVcQgCl1ent28x', client_secret: 'paseto-h56-sso-secret' });
    expect(other.status).toBe(200);
    const check = () => s.t.http.post('/oauth2/introspect').auth(DEV_RP.id, DEV_RP.secret).type('form').send({ token });
    expect((await check()).body.active).toBe(true);
    expect((await s.t.http.post('/oauth2/revoke').auth(DEV_RP.id, DEV_RP.secret).type('form').send({ token })).status).toBe(200);
    expect((await check()).body).toEqual({ active: false });
  });

  it('logout to an unregistered post_logout_redirect_uri is refused; without one it shows a page', async () => {
    const bad = await s.t.http
      .get('/oidc/logout')
      .query({ client_id: 'pAsEtOtHaNhHoAdVcQgCl1ent28x', post_logout_redirect_uri: 'https://evil.example/' });
    expect([bad.status, bad.headers.location]).toEqual([400, undefined]);
    const plain = await s.t.http.get('/oidc/logout');
    expect([plain.status, plain.text.includes('Bạn đã đăng xuất')]).toEqual([200, true]);
  });

  it('a body that is not a form or JSON is 415, not a 500', async () => {
    const res = await s.t.http.post('/oauth2/userinfo').set('content-type', 'application/pdf').send('x');
    expect(res.status).toBe(415);
    const broken = await s.t.http.post(`/t/thanhhoa.gov.vn/oauth2/token`).set('content-type', 'application/json').send('{"grant');
    expect([broken.status, broken.body.error]).toEqual([400, 'invalid_request']);
  });

  it('no endpoint answers garbage with a 5xx: every path and method, with junk in the query, a form or JSON, and junk credentials', async () => {
    const failures: string[] = [];
    for (const endpoint of SSO_ENDPOINTS) {
      for (const path of endpoint.paths.map((p) => p.replace(':tenant', 'thanhhoa.gov.vn'))) {
        for (const junk of JUNK) {
          const calls = endpoint.methods.flatMap((method) =>
            method === 'GET'
              ? [{ what: 'GET', call: s.t.http.get(path).query(junk).set('authorization', 'Bearer junk') }]
              : [
                  { what: 'POST form', call: s.t.http.post(path).type('form').send(junk).set('authorization', 'Basic !!!') },
                  {
                    what: 'POST json',
                    call: s.t.http
                      .post(path)
                      .set('content-type', 'application/json')
                      .send(JSON.stringify({ ...junk, client_id: ['a', 'b'], token: { x: 1 } })),
                  },
                ],
          );
          for (const { what, call } of calls) {
            const res = await call;
            if (res.status >= 500) failures.push(`${what} ${path} → ${res.status} ${res.text.slice(0, 120)}`);
          }
        }
      }
    }
    expect(failures).toEqual([]);
  });
});
