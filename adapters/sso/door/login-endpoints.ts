import type { NativeRequest, NativeResponse } from '../../../src/core/adapter';
import { AppError, BusinessRuleError } from '../../../src/core/errors';
import type { SsoLoginResponse } from '../../../src/generated/schema-types';
import { DEFAULT_ACR, DVCQG, withQuery } from '../identity-provider';
import type { AuthorizationRequest } from '../sso-store';
import { cookies, field, realmOf, redirect, sessionCookieName, setCookie, type SsoDoor, type SsoEndpoint } from './door';
import { page, pageOrError, redirect as redirectAnswer } from './answers';
import { errorPage, formPostPage, loginPage } from './pages';

function headingOf(realm: string): string {
  return realm === DVCQG ? 'Cổng Dịch vụ công Quốc gia – Xác thực tập trung' : `Xác thực tập trung cán bộ (${realm})`;
}

/** Errors in a browser flow are pages: the person sees them, not the relying party. */
function pageError(realm: string) {
  return (error: AppError): NativeResponse =>
    errorPage(headingOf(realm), error.status, error instanceof BusinessRuleError ? error.code : error.slug, error.message);
}

/** Which login a request asks for: `fidp=VNeID` (WSO2's federated-IdP hint) or an `acr_values` above LoA1 means VNeID. */
function requestedIdp(request: NativeRequest, acr: string): 'vneid' | undefined {
  const fidp = field(request, 'fidp');
  if (fidp && fidp.toLowerCase() === 'vneid') return 'vneid';
  return /^LoA[2-9]$/i.test(acr) ? 'vneid' : undefined;
}

/**
 * The authorization answer on its way to the relying party: on the redirect_uri's query (a 302), or,
 * for `response_mode=form_post`, posted there by a page.
 */
function toClient(
  redirectUri: string,
  responseMode: AuthorizationRequest['responseMode'],
  members: Record<string, string | undefined>,
  setCookies: readonly string[] = [],
): NativeResponse {
  if (responseMode !== 'form_post') return redirect(withQuery(redirectUri, members), setCookies);
  return formPostPage(redirectUri, members, setCookies.length ? { 'set-cookie': setCookies.join('\n') } : {});
}

/** Runs `sso.login` for a person who signed in (or had a session) and sends the browser on with the code. */
async function completeLogin(
  door: SsoDoor,
  pending: AuthorizationRequest,
  username: string,
  idp: 'password' | 'vneid',
  sessionId?: string,
): Promise<NativeResponse> {
  const client = door.idp.clientIn(pending.realm, pending.clientId);
  const result = await door.submit<SsoLoginResponse>(
    'login',
    {
      realm: pending.realm,
      username,
      idp,
      client_id: pending.clientId,
      redirect_uri: pending.redirectUri,
      scope: pending.scope,
      acr: pending.acr,
      ...(pending.state !== undefined ? { state: pending.state } : {}),
      ...(pending.nonce ? { nonce: pending.nonce } : {}),
      ...(pending.codeChallenge ? { code_challenge: pending.codeChallenge, code_challenge_method: pending.codeChallengeMethod ?? 'plain' } : {}),
      ...(sessionId ? { session_id: sessionId } : {}),
    },
    client,
  );
  const session = [setCookie(sessionCookieName(pending.realm), result.sessionId)];
  if (pending.responseMode !== 'form_post') return redirect(result.redirectTo, session);
  return toClient(pending.redirectUri, pending.responseMode, { code: result.code, state: pending.state, session_state: result.sessionId }, session);
}

