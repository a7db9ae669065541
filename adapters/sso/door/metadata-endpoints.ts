import { decodeJwt } from 'jose';
import type { NativeRequest, NativeResponse } from '../../../src/core/adapter';
import { DVCQG, issuerOf, oauthError, realmBase, withQuery } from '../identity-provider';
import { clearCookie, cookies, field, realmOf, redirect, sessionCookieName, type SsoDoor, type SsoEndpoint } from './door';
import { json, oauthError as oauthAnswer, page, pageOrError, redirect as redirectAnswer } from './answers';
import { errorPage, messagePage } from './pages';

const URL = { type: 'string', format: 'uri' };
const WORDS = { type: 'array', items: { type: 'string' } };

/** OpenID Connect Discovery 1.0 §3, the members this provider states. */
const DISCOVERY = {
  type: 'object',
  required: [
    'issuer',
    'authorization_endpoint',
    'token_endpoint',
    'jwks_uri',
    'response_types_supported',
    'subject_types_supported',
    'id_token_signing_alg_values_supported',
  ],
  properties: {
    issuer: URL,
    authorization_endpoint: URL,
    token_endpoint: URL,
    userinfo_endpoint: URL,
    introspection_endpoint: URL,
    revocation_endpoint: URL,
    end_session_endpoint: URL,
    jwks_uri: URL,
    response_types_supported: WORDS,
    response_modes_supported: WORDS,
    grant_types_supported: WORDS,
    subject_types_supported: WORDS,
    id_token_signing_alg_values_supported: WORDS,
    token_endpoint_auth_methods_supported: WORDS,
    introspection_endpoint_auth_methods_supported: WORDS,
    code_challenge_methods_supported: WORDS,
    scopes_supported: WORDS,
    acr_values_supported: WORDS,
    claims_supported: WORDS,
    userinfo_signing_alg_values_supported: WORDS,
    frontchannel_logout_supported: { type: 'boolean' },
    backchannel_logout_supported: { type: 'boolean' },
  },
};

/** RFC 7517 §5: the public keys. */
const JWKS = {
  type: 'object',
  required: ['keys'],
  properties: {
    keys: {
      type: 'array',
      items: {
        type: 'object',
        required: ['kty'],
        properties: { kty: { type: 'string' }, kid: { type: 'string' }, use: { type: 'string' }, alg: { type: 'string' } },
      },
    },
  },
};

const UNKNOWN_TENANT = { '404': oauthAnswer('`invalid_request`: no such tenant.') };

function knownRealm(request: NativeRequest, door: SsoDoor): string {
  const realm = realmOf(request);
  if (!door.idp.isRealm(realm)) throw oauthError('invalid_request', `Unknown tenant ${realm}`, 404);
  return realm;
}

/** OpenID Connect discovery, as WSO2 serves it: the issuer is the token endpoint. */
const discovery: SsoEndpoint = {
  methods: ['GET'],
  summary: 'OpenID Connect discovery; the issuer is the realm’s token endpoint, as WSO2 names it',
  paths: [
    '/oauth2/oidcdiscovery/.well-known/openid-configuration',
    '/oauth2/token/.well-known/openid-configuration',
    '/.well-known/openid-configuration',
    '/t/:tenant/oauth2/oidcdiscovery/.well-known/openid-configuration',
    '/t/:tenant/oauth2/token/.well-known/openid-configuration',
  ],
  answers: { '200': json(DISCOVERY, 'The provider’s metadata.'), ...UNKNOWN_TENANT },
  async handle(request, door) {
    const realm = knownRealm(request, door);
    const base = realmBase(door.context.publicBaseUrl, realm);
    return {
      status: 200,
      body: {
        issuer: issuerOf(door.context.publicBaseUrl, realm),
        authorization_endpoint: `${base}/oauth2/authorize`,
        token_endpoint: `${base}/oauth2/token`,
        userinfo_endpoint: `${base}/oauth2/userinfo`,
        introspection_endpoint: `${base}/oauth2/introspect`,
        revocation_endpoint: `${base}/oauth2/revoke`,
        end_session_endpoint: `${base}/oidc/logout`,
        jwks_uri: `${base}/oauth2/jwks`,
        response_types_supported: ['code'],
        response_modes_supported: ['query', 'form_post'],
        grant_types_supported: ['authorization_code', 'refresh_token', 'client_credentials'],
        subject_types_supported: ['public'],
        id_token_signing_alg_values_supported: ['RS256'],
        token_endpoint_auth_methods_supported: ['client_secret_post', 'client_secret_basic'],
        introspection_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post'],
        code_challenge_methods_supported: ['S256', 'plain'],
        scopes_supported: ['openid', 'profile', 'email', 'phone', 'address'],
        acr_values_supported: ['LoA1', 'LoA2'],
        claims_supported: [
          'sub',
          'TechID',
          'LoaiTaiKhoan',
          'SoDinhDanh',
          'HoVaTen',
          'NgayThangNamSinh',
          'GioiTinh',
          'ThuDienTu',
          'SoDienThoai',
          'MaSoThue',
          'loAs',
          'loginIdp',
        ],
        userinfo_signing_alg_values_supported: ['none'],
        frontchannel_logout_supported: false,
        backchannel_logout_supported: false,
      },
    };
  },
};

