/** INIT: a partner creates a payment and gets the payment page's URL (DOMAIN.md §7.2). */
import type { FieldViolation } from '../../src/core/errors';
import { defineCheck, type TypedHandler } from '../../src/core/operation';
import { magicBehaviour } from './magic-amounts';
import { MA_LOI, paygovError } from './paygov-errors';
import type { PartnerDirectory } from './partners';
import { defaultBank, type IpnPlan, type PaymentFlow } from './payment-flow';
import { PaymentStore, type Outcome } from './payment-store';
import type { PaygovSettings } from './settings';
import { INIT_FIELDS } from './signature';
import { verifySignature } from './verify-request';
import { transactionId } from './wire-time';

/** The hosted payment page of a reference. */
export function paymentPageUrl(baseUrl: string, ref: string): string {
  return `${baseUrl}/paygov/pay/${encodeURIComponent(ref)}`;
}

/** Rules the schema cannot say: listed fees must add up to the amount charged. */
export const checkInit = defineCheck('paygov.init', (init): FieldViolation[] => {
  const fees = init.ThongTinBienLai?.PhiLePhi;
  if (!fees?.length) return [];
  const total = fees.reduce((sum, fee) => sum + Number(fee.SoTien), 0);
  if (total === Number(init.SoTien)) return [];
  return [{ path: 'body.ThongTinBienLai.PhiLePhi', message: `body.ThongTinBienLai.PhiLePhi adds up to ${total}, but body.SoTien is ${init.SoTien}` }];
});

const MAGIC_SETTLEMENTS: Record<string, { outcome: Outcome; ipn: IpnPlan }> = {
  pay: { outcome: 'paid', ipn: 'once' },
  fail: { outcome: 'failed', ipn: 'once' },
  'pay-ipn-twice': { outcome: 'paid', ipn: 'twice' },
  'pay-ipn-late': { outcome: 'paid', ipn: 'late' },
  'pay-no-ipn': { outcome: 'paid', ipn: 'none' },
};

export function initHandler(deps: { partners: PartnerDirectory; settings: PaygovSettings; flow: PaymentFlow }): TypedHandler<'paygov.init'> {
  return async (message, context) => {
    const { body } = message;
    verifySignature(body, INIT_FIELDS, deps.partners);
    const now = context.clock.now();
    const magic = magicBehaviour(body.SoTien);
    const expiresAt = now.getTime() + deps.settings.pendingTtlMs;
    const created = await new PaymentStore(context.state).create({
      partnerId: body.MaDoiTac,
      ref: body.MaThamChieu,
      amount: Number(body.SoTien),
      transactionId: transactionId(now, () => context.ids.random()),
      request: body,
      createdAt: now.toISOString(),
      expiresAt: new Date(expiresAt).toISOString(),
      ...(magic === 'hold' ? { held: true } : {}),
    });
    if (!created)
      throw paygovError(MA_LOI.duplicateRef, `MaThamChieu "${body.MaThamChieu}" was already used by an earlier INIT; every payment needs a new one`);

    const settlement = magic ? MAGIC_SETTLEMENTS[magic] : undefined;
    if (settlement) {
      await deps.flow.settle(context, body.MaThamChieu, { ...settlement, by: 'magic-amount', bank: defaultBank(body.MaNganHang), at: now });
    } else if (magic !== 'hold') {
      await deps.flow.scheduleExpiry(context, body.MaThamChieu, expiresAt);
    }
    return {
      MaLoi: MA_LOI.ok,
      MoTaLoi: 'Thành công',
      MaDoiTac: body.MaDoiTac,
      MaThamChieu: body.MaThamChieu,
      UrlThanhToan: paymentPageUrl(context.publicBaseUrl, body.MaThamChieu),
    };
  };
}
