/**
 * The fields PayGov reports a payment's result with: the IPN (DOMAIN.md §7.3) and, with MoTaLoi and
 * TrangThaiGD added, the QUERY reply (§7.4). Both are signed with the partner's IPN field order and
 * signing variant.
 */
import type { PaygovPartner } from './partners';
import type { Outcome, PaymentRecord, Settlement } from './payment-store';
import { joinIpnFields, signJoined } from './signature';

/** MaLoi of an IPN per outcome: "00" paid is published; the failure codes are the simulator's choice. */
export const IPN_CODES: Record<Outcome, string> = { paid: '00', failed: '51', cancelled: '24', expired: '07' };

export const OUTCOME_TEXT: Record<Outcome | 'pending', string> = {
  paid: 'Giao dịch thành công',
  failed: 'Giao dịch thất bại: ngân hàng từ chối',
  cancelled: 'Giao dịch thất bại: người nộp hủy giao dịch',
  expired: 'Giao dịch thất bại: hết thời gian thanh toán',
  pending: 'Giao dịch đang chờ xử lý',
};

/** TrangThaiGD: "1" paid, "3" not final yet, "4" failed. */
export function tradeState(outcome: Outcome | undefined): '1' | '3' | '4' {
  if (!outcome) return '3';
  return outcome === 'paid' ? '1' : '4';
}

/** Adds MaXacThuc over the partner's IPN field order. */
export function signResult(body: Record<string, unknown>, partner: PaygovPartner): Record<string, unknown> {
  return { ...body, MaXacThuc: signJoined(joinIpnFields(body, partner.ipnFieldOrder), partner.secret, partner.signing) };
}

/** The unsigned IPN-shaped fields of a payment, with `messageKind` as LoaiBanTin. */
export function resultFields(
  payment: PaymentRecord,
  settlement: Settlement | undefined,
  partner: PaygovPartner,
  messageKind: string,
): Record<string, unknown> {
  const fields: Record<string, unknown> = {
    LoaiBanTin: messageKind,
    MaLoi: settlement ? IPN_CODES[settlement.outcome] : '00',
    MaDoiTac: payment.partnerId,
    MaThamChieu: payment.ref,
    SoTien: payment.amount,
    MaTienTe: payment.request.MaTienTe ?? 'VND',
    MaGiaoDich: payment.transactionId,
    MaNganHang: settlement?.bank ?? payment.request.MaNganHang ?? '',
    ThoiGianGD: settlement?.time ?? payment.request.ThoiGianGD,
    ThongTinGiaoDich: payment.request.ThongTinGiaoDich,
  };
  // OpenCPS reads an int `status` (0 = success) besides MaLoi.
  if (partner.ipnFieldOrder === 'opencps' && settlement) fields.status = settlement.outcome === 'paid' ? 0 : 1;
  return fields;
}
