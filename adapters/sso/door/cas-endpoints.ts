import type { NativeResponse } from '../../../src/core/adapter';
import { AppError, BusinessRuleError } from '../../../src/core/errors';
import type { SsoLoginResponse } from '../../../src/generated/schema-types';
import { escapeHtml } from '../../../src/core/escape-html';
import type { SsoAccount } from '../accounts';
import { CAS } from '../identity-provider';
import { clearCookie, cookies, field, redirect, sessionCookieName, setCookie, type SsoDoor, type SsoEndpoint } from './door';
import { page, pageOrError, redirect as redirectAnswer } from './answers';
import { casLoginPage, errorPage, messagePage } from './pages';

/** CAS 3.0 `format=JSON` (Apereo CAS protocol, appendix). */
const CAS_JSON = {
  type: 'object',
  required: ['serviceResponse'],
  properties: {
    serviceResponse: {
      oneOf: [
        {
          type: 'object',
          required: ['authenticationSuccess'],
          properties: {
            authenticationSuccess: {
              type: 'object',
              required: ['user', 'attributes'],
              properties: { user: { type: 'string' }, attributes: { type: 'object', additionalProperties: { type: 'string' } } },
            },
          },
        },
        {
          type: 'object',
          required: ['authenticationFailure'],
          properties: {
            authenticationFailure: {
              type: 'object',
              required: ['code', 'description'],
              properties: { code: { enum: ['INVALID_REQUEST', 'INVALID_TICKET', 'INVALID_SERVICE'] }, description: { type: 'string' } },
            },
          },
        },
      ],
    },
  },
};

const CAS_XML_EXAMPLE = `<cas:serviceResponse xmlns:cas="http://www.yale.edu/tp/cas">
  <cas:authenticationSuccess>
    <cas:user>canbo01</cas:user>
    <cas:attributes>
      <cas:HoVaTen>Nguyễn Văn A</cas:HoVaTen>
      <cas:LoaiTaiKhoan>CanBo</cas:LoaiTaiKhoan>
    </cas:attributes>
  </cas:authenticationSuccess>
</cas:serviceResponse>`;

const HEADING = 'Hệ thống tài khoản dùng chung của tỉnh';
const TGC = sessionCookieName(CAS);

/** Attributes released with `cas:user` (the province's choice is unpublished: inferred). */
function attributes(account: SsoAccount): Record<string, string> {
  const out: Record<string, string | undefined> = {
    HoVaTen: account.person?.fullName,
    SoDinhDanh: account.person?.id,
    ThuDienTu: account.email,
    SoDienThoai: account.person?.phone,
    MaDonVi: account.official?.agency,
    LoaiTaiKhoan: account.kind === 'official' ? 'CanBo' : 'CongDan',
  };
  return Object.fromEntries(Object.entries(out).filter(([, v]) => v)) as Record<string, string>;
}

function casXml(inner: string): NativeResponse {
  return {
    status: 200,
    contentType: 'application/xml; charset=utf-8',
    body: `<cas:serviceResponse xmlns:cas="http://www.yale.edu/tp/cas">\n${inner}\n</cas:serviceResponse>\n`,
  };
}

function failure(code: string, text: string, json: boolean): NativeResponse {
  if (json) return { status: 200, body: { serviceResponse: { authenticationFailure: { code, description: text } } } };
  return casXml(`  <cas:authenticationFailure code="${code}">${escapeHtml(text)}</cas:authenticationFailure>`);
}

/** A service URL as Apereo CAS compares them: URL-decoded (`+` a space) and without regard to case. */
function serviceKey(url: string): string {
  try {
    return decodeURIComponent(url.replace(/\+/g, ' ')).toLowerCase();
  } catch {
    return url.toLowerCase();
  }
}

/**
 * Whether the service a ticket was issued for is the one validating it. CAS clients (phpCAS, the Java
 * client) send the URL they were sent back to, without `ticket`, whose query this provider wrote again:
 * `?next=/ho-so` came back as `?next=%2Fho-so`. Apereo CAS compares them decoded and ignoring case.
 */
function sameService(issuedFor: string, validating: string): boolean {
  return serviceKey(issuedFor) === serviceKey(validating);
}

async function loginWith(door: SsoDoor, username: string, service: string | undefined, sessionId?: string): Promise<NativeResponse> {
  if (!service) {
    const result = await door.submit<SsoLoginResponse>('login', {
      realm: CAS,
      username,
      service: `${door.context.publicBaseUrl}/cas/login`,
      ...(sessionId ? { session_id: sessionId } : {}),
    });
    const page = messagePage('Đăng nhập thành công', HEADING, `Bạn đã đăng nhập với tài khoản ${username}.`);
    return { ...page, headers: { ...page.headers, 'set-cookie': setCookie(TGC, result.sessionId) } };
  }
  const result = await door.submit<SsoLoginResponse>('login', { realm: CAS, username, service, ...(sessionId ? { session_id: sessionId } : {}) });
  return redirect(result.redirectTo, [setCookie(TGC, result.sessionId)]);
}

function asPage(error: unknown): NativeResponse {
  if (error instanceof AppError && error.slug !== 'injected-transport-fault') {
    return errorPage(HEADING, error.status, error instanceof BusinessRuleError ? error.code : error.slug, error.message);
  }
  throw error;
}

