/** The hosted payment page's HTML: plain HTML and CSS, Vietnamese labels with English hints. */
import { escapeHtml } from '../../src/core/escape-html';
import type { PaygovPartner } from './partners';
import type { PaymentView } from './payment-store';
import { OUTCOME_TEXT, tradeState } from './result-message';
import { displayPaygovTime, formatVnd } from './wire-time';

export const BANKS: readonly { code: string; name: string }[] = [
  { code: 'SIMBANK', name: 'Ngân hàng Mô Phỏng (simulated bank)' },
  { code: 'VCB', name: 'Vietcombank' },
  { code: 'ICB', name: 'VietinBank' },
  { code: 'BIDV', name: 'BIDV' },
  { code: 'VBA', name: 'Agribank' },
  { code: 'TCB', name: 'Techcombank' },
  { code: 'MB', name: 'MB Bank' },
];

/** The person's choices: the action names posted by the form, with their button labels. */
export const PAGE_ACTIONS = {
  pay: { label: 'Thanh toán', hint: 'Pay', css: 'primary' },
  fail: { label: 'Thanh toán thất bại', hint: 'Bank declines', css: 'danger' },
  cancel: { label: 'Hủy giao dịch', hint: 'Cancel', css: 'secondary' },
  pending: { label: 'Để chờ xử lý', hint: 'Leave pending, no expiry', css: 'secondary' },
  'pay-no-ipn': { label: 'Thanh toán, không gửi IPN', hint: 'Pay, IPN lost', css: 'secondary' },
} as const;
export type PageAction = keyof typeof PAGE_ACTIONS;

/** Content-Security-Policy of the page: nothing but its own inline CSS and a form posting to itself. */
export const PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

const STYLE = `
*{box-sizing:border-box}body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;background:#eef2f7;color:#1d2733}
header{background:#b3261e;color:#fff;padding:14px 24px;display:flex;align-items:center;gap:12px}
header .logo{font-weight:700;font-size:20px;letter-spacing:.5px}header .sub{opacity:.85;font-size:13px}
main{max-width:760px;margin:24px auto;padding:0 16px}
.card{background:#fff;border-radius:10px;box-shadow:0 1px 3px rgba(0,0,0,.12);padding:20px 24px;margin-bottom:16px}
h1{font-size:20px;margin:0 0 4px}h2{font-size:16px;margin:0 0 12px}.hint{color:#66717f;font-size:12px;font-weight:400}
.amount{font-size:30px;font-weight:700;color:#b3261e;margin:8px 0}
dl{display:grid;grid-template-columns:220px 1fr;gap:6px 12px;margin:0}dt{color:#55606e}dd{margin:0;word-break:break-all}
table{width:100%;border-collapse:collapse;font-size:14px}td,th{padding:6px 4px;border-bottom:1px solid #e3e7ee;text-align:left}td.num{text-align:right}
.status{display:inline-block;padding:4px 10px;border-radius:12px;font-weight:600;font-size:14px}
.s-pending{background:#fff4d6;color:#7a5300}.s-paid{background:#dcf5e3;color:#17612e}.s-failed,.s-cancelled,.s-expired{background:#fde2e0;color:#8c1d16}
form .actions{display:flex;flex-wrap:wrap;gap:10px;margin-top:14px}
button{border:0;border-radius:8px;padding:11px 16px;font-size:15px;cursor:pointer}button small{display:block;font-size:11px;opacity:.85}
.primary{background:#b3261e;color:#fff}.danger{background:#5b0f0b;color:#fff}.secondary{background:#e3e7ee;color:#1d2733}
select{padding:8px;font-size:15px;border-radius:6px;border:1px solid #c5ccd6;min-width:280px}
.error{background:#fde2e0;color:#8c1d16;border-radius:8px;padding:12px 16px;margin-bottom:16px}
footer{text-align:center;color:#66717f;font-size:12px;margin:24px 0}`;

