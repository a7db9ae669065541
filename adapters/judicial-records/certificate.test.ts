import type { JudicialRecord } from '../../src/seed/types';
import { buildCertificate } from './certificate';
import { asciiFold } from './certificate-pdf';

const record: JudicialRecord = {
  citizenId: '001085990001',
  convictions: [
    {
      judgmentNo: '1/2009/HS-ST',
      judgmentDate: '2009-01-10',
      court: 'TAND A',
      offences: [{ article: '321', name: 'Đánh bạc' }],
      mainPenalty: { kind: 'fine', text: 'Phạt tiền' },
      additionalPenalties: [],
      servedDate: '2009-03-01',
      expungedDate: '2010-04-01',
    },
    {
      judgmentNo: '2/2024/HS-ST',
      judgmentDate: '2024-05-20',
      court: 'TAND B',
      offences: [{ article: '173', name: 'Trộm cắp tài sản' }],
      mainPenalty: { kind: 'imprisonment', text: '12 tháng tù' },
      additionalPenalties: [],
    },
  ],
  positionBans: [
    {
      decisionNo: '01/2023/QĐ-TBPS',
      decisionDate: '2023-02-01',
      court: 'TAND C',
      bannedPosition: 'Giám đốc',
      durationYears: 3,
      fromDate: '2023-02-01',
    },
  ],
};

const base = { certifyBans: false, fullName: 'Nguyễn Văn An', identifyNo: '001085990001', number: '1/2026/STP-LLTP', today: '2026-01-20' };

describe('buildCertificate', () => {
  it('form No. 1 shows only convictions on record and no bans unless asked', () => {
    const cert = buildCertificate({ ...base, record, formType: 1 });
    expect(cert.thongTinAn.map((a) => a.soBanAn)).toEqual(['2/2024/HS-ST']);
    expect(cert).toMatchObject({ tinhTrangAnTich: 2, thongTinCDNCV: 0, dsCDNCV: [], ngayCapPhieu: '20/01/2026' });
  });

  it('form No. 1 with isBanPosition certifies a ban still in force', () => {
    const cert = buildCertificate({ ...base, record, formType: 1, certifyBans: true });
    expect(cert).toMatchObject({ thongTinCDNCV: 2, dsCDNCV: [{ soQuyetDinh: '01/2023/QĐ-TBPS', thoiHanCam: '03 năm', camTuNgay: '01/02/2023' }] });
  });

  it('form No. 2 shows every conviction, expunged ones with their date', () => {
    const cert = buildCertificate({ ...base, record, formType: 2 });
    expect(cert.thongTinAn.map((a) => [a.soBanAn, a.ngayXoaAn])).toEqual([
      ['1/2009/HS-ST', '01/04/2010'],
      ['2/2024/HS-ST', ''],
    ]);
    expect(cert.tinhTrangAnTich).toBe(2);
  });

  it('only expunged convictions: no record on form No. 1, status 3 on form No. 2; nobody on file: no record', () => {
    const expunged = { ...record, convictions: [record.convictions[0]], positionBans: [] };
    expect(buildCertificate({ ...base, record: expunged, formType: 1 })).toMatchObject({ tinhTrangAnTich: 1, thongTinAn: [] });
    expect(buildCertificate({ ...base, record: expunged, formType: 2 })).toMatchObject({ tinhTrangAnTich: 3 });
    expect(buildCertificate({ ...base, record: undefined, formType: 2 })).toMatchObject({ tinhTrangAnTich: 1, thongTinCDNCV: 1, thongTinAn: [] });
  });
});

describe('asciiFold (the PDF fallback without a Vietnamese font)', () => {
  it('drops diacritics, đ included', () => {
    expect(asciiFold('PHIẾU LÝ LỊCH TƯ PHÁP — Đặng Thị Lan')).toBe('PHIEU LY LICH TU PHAP — Dang Thi Lan');
  });
});
