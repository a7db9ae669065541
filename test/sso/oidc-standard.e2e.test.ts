import * as client from 'openid-client';
import { TEST_PERSONS } from '../../src/seed/test-persons';
import { browse, DEV_RP, Jar, signIn, startSso, type SsoTestApp } from './sso-support';

const CALLBACK = 'http://127.0.0.1:5999/callback';

describe('SSO: a certified relying-party library (openid-client) signs in against the Cổng DVCQG provider', () => {
  let s: SsoTestApp;
  let config: client.Configuration;
  beforeAll(async () => {
    s = await startSso('sso-standard');
    config = await client.discovery(new URL(`${s.base}/oauth2/token`), DEV_RP.id, undefined, client.ClientSecretPost(DEV_RP.secret), {
      execute: [client.allowInsecureRequests],
    });
  });
  afterAll(() => s.close());

  it('serves discovery where WSO2 does, with the token endpoint as issuer, and JWKS', async () => {
    for (const path of [
      '/oauth2/oidcdiscovery/.well-known/openid-configuration',
      '/.well-known/openid-configuration',
      '/oauth2/token/.well-known/openid-configuration',
    ]) {
      const res = await s.t.http.get(path);
      expect({ path, status: res.status, issuer: res.body.issuer }).toEqual({ path, status: 200, issuer: `${s.base}/oauth2/token` });
      expect(res.body).toMatchObject({
        authorization_endpoint: `${s.base}/oauth2/authorize`,
        end_session_endpoint: `${s.base}/oidc/logout`,
        jwks_uri: `${s.base}/oauth2/jwks`,
        code_challenge_methods_supported: ['S256', 'plain'],
      });
    }
    const viaWellKnown = await client.discovery(
      new URL(`${s.base}/oauth2/oidcdiscovery/.well-known/openid-configuration`),
      DEV_RP.id,
      DEV_RP.secret,
      undefined,
      { execute: [client.allowInsecureRequests] },
    );
    expect(viaWellKnown.serverMetadata().issuer).toBe(`${s.base}/oauth2/token`);
    const jwks = await s.t.http.get('/oauth2/jwks');
    expect(jwks.body.keys).toEqual([expect.objectContaining({ kty: 'RSA', alg: 'RS256', use: 'sig', kid: expect.any(String) })]);
  });

  it('authorization code with PKCE, userinfo in the portal’s claim formats, refresh, introspection and logout', async () => {
    const person = TEST_PERSONS.cleanRecord;
    const verifier = client.randomPKCECodeVerifier();
    const state = client.randomState();
    const nonce = client.randomNonce();
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: CALLBACK,
      scope: 'openid',
      acr_values: 'LoA1',
      state,
      nonce,
      code_challenge: await client.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
    });
    const jar = new Jar();
    const back = await signIn(s.base, jar, url.href, person.id);
    expect(back.status).toBe(302);
    expect(jar.has('commonAuthId')).toBe(true);
    const tokens = await client.authorizationCodeGrant(config, new URL(back.headers.get('location') as string), {
      pkceCodeVerifier: verifier,
      expectedState: state,
      expectedNonce: nonce,
    });
    expect(tokens).toMatchObject({ token_type: 'bearer', expires_in: 3600, scope: 'openid' });
    const idClaims = tokens.claims();
    expect(idClaims).toMatchObject({ iss: `${s.base}/oauth2/token`, aud: DEV_RP.id, acr: 'LoA1', nonce });

    const info = await client.fetchUserInfo(config, tokens.access_token, idClaims?.sub as string);
    expect(info).toMatchObject({
      sub: idClaims?.sub,
      LoaiTaiKhoan: '1',
      SoDinhDanh: person.id,
      HoVaTen: person.name,
      NgayThangNamSinh: '19850312',
      GioiTinh: 1,
      MaBHXH: '0199000001',
      ThuDienTu: 'an.nguyenvan@example.vn',
      loAs: 'LoA1',
      QuocTich: 'VN',
    });
    expect(info.TechID).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    // The same person signs in again: the same stable keys.
    expect(info.TechID).toBe(idClaims?.TechID);
    // One truth about the person: BHXH knows the MaBHXH of the login as this citizen.
    const bhxh = await s.t.http
      .post('/api/v1/messages')
      .auth(await s.t.token(), { type: 'bearer' })
      .set('prefer', 'wait=10')
      .send({
        header: { messageId: 'sso-bhxh-1', messageType: 'bhxh.getTraCuuTtHgdByMaSoBhxh', from: s.t.config.devClient.agency },
        body: { maSoBhxh: info.MaBHXH },
      });
    expect(bhxh.body.status).toBe('completed');
    expect(JSON.stringify(bhxh.body.response)).toContain(person.id);

    const post = await s.t.http
      .post('/oauth2/userinfo')
      .auth(tokens.access_token, { type: 'bearer' })
      .set('accept', 'application/json;charset=UTF-8');
    expect(post.status).toBe(200);
    expect(post.body).toEqual(info);

    const refreshed = await client.refreshTokenGrant(config, tokens.refresh_token as string);
    expect(refreshed.access_token).not.toBe(tokens.access_token);
    expect((await client.fetchUserInfo(config, refreshed.access_token, idClaims?.sub as string)).SoDinhDanh).toBe(person.id);
    await expect(client.refreshTokenGrant(config, tokens.refresh_token as string)).rejects.toMatchObject({ error: 'invalid_grant' });

    const active = await client.tokenIntrospection(config, refreshed.access_token);
    expect(active).toMatchObject({ active: true, client_id: DEV_RP.id, username: person.id, token_type: 'Bearer' });
    // OpenCPS's token check: the token itself as Bearer, form token=&state=0.
    const check = await s.t.http
      .post('/oauth2/introspect')
      .auth(refreshed.access_token, { type: 'bearer' })
      .type('form')
      .send({ token: refreshed.access_token, state: '0' });
    expect(check.body).toMatchObject({ active: true, client_id: DEV_RP.id, exp: expect.any(Number) });

    const logoutUrl = client.buildEndSessionUrl(config, {
      id_token_hint: refreshed.id_token as string,
      post_logout_redirect_uri: 'http://127.0.0.1:5999/',
      state: 'bye',
    });
    const out = await browse(s.base, jar, logoutUrl.href);
    expect(out.status).toBe(302);
    expect(out.headers.get('location')).toBe('http://127.0.0.1:5999/?state=bye');
    expect(jar.has('commonAuthId')).toBe(false);
  });

  it('takes the client secret by HTTP Basic too, and a live session signs in without the login page', async () => {
    const basic = await client.discovery(new URL(`${s.base}/oauth2/token`), DEV_RP.id, undefined, client.ClientSecretBasic(DEV_RP.secret), {
      execute: [client.allowInsecureRequests],
    });
    const jar = new Jar();
    const first = await signIn(
      s.base,
      jar,
      client.buildAuthorizationUrl(basic, { redirect_uri: CALLBACK, scope: 'openid', state: 'a' }).href,
      TEST_PERSONS.singleAdult.id,
    );
    await client.authorizationCodeGrant(basic, new URL(first.headers.get('location') as string), { expectedState: 'a' });
    const silent = await browse(
      s.base,
      jar,
      client.buildAuthorizationUrl(basic, { redirect_uri: CALLBACK, scope: 'openid', state: 'b', prompt: 'none' }).href,
    );
    expect(silent.status).toBe(302);
    const tokens = await client.authorizationCodeGrant(basic, new URL(silent.headers.get('location') as string), { expectedState: 'b' });
    expect((await client.fetchUserInfo(basic, tokens.access_token, client.skipSubjectCheck)).SoDinhDanh).toBe(TEST_PERSONS.singleAdult.id);
    const nobody = await browse(
      s.base,
      new Jar(),
      client.buildAuthorizationUrl(basic, { redirect_uri: CALLBACK, scope: 'openid', state: 'c', prompt: 'none' }).href,
    );
    expect(new URL(nobody.headers.get('location') as string).searchParams.get('error')).toBe('login_required');
  });
});