function layout(title: string, body: string): string {
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(title)} — PayGov</title><style>${STYLE}</style></head><body>
<header><span class="logo">PayGov</span><span class="sub">Nền tảng thanh toán trực tuyến quốc gia · National online payment platform (simulated by lgsp-sim)</span></header>
<main>${body}</main><footer>lgsp-sim · trang thanh toán mô phỏng, không trừ tiền thật · simulated payment page, no real money moves</footer></body></html>`;
}

export function messagePage(title: string, detail: string): string {
  return layout(title, `<div class="card"><h1>${escapeHtml(title)}</h1><p>${escapeHtml(detail)}</p></div>`);
}

function feesTable(payment: PaymentView): string {
  const info = payment.request.ThongTinBienLai;
  const rows = (info?.PhiLePhi ?? []).map((f) => [f.TenPhiLePhi ?? f.MaPhiLePhi ?? '', f.SoTien] as const);
  const items = rows.length ? rows : (info?.DSKhoanNop ?? []).map((i) => [i.NoiDung, i.SoTien] as const);
  if (!items.length) return '';
  const body = items.map(([name, amount]) => `<tr><td>${escapeHtml(name)}</td><td class="num">${formatVnd(Number(amount))} ₫</td></tr>`).join('');
  return `<h2 style="margin-top:16px">Các khoản nộp <span class="hint">Fees</span></h2><table><tbody>${body}</tbody></table>`;
}

function choiceForm(payment: PaymentView): string {
  const options = BANKS.map((b) => `<option value="${b.code}">${escapeHtml(b.name)}</option>`).join('');
  const buttons = (Object.entries(PAGE_ACTIONS) as [PageAction, (typeof PAGE_ACTIONS)[PageAction]][])
    .map(
      ([action, a]) =>
        `<button type="submit" name="action" value="${action}" class="${a.css}" data-action="${action}">${escapeHtml(a.label)}<small>${a.hint}</small></button>`,
    )
    .join('');
  const held = payment.onHold ? '<p class="hint">Giao dịch đang được giữ ở trạng thái chờ (no expiry). You can still settle it.</p>' : '';
  return `<div class="card"><h2>Chọn ngân hàng và kết quả <span class="hint">Choose a bank and the outcome</span></h2>${held}
<form method="post" action="/paygov/pay/${encodeURIComponent(payment.ref)}">
<label for="bank">Ngân hàng <span class="hint">Bank</span></label><br><select id="bank" name="bank">${options}</select>
<div class="actions">${buttons}</div></form></div>`;
}

function ipnLog(payment: PaymentView): string {
  if (!payment.ipn.length) return '';
  const rows = payment.ipn
    .map((e) => {
      const signature = e.replySignatureOk === undefined ? '' : e.replySignatureOk ? 'MaXacThuc OK' : 'MaXacThuc sai (bad)';
      return `<tr><td>${escapeHtml(e.at)}</td><td>${e.kind}</td><td>${escapeHtml([e.httpStatus ? `HTTP ${e.httpStatus}` : '', e.replyCode ? `MaLoi ${e.replyCode}` : '', signature, e.detail ?? e.url ?? ''].filter(Boolean).join(' · '))}</td></tr>`;
    })
    .join('');
  return `<div class="card"><h2>Nhật ký IPN <span class="hint">IPN log, for developers</span></h2><table><tbody>${rows}</tbody></table></div>`;
}

export function paymentPage(payment: PaymentView, partner: PaygovPartner | undefined, error?: string): string {
  const info = payment.request.ThongTinBienLai;
  const statusText = OUTCOME_TEXT[payment.status];
  const details = [
    ['Đơn vị nhận (merchant)', partner ? `${partner.name} (${partner.id})` : payment.partnerId],
    ['Nội dung (description)', payment.request.ThongTinGiaoDich],
    ['Mã tham chiếu (reference)', payment.ref],
    ['Mã giao dịch (transaction)', payment.transactionId],
    ['Thời gian tạo (created)', displayPaygovTime(payment.request.ThoiGianGD)],
    ['Người nộp (payer)', info?.HoTenNguoiNop],
    ['Thủ tục (procedure)', info?.TenTTHC],
    ['Hồ sơ (dossier)', info?.MaHoSo],
  ]
    .filter((d): d is [string, string] => Boolean(d[1]))
    .map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${escapeHtml(v)}</dd>`)
    .join('');
  const settled = payment.settlement
    ? `<p>Ngân hàng: ${escapeHtml(payment.settlement.bank)} · Thời gian: ${displayPaygovTime(payment.settlement.time)}</p>`
    : '';
  return layout(
    'Thanh toán',
    `${error ? `<div class="error" role="alert">${escapeHtml(error)}</div>` : ''}
<div class="card"><h1>Thanh toán trực tuyến <span class="hint">Online payment</span></h1>
<div class="amount" data-amount="${payment.amount}">${formatVnd(payment.amount)} ₫</div>
<p><span class="status s-${payment.status}" id="status" data-status="${payment.status}" data-trang-thai="${tradeState(payment.settlement?.outcome)}">${escapeHtml(statusText)}</span></p>${settled}
<dl>${details}</dl>${feesTable(payment)}</div>
${payment.status === 'pending' ? choiceForm(payment) : ''}${ipnLog(payment)}`,
  );
}