const jwks: SsoEndpoint = {
  methods: ['GET'],
  summary: 'The keys that sign ID tokens',
  paths: ['/oauth2/jwks', '/t/:tenant/oauth2/jwks'],
  answers: { '200': json(JWKS, 'The JSON Web Key Set.'), ...UNKNOWN_TENANT },
  async handle(request, door) {
    knownRealm(request, door);
    return { status: 200, body: await door.idp.keys(door.context).jwks() };
  },
};

/**
 * The client a logout names: the ID token's audience, an access token's client (PASETO sends one),
 * or `client_id`. As OpenID Connect RP-Initiated Logout asks of an expired ID token, an access token
 * past its hour still names its client: PASETO logs out with the token it got at sign-in.
 */
async function logoutClient(request: NativeRequest, door: SsoDoor): Promise<string | undefined> {
  const hint = field(request, 'id_token_hint');
  if (hint) {
    try {
      const claims = decodeJwt(hint);
      const aud = Array.isArray(claims.aud) ? claims.aud[0] : claims.aud;
      if (typeof aud === 'string') return aud;
    } catch {
      const grant = await door.idp.store(door.context).issuedAccessToken(hint);
      if (grant) return grant.clientId;
    }
  }
  return field(request, 'client_id');
}

/** RP-initiated logout (`/oidc/logout`): ends the realm's SSO session and goes back to the RP when it may. */
const logout: SsoEndpoint = {
  methods: ['GET', 'POST'],
  summary: 'RP-initiated logout: ends the SSO session, back to post_logout_redirect_uri with state',
  paths: ['/oidc/logout', '/t/:tenant/oidc/logout'],
  answers: {
    '200': page('Signed out, and no post_logout_redirect_uri: a page says so.'),
    '302': redirectAnswer('Signed out: back to post_logout_redirect_uri with `state`.'),
    '400': pageOrError('An error page: post_logout_redirect_uri is not registered for the client named.'),
    ...UNKNOWN_TENANT,
  },
  async handle(request, door): Promise<NativeResponse> {
    const realm = knownRealm(request, door);
    const heading = realm === DVCQG ? 'Cổng Dịch vụ công Quốc gia' : `Xác thực tập trung cán bộ (${realm})`;
    const target = field(request, 'post_logout_redirect_uri');
    const client = door.idp.clientIn(realm, await logoutClient(request, door));
    if (target && (!client || !door.idp.clients.postLogoutAllowed(client, target, door.context.publicBaseUrl))) {
      return errorPage(
        heading,
        400,
        'invalid_request',
        `post_logout_redirect_uri ${target} is not registered for ${client ? `client ${client.clientId}` : 'any client named by id_token_hint or client_id'}`,
      );
    }
    const name = sessionCookieName(realm);
    const sessionId = cookies(request)[name];
    if (sessionId) await door.idp.store(door.context).endSession(sessionId);
    if (target) return redirect(withQuery(target, { state: field(request, 'state') }), [clearCookie(name)]);
    const page = messagePage('Đã đăng xuất', heading, 'Bạn đã đăng xuất khỏi hệ thống xác thực tập trung.');
    return { ...page, headers: { ...page.headers, 'set-cookie': clearCookie(name) } };
  },
};

export const metadataEndpoints: readonly SsoEndpoint[] = [discovery, jwks, logout];
