/**
 * Signed example bodies for the catalogue and the shared contract suite, made for the development
 * partner. INIT uses the "paid at once" magic amount, so QUERY and GET_BILL of the same reference
 * (sent after it, in manifest order) find a paid payment with a receipt.
 */
import type { PaygovGetBillRequest, PaygovInitRequest, PaygovQueryRequest } from '../../src/generated/schema-types';
import type { PaygovPartner } from './partners';
import { INIT_FIELDS, joinFields, LOOKUP_FIELDS, signJoined } from './signature';

const REF = 'dvcEXAMPLE000000H3026011500012026011509301';
const TIME = '20260115093015';
const DESCRIPTION = 'THANH TOAN HO SO 000.00.00.H30-260115-0001';

export function paygovExamples(partner: PaygovPartner): { init: PaygovInitRequest; query: PaygovQueryRequest; getBill: PaygovGetBillRequest } {
  const sign = (body: Record<string, unknown>, fields: readonly string[]): string =>
    signJoined(joinFields(body, fields), partner.secret, partner.signing);
  const unsignedInit = {
    LoaiBanTin: 'INIT' as const,
    PhienBan: '1.0.6',
    MaDoiTac: partner.id,
    MaThamChieu: REF,
    SoTien: '10001',
    LoaiHinhThanhToan: 'PAY',
    MaKenhThanhToan: '1',
    MaThietBi: '1',
    NgonNgu: 'vi-VN' as const,
    MaTienTe: 'VND' as const,
    MaNganHang: 'PAYMENT',
    ThongTinGiaoDich: DESCRIPTION,
    ThoiGianGD: TIME,
    Ip: '127.0.0.1',
  };
  const init: PaygovInitRequest = {
    ...unsignedInit,
    MaXacThuc: sign(unsignedInit, INIT_FIELDS),
    ThongTinBienLai: {
      MaDichVu: '2',
      MaTTHC: '1.000001.000.00.00.H30',
      TenTTHC: 'Đăng ký khai sinh',
      MaDVC: '1.000001.000.00.00.H30.01',
      MaDonVi: '000.00.00.H30',
      TenDonVi: 'UBND xã Mô Phỏng',
      MaHoSo: '000.00.00.H30-260115-0001',
      NoiDungThanhToan: DESCRIPTION,
      HoTenNguoiNop: 'Nguyễn Văn An',
      SoCMNDNguoiNop: '001085990001',
      DiaChiNguoiNop: 'Thôn 1, xã Mô Phỏng',
      PhiLePhi: [{ LoaiPhiLePhi: 'LePhi', MaPhiLePhi: 'LP01', TenPhiLePhi: 'Lệ phí đăng ký khai sinh', SoTien: '10001' }],
    },
  };
  const lookup = <K extends 'QUERY' | 'GET_BILL'>(kind: K) => {
    const body = { LoaiBanTin: kind, PhienBan: '1.0.6', MaDoiTac: partner.id, MaThamChieu: REF, ThoiGianGD: TIME };
    return { ...body, MaXacThuc: sign(body, LOOKUP_FIELDS) };
  };
  return { init, query: lookup('QUERY'), getBill: lookup('GET_BILL') };
}
