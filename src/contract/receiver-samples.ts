/**
 * Deliveries `verify receiver` sends, one kind each, shaped as the simulator sends them: a result
 * callback (DESIGN.md "Callbacks"), an LLTP or hộ tịch status push, a PayGov IPN (DOMAIN.md §7.3).
 * `step` is the event's place in its lifecycle, so the out-of-order check can send a later one first.
 */
import { signIpn } from './ipn-signature';
import type { PaygovPartnerKeys } from './simulator-target';

export const RECEIVER_KINDS = ['callback', 'paygov-ipn', 'lltp-status', 'hotich-status'] as const;
export type ReceiverKind = (typeof RECEIVER_KINDS)[number];

export function sampleEvent(kind: ReceiverKind, id: string, step: 'earlier' | 'later', partner: PaygovPartnerKeys): Record<string, unknown> {
  const late = step === 'later';
  switch (kind) {
    case 'callback':
      return {
        messageId: id,
        messageType: 'lltp.nhanHoSoDangKy',
        correlationId: `corr-${id}`,
        status: late ? 'completed' : 'retrying',
        ...(late ? { response: { STATUS: '1', DEC_STATUS_ID: 3, RECEIVE_NO: id } } : {}),
      };
    case 'lltp-status':
      return {
        event: 'status-change',
        messageType: 'lltp.nhanHoSoDangKy',
        messageId: id,
        DECLARATION_ID: `D-${id}`,
        RECEIVE_NO: id,
        DEC_STATUS_ID: late ? 5 : 4,
        DEC_STATUS_NAME: late ? 'Đã có phiếu' : 'Đang xử lý',
      };
    case 'hotich-status':
      return {
        maDonVi: '00006',
        maHoSo: id,
        module: 'KS',
        id: 1001,
        status: late ? 4 : 3,
        trangThai: late ? '4' : '3',
        statusDescription: late ? 'Đã đăng ký' : 'Đủ điều kiện, chờ đăng ký',
        thoiGianThucHien: '15/01/2026 09:45:00',
      };
    case 'paygov-ipn': {
      const body: Record<string, unknown> = {
        LoaiBanTin: 'IPN',
        MaLoi: late ? '00' : '51',
        MaDoiTac: partner.partner,
        MaThamChieu: id,
        SoTien: 50000,
        MaTienTe: 'VND',
        MaGiaoDich: `GD${id}`,
        MaNganHang: 'VCB',
        ThoiGianGD: '20260115093015',
        ThongTinGiaoDich: `THANH TOAN HO SO ${id}`,
      };
      return { ...body, MaXacThuc: signIpn(body, partner) };
    }
  }
}

/** The id a receiver can deduplicate on, as the delivery carries it. */
export function eventId(kind: ReceiverKind, body: Record<string, unknown>): string {
  if (kind === 'paygov-ipn') return `paygov:${String(body.MaThamChieu)}:ipn:1`;
  if (kind === 'hotich-status') return `${String(body.maHoSo)}:status:${String(body.status)}`;
  if (kind === 'lltp-status') return `${String(body.DECLARATION_ID)}:status:${String(body.DEC_STATUS_ID)}`;
  return `${String(body.messageId)}:result`;
}
