/** The dmdc view of the catalogues: columns and rows of `GET /dmdc/Metadata|Category/{code}` (DOMAIN.md §3). */
import { dmdcTable, type DmdcCatalog, type DmdcColumn, type DmdcPropertyType } from './dmdc-tables';
import { loadCatalogs } from './load-catalogs';
import { AGENCY_LEVEL1_COLUMNS, AGENCY_LEVEL2_COLUMNS, AGENCY_LEVEL3_COLUMNS, AGENCY_LEVEL4_COLUMNS } from './types';

export type { DmdcCatalog, DmdcColumn, DmdcPropertyType } from './dmdc-tables';

/** Every dmdc catalogue code DOMAIN.md §3 lists, in its order; all are served from these seeds. */
export const DMDC_CATALOG_CODES = [
  'qlvanbandieuhanhcap1',
  'qlvanbandieuhanhcap2',
  'qlvanbandieuhanhcap3',
  'qlvanbandieuhanhcap4',
  'donvihanhchinhcap1',
  'donvihanhchinhcap2',
  'donvihanhchinhcap3',
  'mabuuchinhvungkhuvuc',
  'mabuuchinhcap1',
  'mabuuchinhcap2',
  'mabuuchinhcap3',
  'madantoc',
  'madantockhac',
  'matongiao',
  'magioitinh',
  'manhommau',
  'maynghianhommau',
  'maquocgia',
  'matinhtranghonnhan',
  'giaoducdaotaovncap1',
  'giaoducdaotaovncap2',
  'giaoducdaotaovncap3',
  'giaoducdaotaovncap4',
  'giaoducdaotaovncap5',
  'machucdanhcqdcsvn',
  'mabacluong',
  'mabangluong',
  'machucdanh',
  'manhomluong',
  'mahesoluong',
  'mahesoluongvung',
  'mathiduakhenthuong',
  'maloaivanbantheoqdpl',
  'matenvanbantheoqdpl',
  'matenvanbanhanhchinh',
  'dokhanvanban',
] as const;

export type DmdcCatalogCode = (typeof DMDC_CATALOG_CODES)[number];

export function isDmdcCatalogCode(code: string): code is DmdcCatalogCode {
  return DMDC_CATALOG_CODES.some((c) => c === code);
}

const col = (PropertyCode: string, PropertyName: string, PropertyType: DmdcPropertyType = 'String'): DmdcColumn => ({
  PropertyCode,
  PropertyName,
  PropertyType,
});

const AGENCY_COLUMN_NAMES: Readonly<Record<string, string>> = {
  MaDinhDanhCap1: 'Mã định danh cấp 1',
  MaDinhDanhCap2: 'Mã định danh cấp 2',
  MaDinhDanhCap3: 'Mã định danh cấp 3',
  MaDinhDanhCap4: 'Mã định danh cấp 4',
  TenDonVi: 'Tên đơn vị',
  MaDonViHanhChinh: 'Mã đơn vị hành chính',
  DiaChi: 'Địa chỉ',
  Email: 'Thư điện tử',
  SoDienThoai: 'Số điện thoại',
  Fax: 'Số fax',
  Website: 'Trang thông tin điện tử',
  QdBanHanhQdSuaDoi: 'Quyết định ban hành, sửa đổi',
  NgayBanHanhQd: 'Ngày ban hành quyết định',
  CoQuanBanHanhQd: 'Cơ quan ban hành quyết định',
};

function agencyCatalog<C extends string>(columns: readonly C[], source: readonly Readonly<Record<C, string>>[]): DmdcCatalog {
  return {
    columns: columns.map((c) => col(c, AGENCY_COLUMN_NAMES[c] ?? c, c === 'NgayBanHanhQd' ? 'DateTime' : 'String')),
    rows: source.map((r) => {
      const out: Record<string, string> = {};
      for (const c of columns) out[c] = r[c];
      return out;
    }),
    key: columns[0] ?? '',
  };
}

function simpleCatalog<R>(columns: readonly DmdcColumn[], source: readonly R[], toRow: (r: R) => Record<string, string>): DmdcCatalog {
  return { columns: [...columns], rows: source.map(toRow), key: columns[0]?.PropertyCode ?? '' };
}

