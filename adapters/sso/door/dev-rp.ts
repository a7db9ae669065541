import type { NativeRequest, NativeResponse } from '../../../src/core/adapter';
import type { SsoTokenResponse } from '../../../src/generated/schema-types';
import { escapeHtml } from '../../../src/core/escape-html';
import { withQuery } from '../identity-provider';
import { decodeReturnState, emailOf, encodeReturnState, parseDeepLink, type DeepLink } from '../return-state';
import { DEV_RP } from '../sso-seeds';
import { clearCookie, cookies, field, redirect, setCookie, userinfoRequest, type SsoDoor, type SsoEndpoint } from './door';
import { oauthError, page, pageOrError, redirect as redirectAnswer } from './answers';
import { htmlPage } from './pages';

const COOKIE = 'devRpSession';
const HEADING = 'Ứng dụng thử nghiệm (development relying party)';

interface DevRpSession {
  claims: Record<string, unknown>;
  idToken?: string;
}

const base = (door: SsoDoor): string => `${door.context.publicBaseUrl}/sso-dev-rp`;

/** The authorize URL the dev RP sends people to, with the return URL in `state` as PASETO does. */
function authorizeUrl(door: SsoDoor, returnUrl: string, vneid = false): string {
  return withQuery(`${door.context.publicBaseUrl}/oauth2/authorize`, {
    response_type: 'code',
    client_id: DEV_RP.clientId,
    redirect_uri: `${base(door)}/callback`,
    scope: 'openid',
    acr_values: 'LoA1',
    state: encodeReturnState(returnUrl),
    ...(vneid ? { fidp: 'VNeID' } : {}),
  });
}

function currentUrl(door: SsoDoor, request: NativeRequest): string {
  const query = new URLSearchParams(Object.entries(request.query).filter((e): e is [string, string] => e[1] !== undefined));
  return `${base(door)}/${query.size ? `?${query}` : ''}`;
}

function deepLinkText(link: DeepLink): string {
  const parts = Object.entries({ MaTTHCDP: link.MaTTHCDP, MaCoQuanThucHien: link.MaCoQuanThucHien, MaDVC: link.MaDVC })
    .filter(([, v]) => v)
    .map(([k, v]) => `${k}=${v}`);
  if (link.data) parts.push(`data=${JSON.stringify(link.data)}`);
  return parts.join(', ');
}

function claimsPage(session: DevRpSession, link: DeepLink | undefined): NativeResponse {
  const rows = Object.entries(session.claims)
    .map(([k, v]) => `<tr><th>${escapeHtml(k)}</th><td data-claim="${escapeHtml(k)}">${escapeHtml(String(v))}</td></tr>`)
    .join('');
  const { email, fallback } = emailOf(session.claims);
  const deep = link ? `<p id="deep-link">Liên kết từ Cổng DVCQG (vnconnect=1): <strong>${escapeHtml(deepLinkText(link))}</strong></p>` : '';
  return htmlPage(
    'Đã đăng nhập',
    HEADING,
    `<h1 id="welcome">Xin chào ${escapeHtml(String(session.claims.HoVaTen ?? session.claims.sub))}</h1>${deep}
<p>Thư điện tử: <span id="email">${escapeHtml(email)}</span>${fallback ? ' (tạo từ TechID/số giấy tờ vì tài khoản không có thư điện tử)' : ''}</p>
<table id="claims">${rows}</table><p><a href="/sso-dev-rp/logout" id="logout">Đăng xuất</a></p>`,
  );
}

