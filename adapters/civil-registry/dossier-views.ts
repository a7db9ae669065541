import { formatWireDate } from '../../src/core/dates/wire-dates';
import type { Dossier, DossierState } from './dossier';
import { registeredFacts } from './result-members';
import type { OfficeDirectory } from './offices';

/** v1 `traTrangThaiHoSo` status: 1 received · 2 needs information · 3 eligible · 4 registered · 0 error (rejected). */
const V1_STATUS: Record<DossierState, number> = { received: 1, needsSupplement: 2, eligible: 3, registered: 4, rejected: 0 };
/** v2 `trangThai`: 1 awaiting intake · 2 supplement · 3 being processed · 4 registered · 6 rejected. */
const V2_STATUS: Record<DossierState, string> = { received: '1', needsSupplement: '2', eligible: '3', registered: '4', rejected: '6' };

function describe(dossier: Dossier): string {
  switch (dossier.state) {
    case 'received':
      return 'Đã tiếp nhận, chờ xử lý';
    case 'needsSupplement':
      return dossier.note ?? 'Cần bổ sung hồ sơ';
    case 'eligible':
      return 'Hồ sơ hợp lệ, đang xử lý';
    case 'registered':
      return 'Đã đăng ký';
    case 'rejected':
      return `Từ chối: ${dossier.note ?? ''}`.trim();
  }
}

const wireTime = (ms: number): string => formatWireDate(new Date(ms), 'dd/MM/yyyy HH:mm:ss');

/** The dossier's state as `dangKyHoTich` and `traTrangThaiHoSo` answer it (and status callbacks carry it). */
export function stateView(dossier: Dossier, duplicate = false) {
  return {
    maDonVi: dossier.maDonVi,
    maHoSo: dossier.maHoSo,
    module: dossier.module,
    id: dossier.id,
    status: V1_STATUS[dossier.state],
    trangThai: V2_STATUS[dossier.state],
    statusDescription: describe(dossier),
    thoiGianThucHien: wireTime(dossier.changedAt),
    ...(dossier.note ? { ghiChu: dossier.note } : {}),
    ...(dossier.supplementDue && dossier.state === 'needsSupplement' ? { hanBoSungHoSo: wireTime(dossier.supplementDue) } : {}),
    ...(duplicate ? { duplicate: true } : {}),
  };
}

/** The name the registering office signs with (as `phongBanXuLy` names it): `UBND <commune>`. */
export function officeName(dossier: Dossier, offices: OfficeDirectory): string {
  const office = offices.resolve(dossier.maDonVi);
  return office ? `UBND ${office.name}` : dossier.maDonVi;
}

/**
 * `ketQuaXuLy` in the shape PASETO deserialises it (DOMAIN.md §4.2; schemas/hotich/shared/
 * ket-qua-xu-ly.json): the documented member names (`meSoGiayTo`, `giayBaoTuSo`, …), `GioiTinh` and
 * `LoaiCuTru` as integers, addresses as objects, register references, new IDs and the certificate
 * PDF (base64, see DossierStore.certificate). A marriage, whose result no source documents, carries
 * its registered chong…/vo… fields.
 */
export function resultView(
  dossier: Dossier,
  offices: OfficeDirectory,
  certificate: string,
): Record<string, unknown> & { soDangKy: string; quyenSo: string; trangSo: string; ngayDangKy: string } {
  const result = dossier.result;
  if (!result) throw new Error(`dossier ${dossier.maHoSo} has no result`);
  const refs = { soDangKy: result.soDangKy, quyenSo: result.quyenSo, trangSo: result.trangSo, ngayDangKy: result.ngayDangKy };
  const facts = registeredFacts(dossier.kind, dossier.data);
  if (dossier.kind === 'birth') {
    const office = offices.resolve(dossier.maDonVi);
    return {
      ...(result.soDinhDanh ? { soDinhDanh: result.soDinhDanh } : {}),
      ...refs,
      ndkksMaTinh: office?.provinceCode ?? '',
      ndkksMaHuyen: office?.districtCode ?? '',
      ndkksMaXa: office?.communeCode ?? '',
      ...facts,
      ...(result.maSoBhxh ? { maSoBhxh: result.maSoBhxh } : {}),
      ...(result.maTheBhyt ? { maTheBhyt: result.maTheBhyt } : {}),
      giayKhaiSinh: certificate,
    };
  }
  if (dossier.kind === 'death') return { ...facts, ...refs, giayKhaiTu: certificate };
  return { ...facts, ...refs, giayChungNhanKetHon: certificate };
}

/** A registry record as `traHoSo` / `traDanhSachHoSo` answer it. */
export function recordView(dossier: Dossier, offices: OfficeDirectory, certificate: string) {
  const ketQuaXuLy = resultView(dossier, offices, certificate);
  return {
    id: dossier.id,
    so: ketQuaXuLy.soDangKy,
    quyenSo: ketQuaXuLy.quyenSo,
    trangSo: ketQuaXuLy.trangSo,
    maDonVi: dossier.maDonVi,
    maHoSo: dossier.maHoSo,
    module: dossier.module,
    ngayDangKy: ketQuaXuLy.ngayDangKy,
    ketQuaXuLy,
  };
}

/** A v2 `layKetQua` item; `certificate` is given for a registered dossier. */
export function pollItemView(dossier: Dossier, offices: OfficeDirectory, certificate?: string) {
  const state = stateView(dossier);
  const office = offices.resolve(dossier.maDonVi);
  return {
    maDonVi: dossier.maDonVi,
    maTinh: office?.provinceCode ?? '',
    module: dossier.module,
    ...(dossier.maHoSoLT ? { maHoSoLT: dossier.maHoSoLT } : {}),
    maHoSoMCDT: dossier.maHoSo,
    errors: null,
    trangThai: state.trangThai,
    thoiGianThucHien: state.thoiGianThucHien,
    nguoiXuLy: 'Cán bộ tư pháp – hộ tịch (mô phỏng)',
    chucDanh: 'Công chức tư pháp – hộ tịch',
    phongBanXuLy: office ? `UBND ${office.name}` : '',
    noiDungXuLy: state.statusDescription,
    ...(state.ghiChu ? { ghiChu: state.ghiChu } : {}),
    ...(state.hanBoSungHoSo ? { hanBoSungHoSo: state.hanBoSungHoSo } : {}),
    ...(dossier.state === 'registered' && certificate !== undefined ? { ketQuaXuLy: resultView(dossier, offices, certificate) } : {}),
  };
}
