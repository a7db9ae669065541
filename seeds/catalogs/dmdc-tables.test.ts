import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { catalogByDmdcCode, DMDC_CATALOG_CODES } from './dmdc-catalogs';
import { DMDC_TABLE_CODES, dmdcTableSource } from './dmdc-tables';
import { loadCatalogs } from './load-catalogs';

/** The codes DOMAIN.md §3 lists (ranges written out), in its order. */
const SECTION_3 = [
  ...[1, 2, 3, 4].map((n) => `qlvanbandieuhanhcap${n}`),
  ...[1, 2, 3].map((n) => `donvihanhchinhcap${n}`),
  'mabuuchinhvungkhuvuc',
  ...[1, 2, 3].map((n) => `mabuuchinhcap${n}`),
  'madantoc',
  'madantockhac',
  'matongiao',
  'magioitinh',
  'manhommau',
  'maynghianhommau',
  'maquocgia',
  'matinhtranghonnhan',
  ...[1, 2, 3, 4, 5].map((n) => `giaoducdaotaovncap${n}`),
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
];

const rowsOf = (code: string): Record<string, string>[] => catalogByDmdcCode(code)?.rows ?? [];
const keysOf = (code: string, column: string): Set<string> => new Set(rowsOf(code).map((r) => r[column]));

describe('dmdc catalogues of DOMAIN.md §3', () => {
  it('serves every code §3 lists, and no other', () => {
    expect(SECTION_3).toHaveLength(36);
    expect([...DMDC_CATALOG_CODES]).toEqual(SECTION_3);
  });

  it.each(SECTION_3)('%s: columns with names and types, rows with every column, a unique Ma… key', (code) => {
    const catalog = catalogByDmdcCode(code);
    expect(catalog?.columns.length).toBeGreaterThan(1);
    for (const c of catalog?.columns ?? []) {
      expect(c).toEqual({
        PropertyCode: expect.stringMatching(/^[A-Z][A-Za-z0-9]+$/),
        PropertyName: expect.stringMatching(/\S/),
        PropertyType: expect.stringMatching(/^(String|DateTime)$/),
      });
    }
    expect(catalog?.key).toMatch(/^Ma/);
    const names = catalog?.columns.map((c) => c.PropertyCode) ?? [];
    expect(catalog?.rows.length).toBeGreaterThan(0);
    for (const row of catalog?.rows ?? []) expect(Object.keys(row)).toEqual(names);
    const keys = catalog?.rows.map((r) => r[catalog.key]) ?? [];
    expect(new Set(keys).size).toBe(keys.length);
    for (const c of catalog?.columns.filter((x) => x.PropertyType === 'DateTime') ?? []) {
      for (const row of catalog?.rows ?? []) expect(row[c.PropertyCode]).toMatch(/^(\d{2}\/\d{2}\/\d{4})?$/);
    }
  });

  it('keeps the catalogues small: a few hundred rows at most', () => {
    for (const code of DMDC_TABLE_CODES) expect({ code, small: rowsOf(code).length <= 400 }).toEqual({ code, small: true });
  });

  it('names every generated table in seeds/catalogs/README.md', () => {
    const readme = readFileSync(join(__dirname, 'README.md'), 'utf8');
    const generated = DMDC_TABLE_CODES.filter((code) => dmdcTableSource(code)?.generated);
    expect(generated.length).toBeGreaterThan(0);
    for (const code of generated) expect({ code, named: readme.includes(`\`${code}\``) }).toEqual({ code, named: true });
  });

  it('postal codes: one 5-digit code per province, districts and communes under their parent', () => {
    const provinces = loadCatalogs().administrativeUnits.provinces;
    const cap1 = rowsOf('mabuuchinhcap1');
    expect(cap1.map((r) => r.MaTinh).sort()).toEqual(provinces.map((p) => p.code).sort());
    expect(cap1.every((r) => /^\d{5}$/.test(r.MaBuuChinh))).toBe(true);
    expect(cap1).toContainEqual({ MaBuuChinh: '10000', MaTinh: '01' });
    const cap2 = rowsOf('mabuuchinhcap2');
    const cap1Codes = keysOf('mabuuchinhcap1', 'MaBuuChinh');
    for (const r of cap2) expect(cap1Codes.has(r.MaBuuChinhCap1) && r.MaBuuChinh.slice(0, 2) === r.MaBuuChinhCap1.slice(0, 2)).toBe(true);
    const cap2Codes = keysOf('mabuuchinhcap2', 'MaBuuChinh');
    for (const r of rowsOf('mabuuchinhcap3')) expect(cap2Codes.has(r.MaBuuChinhCap2)).toBe(true);
    expect(rowsOf('mabuuchinhvungkhuvuc').flatMap((r) => r.DanhSachMaTinh.split(','))).toHaveLength(63);
  });

  it('education levels: every code sits under an existing parent whose code it extends', () => {
    for (const [child, parent, column, parentColumn] of [
      ['giaoducdaotaovncap2', 'giaoducdaotaovncap1', 'MaCap2', 'MaCap1'],
      ['giaoducdaotaovncap3', 'giaoducdaotaovncap2', 'MaCap3', 'MaCap2'],
      ['giaoducdaotaovncap4', 'giaoducdaotaovncap3', 'MaCap4', 'MaCap3'],
      ['giaoducdaotaovncap5', 'giaoducdaotaovncap4', 'MaCap5', 'MaCap4'],
    ] as const) {
      const parents = keysOf(parent, parentColumn);
      for (const r of rowsOf(child))
        expect({ child, row: r[column], ok: parents.has(r[parentColumn]) && r[column].startsWith(r[parentColumn]) }).toMatchObject({ ok: true });
    }
  });

  it('salary coefficients follow Nghị định 204/2004 table 2', () => {
    const coefficient = (code: string) => rowsOf('mahesoluong').find((r) => r.MaHeSoLuong === code)?.HeSoLuong;
    expect([coefficient('A1-01'), coefficient('A1-09'), coefficient('A0-10'), coefficient('B-12'), coefficient('A3.1-06')]).toEqual([
      '2.34',
      '4.98',
      '4.89',
      '4.06',
      '8.00',
    ]);
    const groups = keysOf('manhomluong', 'MaNhomLuong');
    const steps = keysOf('mabacluong', 'MaBacLuong');
    for (const r of rowsOf('mahesoluong')) expect(groups.has(r.MaNhomLuong) && steps.has(r.MaBacLuong)).toBe(true);
  });

  it('document names point at their kind', () => {
    const kinds = keysOf('maloaivanbantheoqdpl', 'MaLoaiVanBan');
    for (const r of rowsOf('matenvanbantheoqdpl')) expect(kinds.has(r.MaLoaiVanBan)).toBe(true);
  });
});