const authorize: SsoEndpoint = {
  methods: ['GET', 'POST'],
  summary:
    'Authorization request (response_type=code, response_mode query or form_post, acr_values, fidp=VNeID, PKCE, prompt): the login page, or a code at once when an SSO session is live',
  paths: ['/oauth2/authorize', '/t/:tenant/oauth2/authorize'],
  answers: {
    '200': page('`response_mode=form_post`: a page that posts `code` and `state` (or `error`) to the redirect_uri.'),
    '302': redirectAnswer(
      'To the login page (`sessionDataKey`), or back to the relying party with `code` (live session) or `error` (bad response_type, scope, PKCE method; `prompt=none` without a session).',
    ),
    '400': pageOrError(
      'An error page: unknown client (`invalid_client`) or unregistered redirect_uri (`invalid_callback`); nothing is sent to the relying party.',
    ),
    '404': page('An error page: no such tenant (`invalid_tenant`).'),
    '5XX': pageOrError('An error page: the login failed (a fault injected on `sso.login`).'),
  },
  async handle(request, door) {
    const realm = realmOf(request);
    const fail = pageError(realm);
    if (!door.idp.isRealm(realm)) return errorPage(headingOf(DVCQG), 404, 'invalid_tenant', `Không có tenant ${realm}`);
    const client = door.idp.clientIn(realm, field(request, 'client_id'));
    if (!client)
      return errorPage(
        headingOf(realm),
        400,
        'invalid_client',
        `Ứng dụng ${field(request, 'client_id') ?? '(thiếu client_id)'} chưa được đăng ký trong ${realm}`,
      );
    const redirectUri =
      field(request, 'redirect_uri') ??
      (client.redirectUris.length === 1 ? client.redirectUris[0]?.replace('{publicBaseUrl}', door.context.publicBaseUrl) : undefined);
    if (!redirectUri || !door.idp.clients.redirectAllowed(client, redirectUri, door.context.publicBaseUrl)) {
      return errorPage(
        headingOf(realm),
        400,
        'invalid_callback',
        `redirect_uri ${redirectUri ?? '(thiếu)'} không khớp với địa chỉ đã đăng ký của ứng dụng`,
      );
    }
    const state = field(request, 'state');
    const responseMode = field(request, 'response_mode') === 'form_post' ? 'form_post' : undefined;
    const back = (error: string, description: string): NativeResponse =>
      toClient(redirectUri, responseMode, { error, error_description: description, state });
    if (field(request, 'response_type') !== 'code') return back('unsupported_response_type', 'Only response_type=code is supported');
    const scope = field(request, 'scope') ?? '';
    if (!scope.split(' ').includes('openid')) return back('invalid_scope', 'The scope must include openid');
    const method = field(request, 'code_challenge_method');
    if (method && method !== 'S256' && method !== 'plain') return back('invalid_request', 'code_challenge_method must be S256 or plain');
    const acr = (field(request, 'acr_values') ?? DEFAULT_ACR).split(' ')[0];
    const idp = realm === DVCQG ? requestedIdp(request, acr) : undefined;
    const pending: AuthorizationRequest = {
      realm,
      clientId: client.clientId,
      redirectUri,
      scope,
      acr,
      ...(state !== undefined ? { state } : {}),
      ...(field(request, 'nonce') ? { nonce: field(request, 'nonce') } : {}),
      ...(field(request, 'code_challenge') ? { codeChallenge: field(request, 'code_challenge'), codeChallengeMethod: method ?? 'plain' } : {}),
      ...(idp ? { idp } : {}),
      ...(responseMode ? { responseMode } : {}),
    };
    const prompt = field(request, 'prompt') ?? '';
    const store = door.idp.store(door.context);
    const sessionId = cookies(request)[sessionCookieName(realm)];
    const session = sessionId && !prompt.includes('login') ? await store.session(sessionId) : undefined;
    if (session && session.realm === realm && (!idp || session.idp === idp)) {
      try {
        return await completeLogin(door, pending, session.username, session.idp, session.id);
      } catch (error) {
        if (error instanceof AppError && !(error.slug === 'injected-transport-fault')) return fail(error);
        throw error;
      }
    }
    if (prompt.includes('none')) return back('login_required', 'The user is not signed in');
    const key = await store.putPendingLogin(pending);
    return redirect(
      `/authenticationendpoint/login.do?${new URLSearchParams({ sessionDataKey: key, client_id: client.clientId, ...(realm !== DVCQG ? { tenantDomain: realm } : {}) })}`,
    );
  },
};

