/**
 * The document a completed registration attaches (`giayKhaiSinh`, `giayKhaiTu`,
 * `giayChungNhanKetHon`, base64): a real PDF in Vietnamese with the registered facts and the register
 * references, marked as simulated.
 */
import { newPdfDocument } from '../shared/pdf-document';
import { resolvePdfFontPair } from '../shared/pdf-font';
import { dataFields, type Dossier } from './dossier';
import type { RegistrationKind } from './modules';

const TITLES: Record<RegistrationKind, string> = {
  birth: 'GIẤY KHAI SINH',
  death: 'TRÍCH LỤC KHAI TỬ',
  marriage: 'GIẤY CHỨNG NHẬN KẾT HÔN',
};

/** The printed rows of each kind: label, then the `data` field it shows. */
const ROWS: Record<RegistrationKind, readonly (readonly [string, string])[]> = {
  birth: [
    ['Họ, chữ đệm, tên', 'nksHoTen'],
    ['Ngày, tháng, năm sinh', 'nksNgaySinh'],
    ['Giới tính', 'nksGioiTinh'],
    ['Dân tộc', 'nksDanToc'],
    ['Quốc tịch', 'nksQuocTich'],
    ['Nơi sinh', 'nksNoiSinh'],
    ['Quê quán', 'nksQueQuan'],
    ['Họ, chữ đệm, tên người mẹ', 'meHoTen'],
    ['Họ, chữ đệm, tên người cha', 'chaHoTen'],
    ['Người đi đăng ký khai sinh', 'nycHoTen'],
  ],
  death: [
    ['Họ, chữ đệm, tên', 'nktHoTen'],
    ['Ngày, tháng, năm sinh', 'nktNgaySinh'],
    ['Giới tính', 'nktGioiTinh'],
    ['Số định danh cá nhân', 'nktSoDDCN'],
    ['Đã chết vào lúc', 'nktNgayChet'],
    ['Nơi chết', 'nktNoiChet'],
    ['Nguyên nhân chết', 'nktNguyenNhanChet'],
    ['Người đi đăng ký khai tử', 'nycHoTen'],
  ],
  marriage: [
    ['Họ, chữ đệm, tên người chồng', 'chongHoTen'],
    ['Ngày, tháng, năm sinh', 'chongNgaySinh'],
    ['Số định danh cá nhân', 'chongSoDDCN'],
    ['Họ, chữ đệm, tên người vợ', 'voHoTen'],
    ['Ngày, tháng, năm sinh', 'voNgaySinh'],
    ['Số định danh cá nhân', 'voSoDDCN'],
  ],
};

/** A field as printed: text as is, a place by its detail line, a number or code as written. */
function printable(value: unknown): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'object') {
    const detail = (value as { dcChiTiet?: unknown }).dcChiTiet;
    return typeof detail === 'string' && detail ? detail : undefined;
  }
  return String(value);
}

/** Renders the certificate of a registered dossier; resolves with the PDF as base64. */
export async function renderRegistrationCertificate(dossier: Dossier, office: string): Promise<string> {
  const result = dossier.result;
  if (!result) throw new Error(`dossier ${dossier.maHoSo} is not registered`);
  const fonts = resolvePdfFontPair();
  const { doc, bytes } = newPdfDocument({
    size: 'A4',
    margin: 56,
    info: {
      Title: `${TITLES[dossier.kind]} — số ${result.soDangKy}, quyển số ${result.quyenSo}`,
      Author: office,
      CreationDate: new Date(result.registeredAt),
    },
  });
  const data = dataFields(dossier.data);
  doc.font(fonts.bold).fontSize(12).text('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { align: 'center' });
  doc.font(fonts.regular).fontSize(11).text('Độc lập - Tự do - Hạnh phúc', { align: 'center' }).moveDown(1);
  doc.font(fonts.bold).fontSize(18).text(TITLES[dossier.kind], { align: 'center' });
  doc.font(fonts.regular).fontSize(9).text('(Bản mô phỏng của lgsp-sim, không có giá trị pháp lý)', { align: 'center' }).moveDown(1);
  doc.fontSize(11).text(`Số: ${result.soDangKy}    Quyển số: ${result.quyenSo}    Trang số: ${result.trangSo}`).moveDown(0.6);
  if (result.soDinhDanh) doc.text(`Số định danh cá nhân: ${result.soDinhDanh}`).moveDown(0.3);
  for (const [label, field] of ROWS[dossier.kind]) {
    const value = printable(data[field]);
    if (!value) continue;
    doc.font(fonts.bold).text(`${label}: `, { continued: true }).font(fonts.regular).text(value);
    doc.moveDown(0.3);
  }
  doc.moveDown(1);
  doc.text(`Nơi đăng ký: ${office}`);
  doc.text(`Ngày đăng ký: ${result.ngayDangKy}`);
  doc.end();
  return (await bytes).toString('base64');
}
