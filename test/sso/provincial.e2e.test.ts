import { XMLParser } from 'fast-xml-parser';
import * as client from 'openid-client';
import { TEST_PERSONS } from '../../src/seed/test-persons';
import { browse, Jar, PASSWORD, signIn, startSso, type SsoTestApp } from './sso-support';

const TENANT = 'thanhhoa.gov.vn';
const OFFICIALS_RP = {
  id: 'mOtCuAtHaNhHoAcAnBoC1ient28x',
  secret: 'motcua-h56-officials-secret',
  callback: 'http://localhost:5000/sso/wso2/callback',
};
const SERVICE = 'http://localhost:5000/cas/callback?next=/ho-so';
const xml = new XMLParser({ removeNSPrefix: true });

describe('SSO: the province’s variants — a WSO2 tenant for officials and CAS 3.0 for shared accounts', () => {
  let s: SsoTestApp;
  beforeAll(async () => {
    s = await startSso('sso-provincial');
  });
  afterAll(() => s.close());

  it('an official signs in on /t/{tenant}: its own issuer, and userinfo (POST + Bearer) whose sub is the user name', async () => {
    const config = await client.discovery(
      new URL(`${s.base}/t/${TENANT}/oauth2/token`),
      OFFICIALS_RP.id,
      undefined,
      client.ClientSecretPost(OFFICIALS_RP.secret),
      { execute: [client.allowInsecureRequests] },
    );
    expect(config.serverMetadata().authorization_endpoint).toBe(`${s.base}/t/${TENANT}/oauth2/authorize`);
    const jar = new Jar();
    const back = await signIn(
      s.base,
      jar,
      client.buildAuthorizationUrl(config, { redirect_uri: OFFICIALS_RP.callback, scope: 'openid', state: 'o' }).href,
      'lan.dt',
    );
    const tokens = await client.authorizationCodeGrant(config, new URL(back.headers.get('location') as string), { expectedState: 'o' });
    expect(tokens.claims()).toMatchObject({ iss: `${s.base}/t/${TENANT}/oauth2/token`, sub: 'lan.dt' });
    const info = await s.t.http
      .post(`/t/${TENANT}/oauth2/userinfo`)
      .auth(tokens.access_token, { type: 'bearer' })
      .set('accept', 'application/json;charset=UTF-8');
    expect(info.body).toMatchObject({
      sub: 'lan.dt',
      HoVaTen: TEST_PERSONS.singleAdult.name,
      SoDinhDanh: TEST_PERSONS.singleAdult.id,
      MaDonVi: '000.00.00.H56',
    });
    // The token is the tenant's: Cổng DVCQG's userinfo does not know it.
    expect((await s.t.http.get('/oauth2/userinfo').auth(tokens.access_token, { type: 'bearer' })).status).toBe(401);
    // A citizen has no account in the officials' realm; the DVCQG client is not registered there.
    const citizen = await signIn(
      s.base,
      new Jar(),
      client.buildAuthorizationUrl(config, { redirect_uri: OFFICIALS_RP.callback, scope: 'openid', state: 'o' }).href,
      TEST_PERSONS.cleanRecord.id,
    );
    expect(citizen.headers.get('location')).toContain('authFailure=true');
    const foreign = await s.t.http
      .get(`/t/${TENANT}/oauth2/authorize`)
      .query({ response_type: 'code', client_id: 'dev-rp', redirect_uri: 'http://127.0.0.1:1/cb', scope: 'openid' });
    expect(foreign.status).toBe(400);
    // Logout as the province's portals do it: /oidc/logout with the id token and the callback.
    const out = await browse(
      s.base,
      jar,
      `/t/${TENANT}/oidc/logout?${new URLSearchParams({ id_token_hint: tokens.id_token as string, post_logout_redirect_uri: 'http://localhost:5000/' })}`,
    );
    expect(out.headers.get('location')).toBe('http://localhost:5000/');
  });

  it('CAS: /cas/login → service?ticket=ST-… → /cas/p3/serviceValidate answers cas:user and attributes, once', async () => {
    const jar = new Jar();
    const page = await browse(s.base, jar, `/cas/login?service=${encodeURIComponent(SERVICE)}`);
    expect(await page.text()).toContain('form-cas');
    const back = await browse(s.base, jar, '/cas/login', { service: SERVICE, username: 'nam.dv', password: PASSWORD });
    expect(back.status).toBe(302);
    const location = new URL(back.headers.get('location') as string);
    expect(location.pathname + '?next=' + location.searchParams.get('next')).toBe('/cas/callback?next=/ho-so');
    const ticket = location.searchParams.get('ticket') as string;
    expect(ticket).toMatch(/^ST-/);
    const ok = await s.t.http.get('/cas/p3/serviceValidate').query({ ticket, service: SERVICE });
    expect(ok.headers['content-type']).toMatch(/xml/);
    const success = xml.parse(ok.text).serviceResponse.authenticationSuccess;
    expect(success.user).toBe('nam.dv');
    expect(success.attributes).toMatchObject({ HoVaTen: TEST_PERSONS.birthFather.name, MaDonVi: '000.00.00.H56', LoaiTaiKhoan: 'CanBo' });
    const reused = xml.parse((await s.t.http.get('/cas/p3/serviceValidate').query({ ticket, service: SERVICE })).text);
    expect(reused.serviceResponse.authenticationFailure).toBeDefined();
    expect(reused.serviceResponse.authenticationFailure).toContain('not recognized');

    // The ticket-granting cookie signs in to the next service without the form.
    const again = await browse(s.base, jar, `/cas/login?service=${encodeURIComponent(SERVICE)}`);
    const second = new URL(again.headers.get('location') as string).searchParams.get('ticket') as string;
    const wrongService = await s.t.http.get('/cas/p3/serviceValidate').query({ ticket: second, service: 'http://localhost:5000/other' });
    expect(wrongService.text).toContain('code="INVALID_SERVICE"');
    const missing = await s.t.http.get('/cas/p3/serviceValidate').query({ service: SERVICE });
    expect(missing.text).toContain('code="INVALID_REQUEST"');

    const out = await browse(s.base, jar, `/cas/logout?backtologin=${encodeURIComponent(SERVICE)}`);
    expect(out.headers.get('location')).toBe(`/cas/login?service=${encodeURIComponent(SERVICE)}`);
    expect(jar.has('CASTGC')).toBe(false);
  });

  it('CAS: a client validating with the URL it landed on (its query written again, less ticket), as phpCAS does, is answered', async () => {
    const service = 'http://localhost:5000/cas/callback?next=/ho-so/1&q=a%20b';
    const back = await browse(s.base, new Jar(), '/cas/login', { service, username: 'nam.dv', password: PASSWORD });
    const landed = new URL(back.headers.get('location') as string);
    const ticket = landed.searchParams.get('ticket') as string;
    landed.searchParams.delete('ticket');
    expect(landed.href).not.toBe(service);
    const res = await s.t.http.get('/cas/serviceValidate').query({ ticket, service: landed.href });
    expect(xml.parse(res.text).serviceResponse.authenticationSuccess.user).toBe('nam.dv');
  });

  it('CAS: citizens sign in with their ID number; JSON format; wrong password, foreign service and expired tickets are refused', async () => {
    const bad = await browse(s.base, new Jar(), '/cas/login', { service: SERVICE, username: TEST_PERSONS.cleanRecord.id, password: 'nope' });
    expect(bad.status).toBe(401);
    const foreign = await s.t.http.get('/cas/login').query({ service: 'https://evil.example/' });
    expect([foreign.status, foreign.text.includes('INVALID_SERVICE')]).toEqual([400, true]);
    const back = await browse(s.base, new Jar(), '/cas/login', { service: SERVICE, username: TEST_PERSONS.cleanRecord.id, password: PASSWORD });
    const ticket = new URL(back.headers.get('location') as string).searchParams.get('ticket') as string;
    const json = await s.t.http.get('/cas/p3/serviceValidate').query({ ticket, service: SERVICE, format: 'JSON' });
    expect(json.body.serviceResponse.authenticationSuccess).toMatchObject({
      user: TEST_PERSONS.cleanRecord.id,
      attributes: { SoDinhDanh: TEST_PERSONS.cleanRecord.id, LoaiTaiKhoan: 'CongDan' },
    });
    const late = await browse(s.base, new Jar(), '/cas/login', { service: SERVICE, username: TEST_PERSONS.cleanRecord.id, password: PASSWORD });
    await s.sim.clock.advance('11s');
    const expired = await s.t.http
      .get('/cas/p3/serviceValidate')
      .query({ ticket: new URL(late.headers.get('location') as string).searchParams.get('ticket'), service: SERVICE });
    expect(expired.text).toContain('code="INVALID_TICKET"');
  });
});
