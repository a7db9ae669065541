import { createHash } from 'node:crypto';
import { BusinessRuleError, NotFoundError } from '../../src/core/errors';
import type { RequestOf } from '../../src/core/operation';
import type { SsoUserinfoResponse } from '../../src/generated/schema-types';
import { unitBackend, type UnitBackend } from '../../test/support/unit-context';
import { createSsoAdapter } from '.';
import { DEV_RP } from './sso-seeds';

const CALLBACK = 'http://127.0.0.1:5999/callback';
const VERIFIER = 'a-code-verifier-of-at-least-forty-three-characters-long';
const CHALLENGE = createHash('sha256').update(VERIFIER).digest('base64url');

const oauth = (code: string, status: number, message: RegExp) =>
  expect.objectContaining({ constructor: BusinessRuleError, code, status, message: expect.stringMatching(message) });

describe('sso handlers (in-memory context)', () => {
  let sso: UnitBackend;
  let citizen: string;
  beforeEach(() => {
    sso = unitBackend(createSsoAdapter);
    citizen = sso.reference.dataset.testPersons.cleanRecord.id;
  });

  const login = (overrides: Partial<RequestOf<'sso.login'>> = {}) =>
    sso.call('sso.login', {
      realm: 'dvcqg',
      username: citizen,
      client_id: DEV_RP.clientId,
      redirect_uri: CALLBACK,
      scope: 'openid',
      state: 'st-1',
      ...overrides,
    });
  const exchange = (code: string | undefined, overrides: Partial<RequestOf<'sso.token'>> = {}) =>
    sso.call('sso.token', { grant_type: 'authorization_code', client_id: DEV_RP.clientId, code, redirect_uri: CALLBACK, ...overrides });

  it('a login issues a code for the relying party’s callback, which the token grant exchanges once for tokens', async () => {
    const signedIn = await login({ nonce: 'n-1' });
    expect(signedIn).toEqual({
      redirectTo: expect.stringMatching(/^http:\/\/127\.0\.0\.1:5999\/callback\?/),
      code: expect.any(String),
      sub: expect.any(String),
      sessionId: expect.any(String),
    });
    expect(sso.undocumented('sso.login', signedIn)).toEqual([]);
    const back = new URL(signedIn.redirectTo);
    expect(Object.fromEntries(back.searchParams)).toEqual({ code: signedIn.code, state: 'st-1', session_state: signedIn.sessionId });

    const tokens = await exchange(signedIn.code);
    expect(tokens).toEqual({
      access_token: expect.any(String),
      refresh_token: expect.any(String),
      scope: 'openid',
      id_token: expect.stringMatching(/^[\w-]+\.[\w-]+\.[\w-]+$/),
      token_type: 'Bearer',
      expires_in: 3600,
    });
    expect(sso.undocumented('sso.token', tokens)).toEqual([]);
    const claims = JSON.parse(Buffer.from(tokens.id_token?.split('.')[1] ?? '', 'base64url').toString()) as Record<string, unknown>;
    expect(claims).toMatchObject({ aud: DEV_RP.clientId, sub: signedIn.sub, nonce: 'n-1', acr: 'LoA1' });
    await expect(exchange(signedIn.code)).rejects.toEqual(oauth('invalid_grant', 400, /unknown, used or expired/));
  });

  it('a code asked with a PKCE challenge is exchanged only with its verifier', async () => {
    const withChallenge = () => login({ code_challenge: CHALLENGE, code_challenge_method: 'S256' });
    await expect(exchange((await withChallenge()).code)).rejects.toEqual(oauth('invalid_grant', 400, /code_verifier is missing/));
    await expect(exchange((await withChallenge()).code, { code_verifier: `${VERIFIER}x` })).rejects.toEqual(oauth('invalid_grant', 400, /PKCE/));
    expect(await exchange((await withChallenge()).code, { code_verifier: VERIFIER })).toMatchObject({ token_type: 'Bearer' });
  });

  it('a refresh token is good for one new set of tokens; client credentials get an access token alone', async () => {
    const { refresh_token } = await exchange((await login()).code);
    const refresh = () => sso.call('sso.token', { grant_type: 'refresh_token', client_id: DEV_RP.clientId, refresh_token });
    expect(await refresh()).toMatchObject({ access_token: expect.any(String), id_token: expect.any(String) });
    await expect(refresh()).rejects.toEqual(oauth('invalid_grant', 400, /refresh token is unknown, used or expired/));
    expect(await sso.call('sso.token', { grant_type: 'client_credentials', client_id: DEV_RP.clientId })).toEqual({
      access_token: expect.any(String),
      scope: 'default',
      token_type: 'Bearer',
      expires_in: 3600,
    });
  });

  it('userinfo answers the portal’s claims of the signed-in account', async () => {
    const { sub } = await login();
    const claims = (await sso.send('sso.userinfo', { sub })) as SsoUserinfoResponse;
    expect(sso.undocumented('sso.userinfo', claims)).toEqual([]);
    expect(claims).toMatchObject({ LoaiTaiKhoan: '1', SoDinhDanh: citizen, NgayThangNamSinh: '19850312', loAs: 'LoA1', QuocTich: 'VN' });
    await expect(sso.send('sso.userinfo', { sub, realm: 'nowhere' })).rejects.toEqual(oauth('invalid_request', 400, /Unknown realm nowhere/));
  });

  it('a CAS login issues a service ticket for a registered service only', async () => {
    const cas = await sso.call('sso.login', { realm: 'cas', username: citizen, service: 'http://localhost:5000/' });
    expect(cas).toEqual({
      redirectTo: `http://localhost:5000/?ticket=${cas.ticket}`,
      ticket: expect.stringMatching(/^ST-/),
      sub: citizen,
      sessionId: expect.any(String),
    });
    await expect(sso.call('sso.login', { realm: 'cas', username: citizen, service: 'http://evil.example/' })).rejects.toEqual(
      oauth('INVALID_SERVICE', 400, /not registered/),
    );
  });

  it('refuses an unknown realm, account or client, a redirect URI not registered and a scope without openid', async () => {
    await expect(login({ realm: 'nowhere' })).rejects.toEqual(oauth('invalid_request', 400, /Unknown realm/));
    await expect(login({ username: '001090999999' })).rejects.toBeInstanceOf(NotFoundError);
    await expect(login({ client_id: 'nobody' })).rejects.toEqual(oauth('invalid_client', 401, /No client nobody/));
    await expect(login({ redirect_uri: 'http://evil.example/callback' })).rejects.toEqual(oauth('invalid_request', 400, /is not registered/));
    await expect(login({ scope: 'profile' })).rejects.toEqual(oauth('invalid_scope', 400, /openid/));
  });
});