const casLogin: SsoEndpoint = {
  methods: ['GET', 'POST'],
  summary: 'CAS login page (GET) and form (POST); redirects to service?ticket=ST-…',
  paths: ['/cas/login'],
  answers: {
    '200': page('The CAS login page (GET), or, signed in without a service, a page that says so.'),
    '302': redirectAnswer('Signed in: to the service with `ticket=ST-…` (or to the service at once with `gateway=true` and no session).'),
    '400': pageOrError('An error page: the service may not use CAS (`INVALID_SERVICE`).'),
    '401': page('The login page again: a wrong user name or password.'),
    '403': page('The login page again: the account is closed.'),
    '5XX': pageOrError('An error page: the login failed (a fault injected on `sso.login`).'),
  },
  async handle(request, door) {
    const service = field(request, 'service');
    if (service && !door.idp.clients.casServiceAllowed(service))
      return errorPage(HEADING, 400, 'INVALID_SERVICE', `Dịch vụ ${service} không được phép sử dụng CAS`);
    try {
      if (request.method === 'POST') {
        const username = field(request, 'username') ?? '';
        const account = door.idp.account(CAS, username);
        if (!account || !door.idp.checkSecret('password', field(request, 'password') ?? ''))
          return casLoginPage(service, 'Tên đăng nhập hoặc mật khẩu không đúng', 401);
        if (account.closedBecause) return casLoginPage(service, account.closedBecause, 403);
        return await loginWith(door, account.username, service);
      }
      const sessionId = cookies(request)[TGC];
      const session = sessionId && field(request, 'renew') !== 'true' ? await door.idp.store(door.context).session(sessionId) : undefined;
      if (session && session.realm === CAS) return await loginWith(door, session.username, service, session.id);
      if (service && field(request, 'gateway') === 'true') return redirect(service);
      return casLoginPage(service, undefined);
    } catch (error) {
      return asPage(error);
    }
  },
};

/** CAS 3.0 ticket validation: always 200, success or failure in the XML (or JSON with `format=JSON`). */
const serviceValidate: SsoEndpoint = {
  methods: ['GET'],
  summary: 'CAS 3.0 ticket validation: XML (or JSON with format=JSON) with cas:user and attributes',
  paths: ['/cas/p3/serviceValidate', '/cas/serviceValidate'],
  answers: {
    '200': {
      description:
        'Success (`cas:user`, `cas:attributes`) or failure (`INVALID_REQUEST`, `INVALID_TICKET`, `INVALID_SERVICE`): XML, or JSON with `format=JSON`.',
      content: { 'application/xml': { schema: { type: 'string' }, example: CAS_XML_EXAMPLE }, 'application/json': { schema: CAS_JSON } },
    },
  },
  async handle(request, door) {
    const json = (field(request, 'format') ?? '').toUpperCase() === 'JSON';
    const ticket = field(request, 'ticket');
    const service = field(request, 'service');
    if (!ticket || !service) return failure('INVALID_REQUEST', 'ticket and service are both required', json);
    const found = await door.idp.store(door.context).takeServiceTicket(ticket);
    if (!found) return failure('INVALID_TICKET', `Ticket '${ticket}' not recognized`, json);
    if (!sameService(found.service, service))
      return failure('INVALID_SERVICE', `Ticket '${ticket}' does not match supplied service; the original service was '${found.service}'`, json);
    const account = door.idp.account(CAS, found.username);
    const attrs = account ? attributes(account) : {};
    if (json) return { status: 200, body: { serviceResponse: { authenticationSuccess: { user: found.username, attributes: attrs } } } };
    const lines = Object.entries(attrs)
      .map(([k, v]) => `      <cas:${k}>${escapeHtml(v)}</cas:${k}>`)
      .join('\n');
    return casXml(
      `  <cas:authenticationSuccess>\n    <cas:user>${escapeHtml(found.username)}</cas:user>\n    <cas:attributes>\n${lines}\n    </cas:attributes>\n  </cas:authenticationSuccess>`,
    );
  },
};

/** Ends the CAS session; `backtologin` (the provincial portals' parameter) goes back to the login page for that service. */
const casLogout: SsoEndpoint = {
  methods: ['GET'],
  summary: 'Ends the CAS session; backtologin or service sends the browser on',
  paths: ['/cas/logout'],
  answers: {
    '200': page('Signed out: a page says so.'),
    '302': redirectAnswer('Signed out: back to the login page for `backtologin`, or to `service`.'),
  },
  async handle(request, door) {
    const sessionId = cookies(request)[TGC];
    if (sessionId) await door.idp.store(door.context).endSession(sessionId);
    const back = field(request, 'backtologin');
    const service = field(request, 'service') ?? field(request, 'url');
    if (back && door.idp.clients.casServiceAllowed(back)) return redirect(`/cas/login?${new URLSearchParams({ service: back })}`, [clearCookie(TGC)]);
    if (service && door.idp.clients.casServiceAllowed(service)) return redirect(service, [clearCookie(TGC)]);
    const page = messagePage('Đã đăng xuất', HEADING, 'Bạn đã đăng xuất khỏi hệ thống tài khoản dùng chung.');
    return { ...page, headers: { ...page.headers, 'set-cookie': clearCookie(TGC) } };
  },
};

export const casEndpoints: readonly SsoEndpoint[] = [casLogin, serviceValidate, casLogout];
