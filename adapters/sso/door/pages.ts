import { createHash } from 'node:crypto';
import type { NativeResponse } from '../../../src/core/adapter';
import { escapeHtml } from '../../../src/core/escape-html';

/** Our pages carry no script (but the one below) and load nothing from elsewhere (the simulator often runs offline). */
const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; base-uri 'none'; frame-ancestors 'none'";

const STYLE = `body{font-family:system-ui,sans-serif;background:#f3f5f8;margin:0;color:#1d2733}
header{background:#b71c1c;color:#fff;padding:14px 24px;font-weight:600}
main{max-width:760px;margin:32px auto;background:#fff;border-radius:8px;padding:24px 32px;box-shadow:0 1px 4px #0002}
form{margin:16px 0;padding:16px;border:1px solid #dde2e8;border-radius:6px}
label{display:block;margin:8px 0 4px}input[type=text],input[type=password]{width:100%;padding:8px;box-sizing:border-box}
button{margin-top:12px;padding:8px 18px;background:#b71c1c;color:#fff;border:0;border-radius:4px;cursor:pointer}
.error{color:#b71c1c;font-weight:600}table{border-collapse:collapse}td,th{border:1px solid #dde2e8;padding:4px 8px;text-align:left}`;

export function htmlPage(title: string, heading: string, body: string, status = 200, headers: Record<string, string> = {}): NativeResponse {
  const html = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title><style>${STYLE}</style></head>
<body><header>${escapeHtml(heading)}</header><main>${body}</main></body></html>`;
  return {
    status,
    body: html,
    contentType: 'text/html; charset=utf-8',
    headers: { 'content-security-policy': CSP, 'cache-control': 'no-store', ...headers },
  };
}

export function errorPage(heading: string, status: number, code: string, message: string): NativeResponse {
  return htmlPage(
    'Lỗi xác thực',
    heading,
    `<h1>Không thể đăng nhập</h1><p class="error" role="alert" data-code="${escapeHtml(code)}">${escapeHtml(message)}</p><p>Mã lỗi: <code>${escapeHtml(code)}</code></p>`,
    status,
  );
}

export interface LoginPageInput {
  heading: string;
  clientName: string;
  sessionDataKey: string;
  /** Which forms to show: the portal's own account, VNeID, or both. */
  password: boolean;
  vneid: boolean;
  usernameLabel: string;
  error?: string;
}

/** WSO2's login page (`/authenticationendpoint/login.do`), posting to `/commonauth` as WSO2's does. */
export function loginPage(input: LoginPageInput, status = 200): NativeResponse {
  const key = `<input type="hidden" name="sessionDataKey" value="${escapeHtml(input.sessionDataKey)}">`;
  const error = input.error ? `<p class="error" role="alert">${escapeHtml(input.error)}</p>` : '';
  const password = input.password
    ? `<form method="post" action="/commonauth" id="form-password"><h2>Tài khoản</h2>${key}<input type="hidden" name="idp" value="password">
<label for="username">${escapeHtml(input.usernameLabel)}</label><input type="text" id="username" name="username" autocomplete="username" required>
<label for="password">Mật khẩu</label><input type="password" id="password" name="password" autocomplete="current-password" required>
<button type="submit">Đăng nhập</button></form>`
    : '';
  const vneid = input.vneid
    ? `<form method="post" action="/commonauth" id="form-vneid"><h2>Đăng nhập bằng tài khoản định danh điện tử VNeID</h2>${key}<input type="hidden" name="idp" value="vneid">
<label for="vneid-username">Số định danh cá nhân</label><input type="text" id="vneid-username" name="username" required>
<label for="vneid-passcode">Mật mã VNeID (6 số)</label><input type="password" id="vneid-passcode" name="password" required>
<button type="submit">Đăng nhập VNeID</button></form>`
    : '';
  return htmlPage(
    'Đăng nhập',
    input.heading,
    `<h1>Đăng nhập</h1><p>Ứng dụng: <strong>${escapeHtml(input.clientName)}</strong></p>${error}${password}${vneid}`,
    status,
  );
}

export function casLoginPage(service: string | undefined, error: string | undefined, status = 200): NativeResponse {
  const hidden = service ? `<input type="hidden" name="service" value="${escapeHtml(service)}">` : '';
  return htmlPage(
    'CAS – Đăng nhập',
    'Hệ thống tài khoản dùng chung của tỉnh',
    `<h1>Đăng nhập</h1>${error ? `<p class="error" role="alert">${escapeHtml(error)}</p>` : ''}
<form method="post" action="/cas/login" id="form-cas">${hidden}<label for="username">Tên đăng nhập hoặc số định danh</label><input type="text" id="username" name="username" required>
<label for="password">Mật khẩu</label><input type="password" id="password" name="password" required><button type="submit">Đăng nhập</button></form>`,
    status,
  );
}

export function messagePage(title: string, heading: string, text: string): NativeResponse {
  return htmlPage(title, heading, `<h1>${escapeHtml(title)}</h1><p role="status">${escapeHtml(text)}</p>`);
}

/** The one script of our pages: it sends the form_post page's form, allowed by its hash alone. */
const SUBMIT_SCRIPT = 'document.forms[0].submit()';
const SUBMIT_CSP = `${CSP}; script-src 'sha256-${createHash('sha256').update(SUBMIT_SCRIPT).digest('base64')}'`;

/**
 * `response_mode=form_post` (OAuth 2.0 Form Post Response Mode, as WSO2 offers it): a page whose
 * form posts the answer's members to the relying party's redirect_uri, sent by itself on load (a
 * button without script).
 */
export function formPostPage(action: string, fields: Record<string, string | undefined>, headers: Record<string, string> = {}): NativeResponse {
  const inputs = Object.entries(fields)
    .flatMap(([name, value]) => (value === undefined ? [] : [`<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`]))
    .join('');
  return htmlPage(
    'Đang chuyển về ứng dụng',
    'Xác thực tập trung',
    `<form method="post" action="${escapeHtml(action)}">${inputs}<noscript><button type="submit">Tiếp tục</button></noscript></form><script>${SUBMIT_SCRIPT}</script>`,
    200,
    { 'content-security-policy': SUBMIT_CSP, ...headers },
  );
}
