/**
 * The hosted payment page at UrlThanhToan: a person (or a browser test) sees the payment and
 * chooses its outcome. It is a page, not a message: it reads and settles the payment directly.
 */
import type { AdapterContext, NativeRequest, NativeResponse, PageRoute } from '../../src/core/adapter';
import { isPlainObject } from '../../src/core/lenient/members';
import { BANKS, messagePage, PAGE_ACTIONS, PAGE_CSP, paymentPage, type PageAction } from './pay-page-html';
import type { PartnerDirectory } from './partners';
import { expiryTimerId, type PaymentFlow } from './payment-flow';
import { PaymentStore } from './payment-store';

const SETTLING: Record<Exclude<PageAction, 'pending'>, { outcome: 'paid' | 'failed' | 'cancelled'; ipn: 'once' | 'none' }> = {
  pay: { outcome: 'paid', ipn: 'once' },
  fail: { outcome: 'failed', ipn: 'once' },
  cancel: { outcome: 'cancelled', ipn: 'once' },
  'pay-no-ipn': { outcome: 'paid', ipn: 'none' },
};

function html(status: number, body: string): NativeResponse {
  return { status, body, contentType: 'text/html; charset=utf-8', headers: { 'content-security-policy': PAGE_CSP, 'cache-control': 'no-store' } };
}

function field(body: unknown, name: string): string | undefined {
  const value = isPlainObject(body) ? body[name] : undefined;
  return typeof value === 'string' ? value : undefined;
}

export function payPageRoutes(deps: { partners: PartnerDirectory; flow: PaymentFlow }): PageRoute[] {
  const show = async (ref: string, context: AdapterContext, status = 200, error?: string): Promise<NativeResponse> => {
    const payment = await new PaymentStore(context.state).view(ref);
    if (!payment) return html(404, messagePage('Không tìm thấy giao dịch', `No payment with the reference "${ref}" exists (Payment not found).`));
    return html(status, paymentPage(payment, deps.partners.find(payment.partnerId), error));
  };

  return [
    { method: 'GET', path: '/paygov/pay/:ref', handle: (request, context) => show(request.params.ref ?? '', context) },
    {
      method: 'POST',
      path: '/paygov/pay/:ref',
      handle: async (request: NativeRequest, context: AdapterContext): Promise<NativeResponse> => {
        const ref = request.params.ref ?? '';
        const store = new PaymentStore(context.state);
        const payment = await store.view(ref);
        if (!payment) return show(ref, context);
        const action = field(request.body, 'action');
        const bank = field(request.body, 'bank') ?? 'SIMBANK';
        // Own keys only: `toString` or `constructor` is not an action (`in` would say it is).
        if (!action || !Object.hasOwn(PAGE_ACTIONS, action)) {
          return show(
            ref,
            context,
            400,
            `Lựa chọn không hợp lệ: "${action ?? ''}" (unknown action; choose one of ${Object.keys(PAGE_ACTIONS).join(', ')}).`,
          );
        }
        if (!BANKS.some((b) => b.code === bank)) return show(ref, context, 400, `Ngân hàng không hợp lệ: "${bank}" (unknown bank).`);
        if (payment.settlement) return show(ref, context, 409, 'Giao dịch đã kết thúc, không thể thay đổi (this payment already ended).');
        if (action === 'pending') {
          await store.hold(ref);
          await context.scheduler.cancel(expiryTimerId(ref));
        } else {
          const plan = SETTLING[action as Exclude<PageAction, 'pending'>];
          const result = await deps.flow.settle(context, ref, { ...plan, by: 'page', bank, at: context.clock.now() });
          if (!result.settled) return show(ref, context, 409, 'Giao dịch đã kết thúc, không thể thay đổi (this payment already ended).');
        }
        return { status: 303, body: '', contentType: 'text/plain', headers: { location: `/paygov/pay/${encodeURIComponent(ref)}` } };
      },
    },
  ];
}
