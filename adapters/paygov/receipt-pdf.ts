/**
 * The e-receipt (biên lai điện tử) GET_BILL returns: a real PDF made with pdfkit, in Vietnamese,
 * with a TrueType font that has the Vietnamese letters (DejaVu Sans, see adapters/shared/pdf-font.ts).
 */
import { newPdfDocument } from '../shared/pdf-document';
import { resolvePdfFontPair } from '../shared/pdf-font';
import type { PaygovPartner } from './partners';
import type { PaymentView } from './payment-store';
import { displayPaygovTime, formatVnd } from './wire-time';

/** Regular and bold DejaVu Sans; pdfkit's Helvetica (no Vietnamese marks) when no font is found. */
export function receiptFonts(): { regular: string; bold: string; vietnamese: boolean } {
  return resolvePdfFontPair();
}

/** Receipt number printed on the PDF: BL + the PayGov transaction id. */
export function receiptNumber(payment: PaymentView): string {
  return `BL${payment.transactionId.replace(/^PG/, '')}`;
}

function feeLines(payment: PaymentView): { name: string; amount: string }[] {
  const info = payment.request.ThongTinBienLai;
  const fees = info?.PhiLePhi?.map((f) => ({ name: f.TenPhiLePhi ?? f.MaPhiLePhi ?? 'Phí, lệ phí', amount: f.SoTien }));
  const items = info?.DSKhoanNop?.map((i) => ({ name: i.NoiDung, amount: i.SoTien }));
  const lines = fees?.length ? fees : items?.length ? items : [{ name: payment.request.ThongTinGiaoDich, amount: String(payment.amount) }];
  return lines.map((l) => ({ name: l.name, amount: `${formatVnd(Number(l.amount))} VND` }));
}

export function renderReceiptPdf(payment: PaymentView, partner: PaygovPartner): Promise<Buffer> {
  const fonts = receiptFonts();
  const settledAt = new Date(payment.settlement?.at ?? payment.createdAt);
  const { doc, bytes } = newPdfDocument({
    size: 'A4',
    margin: 50,
    info: {
      Title: `Biên lai ${receiptNumber(payment)}`,
      Author: 'PayGov (lgsp-sim)',
      Subject: payment.request.ThongTinGiaoDich,
      CreationDate: settledAt,
    },
  });
  const info = payment.request.ThongTinBienLai;
  const row = (label: string, value: string | undefined): void => {
    if (!value) return;
    doc.font(fonts.bold).fontSize(10).text(`${label}: `, { continued: true }).font(fonts.regular).text(value);
    doc.moveDown(0.2);
  };

  doc.font(fonts.bold).fontSize(11).text('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { align: 'center' });
  doc.font(fonts.regular).fontSize(10).text('Độc lập - Tự do - Hạnh phúc', { align: 'center' }).moveDown(1.2);
  doc.font(fonts.bold).fontSize(16).text('BIÊN LAI THU PHÍ, LỆ PHÍ ĐIỆN TỬ', { align: 'center' });
  doc.font(fonts.regular).fontSize(9).text('(Electronic receipt — simulated by lgsp-sim, not a legal document)', { align: 'center' }).moveDown(1);

  row('Số biên lai (receipt no.)', receiptNumber(payment));
  row('Mã giao dịch PayGov', payment.transactionId);
  row('Mã tham chiếu (MaThamChieu)', payment.ref);
  row('Đối tác (MaDoiTac)', `${partner.id} — ${partner.name}`);
  row('Đơn vị thu', info?.TenDonVi ?? info?.TenCoQuanQD);
  row('Mã hồ sơ', info?.MaHoSo);
  row('Thủ tục', info?.TenTTHC);
  row('Thời gian thanh toán', displayPaygovTime(payment.settlement?.time ?? payment.request.ThoiGianGD));
  row('Ngân hàng', payment.settlement?.bank);
  doc.moveDown(0.6);
  row('Người nộp (payer)', info?.HoTenNguoiNop);
  row('Số CMND/CCCD', info?.SoCMNDNguoiNop);
  row('Địa chỉ', info?.DiaChiNguoiNop);
  row('Nội dung', info?.NoiDungThanhToan ?? payment.request.ThongTinGiaoDich);
  doc.moveDown(0.8);

  doc.font(fonts.bold).fontSize(11).text('Các khoản nộp (fees)');
  doc.moveDown(0.3);
  for (const line of feeLines(payment)) {
    const y = doc.y;
    doc.font(fonts.regular).fontSize(10).text(line.name, 60, y, { width: 330 });
    doc.text(line.amount, 400, y, { width: 145, align: 'right' });
    doc.moveDown(0.3);
  }
  doc.moveDown(0.5);
  const y = doc.y;
  doc.font(fonts.bold).fontSize(12).text('Tổng cộng (total)', 60, y, { width: 330 });
  doc.text(`${formatVnd(payment.amount)} VND`, 400, y, { width: 145, align: 'right' });
  doc.end();
  return bytes;
}
