import { decodeReturnState, emailOf, encodeReturnState } from '../../adapters/sso/return-state';
import { TEST_PERSONS } from '../../src/seed/test-persons';
import { browse, DEV_RP, Jar, PASSWORD, sessionDataKeyOf, signIn, startSso, VNEID_PASSCODE, type SsoTestApp } from './sso-support';

const CALLBACK = 'http://127.0.0.1:5999/callback';
const authorize = (extra: Record<string, string> = {}): string =>
  `/oauth2/authorize?${new URLSearchParams({ response_type: 'code', client_id: DEV_RP.id, redirect_uri: CALLBACK, scope: 'openid', ...extra })}`;

describe('SSO: VNeID federation, enterprises, and the relying parties’ quirks (DOMAIN-MORE §4.2, §4.4)', () => {
  let s: SsoTestApp;
  beforeAll(async () => {
    s = await startSso('sso-quirks');
  });
  afterAll(() => s.close());

  async function claimsAfter(back: Response): Promise<Record<string, unknown>> {
    const code = new URL(back.headers.get('location') as string).searchParams.get('code') as string;
    const tokens = await s.t.http
      .post('/oauth2/token')
      .type('form')
      .send({ grant_type: 'authorization_code', code, redirect_uri: CALLBACK, client_id: DEV_RP.id, client_secret: DEV_RP.secret });
    return (await s.t.http.get('/oauth2/userinfo').auth(tokens.body.access_token, { type: 'bearer' })).body;
  }

  it('fidp=VNeID offers only the VNeID form and returns the smaller claim set with loginIdp BCA', async () => {
    const jar = new Jar();
    const toLogin = await browse(s.base, jar, authorize({ fidp: 'VNeID', state: 'v' }));
    const page = await (await browse(s.base, jar, toLogin.headers.get('location') as string)).text();
    expect([page.includes('form-vneid'), page.includes('form-password')]).toEqual([true, false]);
    const refused = await browse(s.base, jar, '/commonauth', {
      sessionDataKey: sessionDataKeyOf(toLogin.headers.get('location') as string),
      username: TEST_PERSONS.singleAdult.id,
      password: PASSWORD,
      idp: 'password',
    });
    expect(refused.status).toBe(400);
    const back = await signIn(s.base, new Jar(), authorize({ acr_values: 'LoA2', state: 'v' }), TEST_PERSONS.singleAdult.id, VNEID_PASSCODE, 'vneid');
    const claims = await claimsAfter(back);
    expect(Object.keys(claims).sort()).toEqual([
      'HoVaTen',
      'LoaiTaiKhoan',
      'NgayThangNamSinh',
      'SoDinhDanh',
      'TechID',
      'loginIdp',
      'logoutUri',
      'sub',
      'userProfileUri',
    ]);
    expect(claims).toMatchObject({ loginIdp: 'BCA', LoaiTaiKhoan: '1', SoDinhDanh: TEST_PERSONS.singleAdult.id, NgayThangNamSinh: '19960425' });
    const profile = await s.t.http.get(new URL(claims.userProfileUri as string).pathname + new URL(claims.userProfileUri as string).search);
    expect(profile.body).toMatchObject({ SoDinhDanh: TEST_PERSONS.singleAdult.id, HoVaTen: TEST_PERSONS.singleAdult.name });
    const token = new URL(claims.logoutUri as string).searchParams.get('token_id') as string;
    const payload = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString());
    expect(payload).toMatchObject({ azp: 'vnconnect', acr: '1', scope: 'openid email profile', preferred_username: TEST_PERSONS.singleAdult.id });
    expect(payload.exp - payload.iat).toBe(1800);
  });

  it('an enterprise signs in with its tax code: LoaiTaiKhoan "2", MaSoThue, its representative', async () => {
    const claims = await claimsAfter(await signIn(s.base, new Jar(), authorize({ state: 'e' }), TEST_PERSONS.activeEnterprise.id));
    expect(claims).toMatchObject({
      LoaiTaiKhoan: '2',
      MaSoThue: '0199990011',
      MaSoDoanhNghiep: '0199990011',
      TenDoanhNghiep: TEST_PERSONS.activeEnterprise.name,
      NguoiDaiDien: TEST_PERSONS.cleanRecord.name,
    });
    const dissolved = await signIn(s.base, new Jar(), authorize({ state: 'e' }), TEST_PERSONS.dissolvedEnterprise.id);
    expect(dissolved.status).toBe(403);
  });

  it('a base64 state carrying the return URL (with + and /) comes back byte for byte, and decodes leniently', async () => {
    const returnUrl = 'https://dichvucong.thanhhoa.gov.vn/dvc/nop-ho-so?MaTTHCDP=1.001234&x=>>>??';
    const state = encodeReturnState(returnUrl);
    expect(state).toMatch(/[+/]/);
    const back = await signIn(s.base, new Jar(), authorize({ state }), TEST_PERSONS.cleanRecord.id);
    const echoed = new URL(back.headers.get('location') as string).searchParams.get('state') as string;
    expect(echoed).toBe(state);
    expect(decodeReturnState(echoed)).toEqual({ returnUrl });
    // A relying party that did not URL-encode it gets '+' back as a space; OpenCPS packs state@url.
    expect(decodeReturnState(state.replace(/\+/g, ' '))).toEqual({ returnUrl });
    expect(decodeReturnState(Buffer.from(`abc123@${returnUrl}`).toString('base64url').replace(/=+$/, ''))).toEqual({ opaque: 'abc123', returnUrl });
    expect(decodeReturnState('not-base64-of-a-url')).toEqual({});
  });

  it('a missing e-mail falls back to {TechID}@dvcqg.gov.vn, else {document}@dichvucong.gov.vn', async () => {
    const claims = await claimsAfter(await signIn(s.base, new Jar(), authorize({ state: 'm' }), TEST_PERSONS.birthMother.id));
    expect(claims.ThuDienTu).toBeUndefined();
    expect(emailOf(claims)).toEqual({ email: `${claims.TechID as string}@dvcqg.gov.vn`, fallback: true });
    expect(emailOf({ SoDinhDanh: '001195990009' })).toEqual({ email: '001195990009@dichvucong.gov.vn', fallback: true });
  });

  it('a vnconnect=1 deep link bounces an unknown visitor to DVCQG with the link in state, and lands back on it signed in', async () => {
    const jar = new Jar();
    const data = Buffer.from(JSON.stringify({ MaTTHC: '1.004227', MaCoQuan: '000.00.00.H56' })).toString('base64');
    const link = `/sso-dev-rp/?vnconnect=1&MaTTHCDP=1.001234&MaCoQuanThucHien=000.00.00.H56&MaDVC=2.000123&data=${encodeURIComponent(data)}`;
    const bounce = await browse(s.base, jar, link);
    expect(bounce.status).toBe(302);
    const authorizeUrl = new URL(bounce.headers.get('location') as string);
    expect(authorizeUrl.pathname).toBe('/oauth2/authorize');
    expect(decodeReturnState(authorizeUrl.searchParams.get('state') as string).returnUrl).toContain('vnconnect=1');
    const toRp = await signIn(s.base, jar, authorizeUrl.href, TEST_PERSONS.birthMother.id);
    const landed = await browse(s.base, jar, toRp.headers.get('location') as string);
    expect(landed.status).toBe(302);
    const page = await browse(s.base, jar, landed.headers.get('location') as string);
    const html = await page.text();
    expect(html).toContain('MaTTHCDP=1.001234');
    expect(html).toContain('&quot;MaTTHC&quot;:&quot;1.004227&quot;');
    expect(html).toContain('@dvcqg.gov.vn');
    // Signed in at DVCQG now: another relying party (PASETO's portal) gets a code without the login page.
    const paseto = await browse(
      s.base,
      jar,
      `/oauth2/authorize?${new URLSearchParams({ response_type: 'code', client_id: 'pAsEtOtHaNhHoAdVcQgCl1ent28x', redirect_uri: 'http://localhost:5000/sso/callback', scope: 'openid', state: encodeReturnState('http://localhost:5000/') })}`,
    );
    expect(paseto.headers.get('location')).toMatch(/^http:\/\/localhost:5000\/sso\/callback\?code=/);
    // PASETO's logout template puts its DVCQG access token where the ID token goes.
    const pasetoCode = new URL(paseto.headers.get('location') as string).searchParams.get('code') as string;
    const pasetoTokens = await s.t.http.post('/oauth2/token').type('form').send({
      grant_type: 'authorization_code',
      code: pasetoCode,
      redirect_uri: 'http://localhost:5000/sso/callback',
      client_id: 'pAsEtOtHaNhHoAdVcQgCl1ent28x',
      client_secret: 'paseto-h56-sso-secret',
    });
    const pasetoOut = await s.t.http
      .get('/oidc/logout')
      .query({ id_token_hint: pasetoTokens.body.access_token, post_logout_redirect_uri: 'http://localhost:5000/' });
    expect([pasetoOut.status, pasetoOut.headers.location]).toEqual([302, 'http://localhost:5000/']);

    // The development RP's logout ends both sessions: its own, then Cổng DVCQG's through /oidc/logout.
    const out = await browse(s.base, jar, '/sso-dev-rp/logout');
    const endSession = new URL(out.headers.get('location') as string);
    expect([endSession.pathname, endSession.searchParams.has('id_token_hint')]).toEqual(['/oidc/logout', true]);
    const home = await browse(s.base, jar, endSession.href);
    expect(home.headers.get('location')).toMatch(/\/sso-dev-rp\/\?state=/);
    expect(jar.has('commonAuthId')).toBe(false);
    expect(await (await browse(s.base, jar, home.headers.get('location') as string)).text()).toContain('Chưa đăng nhập');
  });
});
