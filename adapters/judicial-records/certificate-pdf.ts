import { parseWireDate } from '../../src/core/dates/wire-dates';
import { newPdfDocument } from '../shared/pdf-document';
import type { CertificateContent } from './certificate';

export interface PdfOptions {
  /** A TrueType font with Vietnamese glyphs; without one the text is written without diacritics. */
  fontPath?: string;
  /** Name of the issuing Department of Justice. */
  issuer: string;
}

/** Strips diacritics (đ included) for the Helvetica fallback, rather than printing mojibake. */
export function asciiFold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
}

/**
 * Renders the certificate as a one-page A4 PDF, returned as base64 (`phieuLLTP`). The creation date
 * is the issue day, so the same certificate always renders to the same bytes.
 */
export function renderCertificatePdf(cert: CertificateContent, options: PdfOptions): Promise<string> {
  const text = options.fontPath ? (s: string) => s : asciiFold;
  const issued = parseWireDate(cert.ngayCapPhieu, 'dd/MM/yyyy') ?? new Date(0);
  const { doc, bytes } = newPdfDocument({
    size: 'A4',
    margin: 56,
    ...(options.fontPath ? { font: options.fontPath } : {}),
    info: { Title: text(`Phiếu lý lịch tư pháp số ${cert.loaiPhieu} - ${cert.soPhieuLLTP}`), Author: text(options.issuer), CreationDate: issued },
  });

  const line = (s: string, size = 11, align: 'left' | 'center' = 'left'): void => {
    doc.fontSize(size).text(text(s), { align });
  };
  line('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 12, 'center');
  line('Độc lập - Tự do - Hạnh phúc', 11, 'center');
  doc.moveDown();
  line(options.issuer.toUpperCase(), 11, 'center');
  line(`Số: ${cert.soPhieuLLTP}`, 10, 'center');
  doc.moveDown();
  line(`PHIẾU LÝ LỊCH TƯ PHÁP SỐ ${cert.loaiPhieu}`, 16, 'center');
  doc.moveDown();
  line(`Họ và tên: ${cert.hoTen ?? ''}`);
  line(`Số giấy tờ tùy thân: ${cert.soGiayTo ?? ''}`);
  doc.moveDown();
  line(`Tình trạng án tích: ${cert.tenTinhTrangAnTich}`, 12);
  for (const [i, an] of cert.thongTinAn.entries()) {
    line(`${i + 1}. Bản án số ${an.soBanAn ?? ''} ngày ${an.ngayBanAn ?? ''} của ${an.tenToaDaTuyen ?? ''}`);
    line(`   Tội danh: ${(an.dsToiDanh ?? []).map((t) => `${t.tenToiDanh ?? ''} (${t.toiDanh ?? ''})`).join('; ')}`);
    line(`   Hình phạt chính: ${(an.dsHinhPhatChinh ?? []).map((p) => p.tenHinhPhat ?? '').join('; ')}`);
    if (an.dsHinhPhatBoSung?.length) line(`   Hình phạt bổ sung: ${an.dsHinhPhatBoSung.map((p) => p.tenHinhPhat ?? '').join('; ')}`);
    if (an.ngayChapHanh) line(`   Ngày chấp hành xong: ${an.ngayChapHanh}`);
    line(`   ${an.tinhTrangXoaAn ?? ''}${an.ngayXoaAn ? ` ngày ${an.ngayXoaAn}` : ''}`);
  }
  doc.moveDown();
  line(`Thông tin về việc cấm đảm nhiệm chức vụ, thành lập, quản lý doanh nghiệp, hợp tác xã: ${cert.tenThongTinCDNCV}`);
  for (const b of cert.dsCDNCV)
    line(
      `- Quyết định số ${b.soQuyetDinh ?? ''} ngày ${b.ngayQuyetDinh ?? ''} của ${b.toaAnQD ?? ''}: cấm ${b.thoiHanCam ?? ''} từ ${b.camTuNgay ?? ''}`,
    );
  doc.moveDown(2);
  line(`Ngày cấp: ${cert.ngayCapPhieu}`, 11);
  line(`Người lập phiếu: ${cert.nguoiLapPhieu ?? ''}`);
  line(`${cert.chucVu ?? ''}: ${cert.nguoiKy ?? ''}`);
  doc.moveDown();
  line('Phiếu do hệ thống mô phỏng lgsp-sim tạo ra, không có giá trị pháp lý.', 9);
  doc.end();
  return bytes.then((pdf) => pdf.toString('base64'));
}