const home: SsoEndpoint = {
  methods: ['GET'],
  summary: 'Development relying party: the signed-in account’s claims; handles vnconnect=1 deep links',
  paths: ['/sso-dev-rp'],
  answers: {
    '200': page('The signed-in account’s claims, or the links to sign in.'),
    '302': redirectAnswer('A vnconnect=1 deep link with nobody signed in: to Cổng DVCQG’s authorize, the link in `state`.'),
  },
  async handle(request, door) {
    const link = parseDeepLink(request.query);
    const id = cookies(request)[COOKIE];
    const session = id ? await door.context.state.get<DevRpSession>(`devrp:${id}`) : undefined;
    if (session) return claimsPage(session, link);
    // A deep link from Cổng DVCQG with nobody signed in here: bounce to DVCQG, coming back to the same link.
    if (link) return redirect(authorizeUrl(door, currentUrl(door, request)));
    const here = `${base(door)}/`;
    return htmlPage(
      'Ứng dụng thử nghiệm',
      HEADING,
      `<h1>Chưa đăng nhập</h1>
<p><a id="login" href="${escapeHtml(authorizeUrl(door, here))}">Đăng nhập qua Cổng DVCQG</a></p>
<p><a id="login-vneid" href="${escapeHtml(authorizeUrl(door, here, true))}">Đăng nhập bằng VNeID</a></p>`,
    );
  },
};

const callback: SsoEndpoint = {
  methods: ['GET'],
  summary: 'Development relying party: exchanges the code and keeps the claims',
  paths: ['/sso-dev-rp/callback'],
  answers: {
    '302': redirectAnswer('Signed in: back to the return URL in `state` (a page of the RP only).'),
    '400': pageOrError('A page: the provider sent an error, or no code; or the code exchange was refused (an OAuth error).'),
    '5XX': oauthError('The code exchange failed (a fault injected on `sso.token` or `sso.userinfo`).'),
  },
  async handle(request, door) {
    const error = field(request, 'error');
    const code = field(request, 'code');
    if (error || !code)
      return htmlPage(
        'Đăng nhập không thành công',
        HEADING,
        `<p class="error" role="alert">${escapeHtml(error ?? 'no code')}: ${escapeHtml(field(request, 'error_description') ?? '')}</p>`,
        400,
      );
    const tokens = await door.submit<SsoTokenResponse>(
      'token',
      { grant_type: 'authorization_code', client_id: DEV_RP.clientId, code, redirect_uri: `${base(door)}/callback` },
      door.idp.clients.find(DEV_RP.clientId),
    );
    const grant = await door.idp.store(door.context).accessToken(tokens.access_token);
    if (!grant)
      return htmlPage(
        'Đăng nhập không thành công',
        HEADING,
        '<p class="error" role="alert">The access token expired at once (the simulation clock moved)</p>',
        400,
      );
    const claims = await door.submit<Record<string, unknown>>('userinfo', userinfoRequest(grant), door.idp.clients.find(DEV_RP.clientId));
    const id = door.idp.store(door.context).newId();
    await door.context.state.set<DevRpSession>(
      `devrp:${id}`,
      { claims, ...(tokens.id_token ? { idToken: tokens.id_token } : {}) },
      { ttlSeconds: 86400 },
    );
    // Only our own pages are return targets: the state is the browser's, so it could name anything.
    const { returnUrl } = decodeReturnState(field(request, 'state'));
    const target = returnUrl && (returnUrl.startsWith(`${base(door)}/`) || returnUrl.startsWith('/sso-dev-rp/')) ? returnUrl : `${base(door)}/`;
    return redirect(target, [setCookie(COOKIE, id)]);
  },
};

const logout: SsoEndpoint = {
  methods: ['GET'],
  summary: 'Development relying party: signs out here and at /oidc/logout',
  paths: ['/sso-dev-rp/logout'],
  answers: { '302': redirectAnswer('Signed out here: on to /oidc/logout, coming back to the RP.') },
  async handle(request, door) {
    const id = cookies(request)[COOKIE];
    const session = id ? await door.context.state.get<DevRpSession>(`devrp:${id}`) : undefined;
    if (id) await door.context.state.delete(`devrp:${id}`);
    const target = withQuery(`${door.context.publicBaseUrl}/oidc/logout`, {
      ...(session?.idToken ? { id_token_hint: session.idToken } : { client_id: DEV_RP.clientId }),
      post_logout_redirect_uri: `${base(door)}/`,
      state: encodeReturnState(`${base(door)}/`),
    });
    return redirect(target, [clearCookie(COOKIE)]);
  },
};

export const devRpEndpoints: readonly SsoEndpoint[] = [home, callback, logout];