function loginPageFor(door: SsoDoor, key: string, pending: AuthorizationRequest, error?: string, status = 200): NativeResponse {
  const client = door.idp.clientIn(pending.realm, pending.clientId);
  const dvcqg = pending.realm === DVCQG;
  return loginPage(
    {
      heading: headingOf(pending.realm),
      clientName: client?.name ?? pending.clientId,
      sessionDataKey: key,
      password: pending.idp !== 'vneid',
      vneid: dvcqg,
      usernameLabel: dvcqg ? 'Số định danh cá nhân / Mã số thuế' : 'Tên đăng nhập',
      ...(error ? { error } : {}),
    },
    status,
  );
}

const loginDo: SsoEndpoint = {
  methods: ['GET'],
  summary: 'WSO2’s login page for a pending authorization request (sessionDataKey)',
  paths: ['/authenticationendpoint/login.do'],
  answers: {
    '200': page(
      'The login page: the portal’s account form and/or the VNeID form, posting to /commonauth; with `authFailure=true`, the failure is shown.',
    ),
    '400': pageOrError('An error page: the sessionDataKey is unknown or expired (`session_expired`).'),
  },
  async handle(request, door) {
    const key = field(request, 'sessionDataKey') ?? '';
    const pending = key ? await door.idp.store(door.context).pendingLogin(key) : undefined;
    if (!pending)
      return errorPage(
        headingOf(DVCQG),
        400,
        'session_expired',
        'Phiên đăng nhập không tồn tại hoặc đã hết hạn; hãy quay lại ứng dụng và đăng nhập lại',
      );
    const failed = field(request, 'authFailure') === 'true';
    return loginPageFor(door, key, pending, failed ? 'Tên đăng nhập hoặc mật khẩu không đúng' : undefined);
  },
};

const commonauth: SsoEndpoint = {
  methods: ['POST'],
  summary: 'The login form’s target: checks the password (or VNeID passcode), then sends the browser to the relying party with the code',
  paths: ['/commonauth'],
  answers: {
    '200': page('Signed in with `response_mode=form_post`: a page that posts `code` and `state` to the redirect_uri.'),
    '302': redirectAnswer(
      'Signed in: to the relying party’s redirect_uri with `code` and `state`; a wrong password: back to login.do with `authFailure=true`.',
    ),
    '400': pageOrError('The login page again (VNeID required) or an error page (unknown or expired sessionDataKey).'),
    '403': page('The login page again: the account is closed (a deceased citizen).'),
    '5XX': pageOrError('An error page: the login failed (a fault injected on `sso.login`).'),
  },
  async handle(request, door) {
    const key = field(request, 'sessionDataKey') ?? '';
    const store = door.idp.store(door.context);
    const pending = key ? await store.pendingLogin(key) : undefined;
    if (!pending)
      return errorPage(
        headingOf(DVCQG),
        400,
        'session_expired',
        'Phiên đăng nhập không tồn tại hoặc đã hết hạn; hãy quay lại ứng dụng và đăng nhập lại',
      );
    const idp = field(request, 'idp') === 'vneid' && pending.realm === DVCQG ? 'vneid' : 'password';
    if (pending.idp === 'vneid' && idp !== 'vneid') return loginPageFor(door, key, pending, 'Ứng dụng yêu cầu đăng nhập bằng VNeID', 400);
    const username = field(request, 'username') ?? '';
    const account = door.idp.account(pending.realm, username);
    const secretOk = door.idp.checkSecret(idp, field(request, 'password') ?? '');
    if (!account || !secretOk || (idp === 'vneid' && account.kind !== 'citizen')) {
      return redirect(
        `/authenticationendpoint/login.do?${new URLSearchParams({ sessionDataKey: key, client_id: pending.clientId, authFailure: 'true', authFailureMsg: 'login.fail.message' })}`,
      );
    }
    if (account.closedBecause) return loginPageFor(door, key, pending, account.closedBecause, 403);
    try {
      const response = await completeLogin(door, pending, account.username, idp);
      await store.dropPendingLogin(key);
      return response;
    } catch (error) {
      if (error instanceof AppError && error.slug !== 'injected-transport-fault') return pageError(pending.realm)(error);
      throw error;
    }
  },
};

export const loginEndpoints: readonly SsoEndpoint[] = [authorize, loginDo, commonauth];
