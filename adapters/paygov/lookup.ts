/** QUERY and GET_BILL: signed look-ups of one payment by the partner that created it. */
import type { HandlerContext } from '../../src/core/adapter';
import type { TypedHandler } from '../../src/core/operation';
import type { PaygovGetBillRequest, PaygovQueryRequest, PaygovQueryResponse } from '../../src/generated/schema-types';
import { MA_LOI, paygovError } from './paygov-errors';
import type { PartnerDirectory, PaygovPartner } from './partners';
import { PaymentStore, type PaymentView } from './payment-store';
import { renderReceiptPdf } from './receipt-pdf';
import { OUTCOME_TEXT, resultFields, signResult, tradeState } from './result-message';
import { verifySignature } from './verify-request';
import { LOOKUP_FIELDS } from './signature';

type LookupRequest = PaygovQueryRequest | PaygovGetBillRequest;

async function findPayment(
  body: LookupRequest,
  partners: PartnerDirectory,
  context: HandlerContext,
): Promise<{ payment: PaymentView; partner: PaygovPartner }> {
  const partner = verifySignature(body, LOOKUP_FIELDS, partners);
  const payment = await new PaymentStore(context.state).view(body.MaThamChieu);
  if (!payment || payment.partnerId !== partner.id) {
    throw paygovError(MA_LOI.notFound, `partner ${partner.id} has no payment with MaThamChieu "${body.MaThamChieu}"`);
  }
  if (payment.request.ThoiGianGD !== body.ThoiGianGD) {
    throw paygovError(
      MA_LOI.notFound,
      `ThoiGianGD ${body.ThoiGianGD} is not the ThoiGianGD of the INIT of "${body.MaThamChieu}" (${payment.request.ThoiGianGD}); send it byte for byte`,
    );
  }
  return { payment, partner };
}

export function queryHandler(partners: PartnerDirectory): TypedHandler<'paygov.query'> {
  return async (message, context) => {
    const { payment, partner } = await findPayment(message.body, partners, context);
    const { status: _status, ...fields } = resultFields(payment, payment.settlement, partner, 'QUERY');
    const withState = { ...fields, MaLoi: MA_LOI.ok, MoTaLoi: OUTCOME_TEXT[payment.status], TrangThaiGD: tradeState(payment.settlement?.outcome) };
    const signed = signResult(withState, partner);
    // Keys in PayGov's order: LoaiBanTin, MaLoi, MoTaLoi first.
    const { LoaiBanTin, MaLoi, MoTaLoi, ...rest } = signed;
    // signResult works on untyped records (it signs whatever fields it is given); the contract suite checks the answer against its schema.
    return { LoaiBanTin, MaLoi, MoTaLoi, ...rest } as PaygovQueryResponse;
  };
}

export function getBillHandler(partners: PartnerDirectory): TypedHandler<'paygov.getBill'> {
  return async (message, context) => {
    const { payment, partner } = await findPayment(message.body, partners, context);
    if (payment.status !== 'paid') {
      throw paygovError(
        MA_LOI.notFound,
        `payment "${payment.ref}" has no receipt: it is ${payment.status} (TrangThaiGD ${tradeState(payment.settlement?.outcome)}), and only a paid payment has one`,
      );
    }
    const pdf = await renderReceiptPdf(payment, partner);
    return { contentType: 'application/pdf', base64: pdf.toString('base64') };
  };
}