/**
 * The dmdc catalogue for `code` (case-insensitive), freshly built on every call so the caller may
 * mutate it; `undefined` for a code these seeds do not serve.
 */
export function catalogByDmdcCode(code: string): DmdcCatalog | undefined {
  const c = code.toLowerCase();
  if (!isDmdcCatalogCode(c)) return undefined;
  const cat = loadCatalogs();
  switch (c) {
    case 'donvihanhchinhcap1':
      return simpleCatalog([col('MaTinh', 'Mã tỉnh'), col('TenTinh', 'Tên tỉnh')], cat.administrativeUnits.provinces, (p) => ({
        MaTinh: p.code,
        TenTinh: p.name,
      }));
    case 'donvihanhchinhcap2':
      return simpleCatalog(
        [col('MaHuyen', 'Mã huyện'), col('TenHuyen', 'Tên huyện'), col('MaTinh', 'Mã tỉnh')],
        cat.administrativeUnits.districts,
        (d) => ({ MaHuyen: d.code, TenHuyen: d.name, MaTinh: d.provinceCode }),
      );
    case 'donvihanhchinhcap3':
      return simpleCatalog([col('MaXa', 'Mã xã'), col('TenXa', 'Tên xã'), col('MaHuyen', 'Mã huyện')], cat.administrativeUnits.communes, (x) => ({
        MaXa: x.code,
        TenXa: x.name,
        MaHuyen: x.districtCode,
      }));
    case 'madantoc':
      return simpleCatalog([col('MaDanToc', 'Mã dân tộc'), col('TenDanToc', 'Tên dân tộc')], cat.ethnicities, (e) => ({
        MaDanToc: e.code,
        TenDanToc: e.name,
      }));
    case 'maquocgia':
      return simpleCatalog(
        [col('MaQuocGia', 'Mã quốc gia'), col('TenQuocGia', 'Tên quốc gia'), col('TenTiengAnh', 'Tên tiếng Anh')],
        cat.nationalities,
        (n) => ({ MaQuocGia: n.code, TenQuocGia: n.name, TenTiengAnh: n.nameEn }),
      );
    case 'magioitinh':
      return simpleCatalog([col('MaGioiTinh', 'Mã giới tính'), col('TenGioiTinh', 'Tên giới tính')], cat.genders, (g) => ({
        MaGioiTinh: g.code,
        TenGioiTinh: g.name,
      }));
    case 'matinhtranghonnhan':
      return simpleCatalog(
        [col('MaTinhTrangHonNhan', 'Mã tình trạng hôn nhân'), col('TenTinhTrangHonNhan', 'Tên tình trạng hôn nhân')],
        cat.maritalStatuses,
        (m) => ({ MaTinhTrangHonNhan: m.code, TenTinhTrangHonNhan: m.name }),
      );
    case 'matongiao':
      return simpleCatalog([col('MaTonGiao', 'Mã tôn giáo'), col('TenTonGiao', 'Tên tôn giáo')], cat.religions, (r) => ({
        MaTonGiao: r.code,
        TenTonGiao: r.name,
      }));
    case 'manhommau':
      return simpleCatalog([col('MaNhomMau', 'Mã nhóm máu'), col('TenNhomMau', 'Tên nhóm máu')], cat.bloodGroups, (b) => ({
        MaNhomMau: b.code,
        TenNhomMau: b.name,
      }));
    case 'qlvanbandieuhanhcap1':
      return agencyCatalog(AGENCY_LEVEL1_COLUMNS, cat.agencies.level1);
    case 'qlvanbandieuhanhcap2':
      return agencyCatalog(AGENCY_LEVEL2_COLUMNS, cat.agencies.level2);
    case 'qlvanbandieuhanhcap3':
      return agencyCatalog(AGENCY_LEVEL3_COLUMNS, cat.agencies.level3);
    case 'qlvanbandieuhanhcap4':
      return agencyCatalog(AGENCY_LEVEL4_COLUMNS, cat.agencies.level4);
    default:
      // The catalogues no other backend uses live in dmdc-tables.json.
      return dmdcTable(c, cat.administrativeUnits);
  }
}
