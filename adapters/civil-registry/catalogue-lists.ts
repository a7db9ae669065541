import type { Catalogs } from '../../seeds/catalogs';

/** `danhMuc` rows for a `loaiDanhMuc` (DOMAIN.md §4.1), as `{ ma, ten }`. */
export function catalogueRows(catalogs: Catalogs, loaiDanhMuc: string): { ma: string; ten: string }[] {
  const type = catalogs.hoTich.loaiDanhMuc.find((t) => t.code === loaiDanhMuc);
  switch (type?.source) {
    case 'nationalities':
      return catalogs.nationalities.map((n) => ({ ma: n.code, ten: n.name }));
    case 'ethnicities':
      return catalogs.ethnicities.map((e) => ({ ma: e.code, ten: e.name }));
    case 'provinces':
      return catalogs.administrativeUnits.provinces.map((p) => ({ ma: p.code, ten: p.name }));
    case 'idDocumentTypes':
      return catalogs.idDocumentTypes.hoTich.map((d) => ({ ma: d.code, ten: d.name }));
    default:
      return [];
  }
}
