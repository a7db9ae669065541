import { TEST_PERSONS } from '../../src/seed/test-persons';
import { browse, DEV_RP, Jar, signIn, startSso, type SsoTestApp } from './sso-support';

const CALLBACK = 'http://127.0.0.1:5999/callback';
const AUTHORIZE = `/oauth2/authorize?${new URLSearchParams({ response_type: 'code', client_id: DEV_RP.id, redirect_uri: CALLBACK, scope: 'openid', state: 'x' })}`;

describe('SSO: simulation controls reach it — scenarios fail logins and token calls, the clock expires tokens', () => {
  let s: SsoTestApp;
  beforeAll(async () => {
    s = await startSso('sso-sim');
  });
  afterAll(() => s.close());
  beforeEach(() => s.sim.reset());

  async function tokens(): Promise<{ access_token: string; refresh_token: string }> {
    const back = await signIn(s.base, new Jar(), AUTHORIZE, TEST_PERSONS.singleAdult.id);
    const code = new URL(back.headers.get('location') as string).searchParams.get('code') as string;
    const res = await s.t.http
      .post('/oauth2/token')
      .type('form')
      .send({ grant_type: 'authorization_code', code, redirect_uri: CALLBACK, client_id: DEV_RP.id, client_secret: DEV_RP.secret });
    expect(res.status).toBe(200);
    return res.body;
  }

  it('a rule on sso.token fails the token call with its status and code; the next call succeeds', async () => {
    await s.sim.scenarios.add({
      match: { messageType: 'sso.token' },
      effect: { type: 'error', status: 503, code: 'temporarily_unavailable', message: 'WSO2 is restarting' },
      count: 1,
    });
    const back = await signIn(s.base, new Jar(), AUTHORIZE, TEST_PERSONS.singleAdult.id);
    const code = new URL(back.headers.get('location') as string).searchParams.get('code') as string;
    const form = { grant_type: 'authorization_code', code, redirect_uri: CALLBACK, client_id: DEV_RP.id, client_secret: DEV_RP.secret };
    const failed = await s.t.http.post('/oauth2/token').type('form').send(form);
    expect([failed.status, failed.body]).toEqual([503, { error: 'temporarily_unavailable', error_description: 'WSO2 is restarting' }]);
    // The fault struck before the handler: the code was not used up.
    const retried = await s.t.http.post('/oauth2/token').type('form').send(form);
    expect(retried.status).toBe(200);
  });

  it('a rule on sso.login shows the login failure to the person, and the relying party gets no code', async () => {
    await s.sim.scenarios.add({
      match: { messageType: 'sso.login' },
      effect: { type: 'error', status: 500, code: 'server_error', message: 'Hệ thống xác thực đang gián đoạn' },
    });
    const page = await signIn(s.base, new Jar(), AUTHORIZE, TEST_PERSONS.singleAdult.id);
    expect(page.status).toBe(500);
    const html = await page.text();
    expect(html).toContain('Hệ thống xác thực đang gián đoạn');
    expect(html).toContain('data-code="server_error"');
  });

  it('a rule can pick one relying party (match.from is its agency code) and can drop the connection', async () => {
    await s.sim.scenarios.add({ match: { messageType: 'sso.userinfo', from: '000.00.00.H30' }, effect: { type: 'drop' }, count: 1 });
    const { access_token } = await tokens();
    await expect(fetch(`${s.base}/oauth2/userinfo`, { headers: { authorization: `Bearer ${access_token}` } })).rejects.toThrow();
    const again = await s.t.http.get('/oauth2/userinfo').auth(access_token, { type: 'bearer' });
    expect(again.status).toBe(200);
  });

  it('advancing the clock past the hour makes the access token unknown to userinfo and introspection; refresh still works within its day', async () => {
    const { access_token, refresh_token } = await tokens();
    expect((await s.t.http.get('/oauth2/userinfo').auth(access_token, { type: 'bearer' })).status).toBe(200);
    await s.sim.clock.advance('61m');
    const expired = await s.t.http.get('/oauth2/userinfo').auth(access_token, { type: 'bearer' });
    expect([expired.status, expired.body.error]).toEqual([401, 'invalid_token']);
    const check = await s.t.http.post('/oauth2/introspect').auth(DEV_RP.id, DEV_RP.secret).type('form').send({ token: access_token });
    expect(check.body).toEqual({ active: false });
    const refreshed = await s.t.http
      .post('/oauth2/token')
      .type('form')
      .send({ grant_type: 'refresh_token', refresh_token, client_id: DEV_RP.id, client_secret: DEV_RP.secret });
    expect(refreshed.status).toBe(200);
    await s.sim.clock.advance('25h');
    const late = await s.t.http
      .post('/oauth2/token')
      .type('form')
      .send({ grant_type: 'refresh_token', refresh_token: refreshed.body.refresh_token, client_id: DEV_RP.id, client_secret: DEV_RP.secret });
    expect([late.status, late.body.error]).toEqual([400, 'invalid_grant']);
  });

  it('a logout naming an access token that ran out (PASETO’s hint) still ends the session and goes back to the RP', async () => {
    const jar = new Jar();
    const back = await signIn(s.base, jar, AUTHORIZE, TEST_PERSONS.singleAdult.id);
    const code = new URL(back.headers.get('location') as string).searchParams.get('code') as string;
    const { body } = await s.t.http
      .post('/oauth2/token')
      .type('form')
      .send({ grant_type: 'authorization_code', code, redirect_uri: CALLBACK, client_id: DEV_RP.id, client_secret: DEV_RP.secret });
    await s.sim.clock.advance('2h');
    const out = await browse(
      s.base,
      jar,
      `/oidc/logout?${new URLSearchParams({ id_token_hint: body.access_token, post_logout_redirect_uri: CALLBACK, state: 'bye' })}`,
    );
    expect([out.status, out.headers.get('location')]).toEqual([302, `${CALLBACK}?state=bye`]);
    expect(jar.has('commonAuthId')).toBe(false);
    const unknown = await s.t.http.get('/oidc/logout').query({ id_token_hint: 'not-a-token', post_logout_redirect_uri: CALLBACK });
    expect(unknown.status).toBe(400);
  });

  it('codes last 300 s of simulation time', async () => {
    const back = await signIn(s.base, new Jar(), AUTHORIZE, TEST_PERSONS.singleAdult.id);
    const code = new URL(back.headers.get('location') as string).searchParams.get('code') as string;
    await s.sim.clock.advance('301s');
    const res = await s.t.http
      .post('/oauth2/token')
      .type('form')
      .send({ grant_type: 'authorization_code', code, redirect_uri: CALLBACK, client_id: DEV_RP.id, client_secret: DEV_RP.secret });
    expect([res.status, res.body.error]).toEqual([400, 'invalid_grant']);
  });

  it('the journal holds the login, token and userinfo messages, without the client secret or password', async () => {
    const { access_token } = await tokens();
    await s.t.http.get('/oauth2/userinfo').auth(access_token, { type: 'bearer' });
    for (const messageType of ['sso.login', 'sso.token', 'sso.userinfo']) await s.sim.journal.verify({ messageType }, { eq: 1 });
    const entries = await s.sim.journal.find({ messageType: 'sso.token' });
    expect(JSON.stringify(entries)).not.toContain(DEV_RP.secret);
    expect(JSON.stringify(await s.sim.journal.find({ messageType: 'sso.login' }))).not.toContain('Test@12345');
  });

  it('through the unified API, sso.login signs a seeded account in without its password; the code then works at /oauth2/token', async () => {
    const token = await s.t.token();
    const login = await s.t.http
      .post('/api/v1/messages')
      .auth(token, { type: 'bearer' })
      .set('prefer', 'wait=10')
      .send({
        header: { messageId: 'sso-shortcut-1', messageType: 'sso.login', from: s.t.config.devClient.agency },
        body: { realm: 'dvcqg', username: TEST_PERSONS.married.id, client_id: DEV_RP.id, redirect_uri: CALLBACK, scope: 'openid', state: 'u' },
      });
    expect(login.body).toMatchObject({ status: 'completed', response: { code: expect.any(String), redirectTo: expect.stringContaining('state=u') } });
    const res = await s.t.http.post('/oauth2/token').type('form').send({
      grant_type: 'authorization_code',
      code: login.body.response.code,
      redirect_uri: CALLBACK,
      client_id: DEV_RP.id,
      client_secret: DEV_RP.secret,
    });
    const info = await s.t.http.get('/oauth2/userinfo').auth(res.body.access_token, { type: 'bearer' });
    expect(info.body).toMatchObject({ SoDinhDanh: TEST_PERSONS.married.id, VoChong: TEST_PERSONS.marriedSpouse.name, TinhTrangHonNhan: 2 });
    const unknown = await s.t.http
      .post('/api/v1/messages')
      .auth(token, { type: 'bearer' })
      .set('prefer', 'wait=10')
      .send({
        header: { messageId: 'sso-shortcut-2', messageType: 'sso.login', from: s.t.config.devClient.agency },
        body: { realm: 'dvcqg', username: TEST_PERSONS.unknownPerson.id, client_id: DEV_RP.id, redirect_uri: CALLBACK },
      });
    expect(unknown.body).toMatchObject({ status: 'failed', error: { type: 'not-found' } });
  });
});
