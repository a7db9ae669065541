import { fromIsoDate } from '../../src/core/dates/wire-dates';
import type { Dossier } from './dossier';

const at = (iso: string, hour: number): number => (fromIsoDate(iso) as Date).getTime() + hour * 3600_000;

/** The seeded death registration of the `deceased` test person (Phạm Văn Dũng, died 02.11.2023). */
export const SEEDED_DEATH_NUMBER = '000.00.01.H26-231103-0001';
/** The seeded marriage of the `married` test person and his wife (Hoàng Minh Đức, Vũ Thị Hoa). */
export const SEEDED_MARRIAGE_NUMBER = '000.00.01.H26-180519-0001';
/** A seeded birth dossier waiting for its birth notice: traTrangThaiHoSo answers status 2. */
export const SEEDED_SUPPLEMENT_NUMBER = '000.00.01.H26-250110-0001';
export const SEEDED_MARRIAGE_ID = 2;

const requester = (name: string, id: string, relation: string) => ({
  nycHoTen: name,
  nycQuanHe: relation,
  nycLoaiGiayToTuyThan: '2',
  nycSoGiayToTuyThan: id,
});

/**
 * Registry records every dataset has, so lookups answer something before the first registration
 * and QA suites can hard-code them (seeds/README.md lists them). They belong to the named test
 * persons, so they agree with what the seeds say about those people.
 */
export function seededDossiers(): Dossier[] {
  return [
    {
      id: 1,
      maDonVi: '00001',
      maHoSo: SEEDED_DEATH_NUMBER,
      module: 'KT',
      kind: 'death',
      ngayTiepNhan: '03/11/2023 08:15:00',
      data: {
        ...requester('Phạm Thị Hạnh', '001178990099', '10'),
        maGBT: 'GBT-2023-0456',
        ngayCapGBT: '02.11.2023',
        nktHoTen: 'Phạm Văn Dũng',
        nktGioiTinh: '1',
        nktNgaySinh: '18.02.1942',
        nktDanToc: '01',
        nktQuocTich: 'VN',
        nktSoDDCN: '044042990004',
        nktNgayChet: '02.11.2023',
        nktNoiChet: 'Bệnh viện Bạch Mai, Hà Nội',
      },
      attachmentCount: 1,
      state: 'registered',
      changedAt: at('2023-11-03', 10),
      result: { soDangKy: '87', quyenSo: '01/2023', trangSo: '87', ngayDangKy: '03.11.2023', registeredAt: at('2023-11-03', 10) },
    },
    {
      id: SEEDED_MARRIAGE_ID,
      maDonVi: '00006',
      maHoSo: SEEDED_MARRIAGE_NUMBER,
      module: 'KH',
      kind: 'marriage',
      ngayTiepNhan: '19/05/2018 08:00:00',
      data: {
        ...requester('Hoàng Minh Đức', '048088990005', '09'),
        chongHoTen: 'Hoàng Minh Đức',
        chongNgaySinh: '09.09.1988',
        chongDanToc: '01',
        chongQuocTich: 'VN',
        chongSoDDCN: '048088990005',
        voHoTen: 'Vũ Thị Hoa',
        voNgaySinh: '01.12.1990',
        voDanToc: '01',
        voQuocTich: 'VN',
        voSoDDCN: '031190990006',
      },
      attachmentCount: 0,
      state: 'registered',
      changedAt: at('2018-05-19', 9),
      result: { soDangKy: '12', quyenSo: '01/2018', trangSo: '12', ngayDangKy: '19.05.2018', registeredAt: at('2018-05-19', 9) },
    },
    {
      id: 3,
      maDonVi: '00006',
      maHoSo: SEEDED_SUPPLEMENT_NUMBER,
      module: 'KS',
      kind: 'birth',
      ngayTiepNhan: '10/01/2025 14:00:00',
      data: {
        ...requester('Ngô Thị Mai', '001195990009', '02'),
        nksHoTen: 'Đỗ Minh Khôi',
        nksGioiTinh: '1',
        nksNgaySinh: '05.01.2025',
        nksDanToc: '01',
        nksQuocTich: 'VN',
        meHoTen: 'Ngô Thị Mai',
        meNgaySinh: '10.06.1995',
        meDanToc: '01',
        meQuocTich: 'VN',
        meSoDDCN: '001195990009',
        chaHoTen: 'Đỗ Văn Nam',
        chaNgaySinh: '22.01.1993',
        chaDanToc: '01',
        chaQuocTich: 'VN',
        chaSoDDCN: '001093990010',
      },
      attachmentCount: 0,
      state: 'needsSupplement',
      changedAt: at('2025-01-10', 16),
      note: 'Cần bổ sung: số và bản gốc giấy chứng sinh (maGCS)',
      supplementDue: at('2025-01-17', 16),
    },
  ];
}
