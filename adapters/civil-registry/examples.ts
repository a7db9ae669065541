import type { ReferenceData } from '../../src/seed/reference-data';
import { SEEDED_MARRIAGE_ID, SEEDED_MARRIAGE_NUMBER } from './seeded-dossiers';

/**
 * Example bodies that succeed against the seeds (the shared contract sends them; the catalogue
 * shows them). The birth is the named birth parents' child, registered at their commune.
 */
export function civilRegistryExamples(reference: ReferenceData) {
  const { birthMother, birthFather } = reference.dataset.testPersons;
  return {
    dangKyHoTich: {
      maDonVi: '00006',
      module: 'LTKS',
      maHoSo: '000.00.01.H26-260115-0003',
      ngayTiepNhan: '15/01/2026 09:30:00',
      data: {
        loaiDangKy: '1',
        maGCS: 'GCS-2026-000123',
        ngayCapGCS: '02.01.2026',
        nksHoTen: 'Đỗ Minh Khang',
        nksGioiTinh: 1,
        nksNgaySinh: '02.01.2026',
        nksDanToc: '01',
        nksQuocTich: 'VN',
        nksLoaiKhaiSinh: '1',
        meHoTen: birthMother.name,
        meNgaySinh: '10.06.1995',
        meDanToc: '01',
        meQuocTich: 'VN',
        meLoaiCuTru: 1,
        meSoDDCN: birthMother.id,
        chaHoTen: birthFather.name,
        chaNgaySinh: '22.01.1993',
        chaDanToc: '01',
        chaQuocTich: 'VN',
        chaSoDDCN: birthFather.id,
        nycHoTen: birthMother.name,
        nycQuanHe: '02',
        nycLoaiGiayToTuyThan: '2',
        nycSoGiayToTuyThan: birthMother.id,
      },
    },
    byOffice: { maDonVi: '00006', maHoSo: SEEDED_MARRIAGE_NUMBER },
    traHoSo: { module: 'KH', maHoSo: SEEDED_MARRIAGE_ID },
    traDanhSachHoSo: { maTinh: '01', module: 'KH', dsMaHoSo: [SEEDED_MARRIAGE_ID] },
    dsHoSoDangKy: { module: 'KH', ngayCapNhat: '19/05/2018' },
    layKetQua: { maDinhDanhHoSo: [SEEDED_MARRIAGE_NUMBER], maTinh: '01', module: 'LTKH' },
  };
}
