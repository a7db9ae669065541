import { AGENCY_LEVEL1_COLUMNS, DMDC_CATALOG_CODES, catalogByDmdcCode, isDmdcCatalogCode, loadCatalogs, type CodeName } from './index';

/** DOMAIN.md §10.1: the 63 GSO province codes (pre-July-2025). */
const GSO_63 = (
  '01 02 04 06 08 10 11 12 14 15 17 19 20 22 24 25 26 27 30 31 33 34 35 36 37 38 40 42 44 45 46 48 ' +
  '49 51 52 54 56 58 60 62 64 66 67 68 70 72 74 75 77 79 80 82 83 84 86 87 89 91 92 93 94 95 96'
).split(' ');

function expectUnique(values: readonly (string | number)[], what: string): void {
  const seen = new Set<string | number>();
  const dupes = values.filter((v) => (seen.has(v) ? true : (seen.add(v), false)));
  expect({ what, dupes }).toEqual({ what, dupes: [] });
}

const codes = (rows: readonly CodeName[]): string[] => rows.map((r) => r.code);

describe('seed catalogues', () => {
  const cat = loadCatalogs();

  it('caches and freezes the loaded catalogues', () => {
    expect(loadCatalogs()).toBe(cat);
    expect(Object.isFrozen(cat.administrativeUnits.provinces)).toBe(true);
    expect(Object.isFrozen(cat.administrativeUnits.provinces[0])).toBe(true);
  });

  describe('administrative units', () => {
    const { provinces, districts, communes } = cat.administrativeUnits;

    it('has exactly the 63 GSO provinces', () => {
      expect(codes(provinces).sort()).toEqual([...GSO_63].sort());
      expect(provinces.find((p) => p.code === '01')?.name).toBe('Thành phố Hà Nội');
      expect(provinces.find((p) => p.code === '44')?.name).toBe('Tỉnh Quảng Bình');
    });

    it('uses unique, well-formed codes', () => {
      expectUnique(codes(provinces), 'provinces');
      expectUnique(codes(districts), 'districts');
      expectUnique(codes(communes), 'communes');
      for (const d of districts) expect(d.code).toMatch(/^\d{3}$/);
      for (const x of communes) expect(x.code).toMatch(/^\d{5}$/);
    });

    it('resolves every parent reference', () => {
      const provinceCodes = new Set(codes(provinces));
      const districtCodes = new Set(codes(districts));
      expect(districts.filter((d) => !provinceCodes.has(d.provinceCode))).toEqual([]);
      expect(communes.filter((x) => !districtCodes.has(x.districtCode))).toEqual([]);
    });

    it('covers the eight required provinces with >= 3 districts and every district with >= 3 communes', () => {
      for (const p of ['01', '79', '48', '44', '38', '93', '31', '92']) {
        expect({ p, n: districts.filter((d) => d.provinceCode === p).length >= 3 }).toEqual({ p, n: true });
      }
      for (const d of districts) {
        expect({ d: d.code, n: communes.filter((x) => x.districtCode === d.code).length >= 3 }).toEqual({ d: d.code, n: true });
      }
      expect(communes.find((x) => x.code === '00001')).toEqual({ code: '00001', name: 'Phường Phúc Xá', districtCode: '001' });
    });
  });

  it('has the 54 ethnic groups with LLTP surrogates starting at Kinh = 55305', () => {
    expect(cat.ethnicities).toHaveLength(54);
    expect(codes(cat.ethnicities)).toEqual(Array.from({ length: 54 }, (_, i) => String(i + 1).padStart(2, '0')));
    expect(cat.ethnicities[0]).toEqual({ code: '01', name: 'Kinh', lltpId: 55305 });
    expectUnique(
      cat.ethnicities.map((e) => e.lltpId),
      'ethnicity lltpId',
    );
  });

  it('has >= 40 nationalities, Việt Nam first with LLTP id 3106', () => {
    expect(cat.nationalities.length).toBeGreaterThanOrEqual(40);
    expect(cat.nationalities[0]).toMatchObject({ code: 'VN', name: 'Việt Nam', lltpId: 3106 });
    for (const n of cat.nationalities) expect(n.code).toMatch(/^[A-Z]{2}$/);
    expectUnique(codes(cat.nationalities), 'nationality code');
    expectUnique(
      cat.nationalities.map((n) => n.lltpId),
      'nationality lltpId',
    );
  });

  it('maps genders per backend as DOMAIN.md says', () => {
    const male = cat.genders.find((g) => g.name === 'Nam');
    const female = cat.genders.find((g) => g.name === 'Nữ');
    expect(male).toMatchObject({ lltpV1: 1, lltpV2: 1, bhxh: '1', cccdParity: 'even' });
    expect(female).toMatchObject({ lltpV1: 0, lltpV2: 2, bhxh: '2', cccdParity: 'odd' });
    expect(cat.genders.find((g) => g.code === '3')?.bhxh).toBe('3');
  });

  it('has unique codes in every code list', () => {
    const lists: Record<string, readonly CodeName[]> = {
      maritalStatuses: cat.maritalStatuses,
      religions: cat.religions,
      bloodGroups: cat.bloodGroups,
      hoTichIdTypes: cat.idDocumentTypes.hoTich,
      enterpriseTypes: cat.enterpriseTypes,
      enterpriseStatuses: cat.enterpriseStatuses,
      enterpriseDocumentTypes: cat.enterpriseDocumentTypes,
      enterpriseProcessStatuses: cat.enterpriseProcessStatuses,
      businessLines: cat.businessLines,
      purposes: cat.lltp.purposes,
      loaiDanhMuc: cat.hoTich.loaiDanhMuc,
      loaiDangKy: cat.hoTich.loaiDangKy,
      nksLoaiKhaiSinh: cat.hoTich.nksLoaiKhaiSinh,
      modules: cat.hoTich.modules,
      quanHe: cat.hoTich.quanHe,
    };
    for (const [name, list] of Object.entries(lists)) {
      expect({ name, empty: list.length === 0 }).toEqual({ name, empty: false });
      expectUnique(codes(list), name);
    }
    expectUnique(
      cat.hoTich.loaiCuTru.map((r) => r.code),
      'loaiCuTru',
    );
    expectUnique(
      cat.idDocumentTypes.lltp.map((r) => r.id),
      'lltp idTypeId',
    );
  });

  it('has the LLTP v1 code values of DOMAIN.md §6.1', () => {
    expect(cat.idDocumentTypes.lltp.map((r) => r.id).sort()).toEqual([0, 1, 2, 3]);
    expect(cat.lltp.declareTypes.map((r) => r.id).sort()).toEqual([3844, 3845, 3846, 3847]);
    expect(cat.lltp.objectRequests.map((r) => r.id).sort()).toEqual([71, 72, 73, 74]);
    expect(cat.lltp.formTypes.map((r) => r.id)).toEqual([1, 2]);
    expect(cat.lltp.decStatuses.map((r) => r.id)).toEqual(expect.arrayContaining([3, 4, 5]));
    expect(cat.lltp.traDanhMucInfoTypes.map((r) => r.infoType)).toEqual([1, 2, 3, 4, 5]);
    const provinceCodes = new Set(codes(cat.administrativeUnits.provinces));
    for (const u of cat.lltp.ministryJustice) expect(provinceCodes.has(u.provinceCode)).toBe(true);
    expectUnique(
      [...cat.lltp.ministryJustice, ...cat.lltp.requestingAgencies].map((r) => r.id),
      'LLTP unit ids',
    );
  });

  it('has the hộ tịch loaiDanhMuc 1–5 and module values', () => {
    expect(codes(cat.hoTich.loaiDanhMuc)).toEqual(['1', '2', '3', '4', '5']);
    expect(codes(cat.hoTich.modules)).toEqual(expect.arrayContaining(['KS', 'KT', 'LTKS', 'LTKT', 'LTKH', 'KH']));
    expect(cat.hoTich.loaiCuTru.find((r) => r.code === 1)?.name).toBe('Thường trú');
  });

  it('has >= 60 VSIC level-4 business lines', () => {
    expect(cat.businessLines.length).toBeGreaterThanOrEqual(60);
    for (const b of cat.businessLines) expect(b.code).toMatch(/^\d{4}$/);
    expect(cat.businessLines.find((b) => b.code === '6201')?.name).toBe('Lập trình máy vi tính');
  });

  it('covers every internal enterprise status and document kind', () => {
    expect(new Set(cat.enterpriseStatuses.map((s) => s.internal))).toEqual(new Set(['active', 'suspended', 'dissolved']));
    expect(new Set(cat.enterpriseDocumentTypes.map((d) => d.kind))).toEqual(new Set(['new', 'amendment', 'suspension', 'dissolution', 'resumption']));
  });

  describe('agencies', () => {
    const { level1, level2, level3, level4 } = cat.agencies;

    it('has a level-1 row for all 63 provincial People’s Committees plus ministries', () => {
      const provinces = level1.filter((r) => /^000\.00\.00\.H\d{2}$/.test(r.MaDinhDanhCap1));
      expect(provinces).toHaveLength(63);
      expect(level1.some((r) => /^000\.00\.00\.G\d{2}$/.test(r.MaDinhDanhCap1))).toBe(true);
      expect(level1.find((r) => r.MaDinhDanhCap1 === '000.00.00.H30')?.TenDonVi).toBe('UBND tỉnh Hậu Giang');
      expect(level1.find((r) => r.MaDinhDanhCap1 === '000.00.00.H56')?.TenDonVi).toBe('UBND tỉnh Thanh Hóa');
      for (const r of level1) expect(r.NgayBanHanhQd).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
    });

    it('uses the AAA.BB.CC.Xnn shape per level and resolves parents', () => {
      for (const r of level2) expect(r.MaDinhDanhCap2).toMatch(/^000\.00\.\d{2}\.H\d{2}$/);
      for (const r of level3) expect(r.MaDinhDanhCap3).toMatch(/^000\.\d{2}\.\d{2}\.H\d{2}$/);
      for (const r of level4) expect(r.MaDinhDanhCap4).toMatch(/^\d{3}\.\d{2}\.\d{2}\.H\d{2}$/);
      const l1 = new Set(level1.map((r) => r.MaDinhDanhCap1));
      const l2 = new Set(level2.map((r) => r.MaDinhDanhCap2));
      const l3 = new Set(level3.map((r) => r.MaDinhDanhCap3));
      expect(level2.filter((r) => !l1.has(r.MaDinhDanhCap1))).toEqual([]);
      expect(level3.filter((r) => !l2.has(r.MaDinhDanhCap2))).toEqual([]);
      expect(level4.filter((r) => !l3.has(r.MaDinhDanhCap3))).toEqual([]);
      // A child's code ends with its parent's level suffix.
      for (const r of level2) expect(r.MaDinhDanhCap2.slice(-3)).toBe(r.MaDinhDanhCap1.slice(-3));
      for (const r of level3) expect(r.MaDinhDanhCap3.slice(-6)).toBe(r.MaDinhDanhCap2.slice(-6));
      for (const r of level4) expect(r.MaDinhDanhCap4.slice(-9)).toBe(r.MaDinhDanhCap3.slice(-9));
    });

    it('points People’s Committee rows at existing administrative units', () => {
      const { districts, communes } = cat.administrativeUnits;
      const units = new Set([...codes(districts), ...codes(communes)]);
      for (const r of [...level2, ...level3, ...level4]) {
        if (r.MaDonViHanhChinh !== '') expect({ r: r.TenDonVi, ok: units.has(r.MaDonViHanhChinh) }).toEqual({ r: r.TenDonVi, ok: true });
      }
    });
  });

  describe('dmdc view', () => {
    it.each(DMDC_CATALOG_CODES)('%s: rows carry exactly the metadata columns and a unique key', (code) => {
      const c = catalogByDmdcCode(code);
      expect(c).toBeDefined();
      if (c === undefined) return;
      const columnCodes = c.columns.map((x) => x.PropertyCode);
      expectUnique(columnCodes, `${code} columns`);
      expect(columnCodes[0]).toBe(c.key);
      expect(c.key).toMatch(/^Ma/);
      expect(c.rows.length).toBeGreaterThan(0);
      for (const row of c.rows) {
        expect(Object.keys(row)).toEqual(columnCodes);
        for (const v of Object.values(row)) expect(typeof v).toBe('string');
      }
      expectUnique(
        c.rows.map((r) => r[c.key] ?? ''),
        `${code} key`,
      );
      for (const x of c.columns) {
        expect(['String', 'DateTime']).toContain(x.PropertyType);
        if (x.PropertyType === 'DateTime') for (const r of c.rows) expect(r[x.PropertyCode]).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
      }
    });

    it('publishes the documented qlvanbandieuhanhcap1 columns with NgayBanHanhQd as DateTime', () => {
      const c = catalogByDmdcCode('qlvanbandieuhanhcap1');
      expect(c?.columns.map((x) => x.PropertyCode)).toEqual([...AGENCY_LEVEL1_COLUMNS]);
      expect(c?.columns.find((x) => x.PropertyCode === 'NgayBanHanhQd')?.PropertyType).toBe('DateTime');
      expect(c?.key).toBe('MaDinhDanhCap1');
    });

    it('uses Vietnamese-style property codes for provinces and ethnicities', () => {
      expect(catalogByDmdcCode('donvihanhchinhcap1')?.rows).toContainEqual({ MaTinh: '44', TenTinh: 'Tỉnh Quảng Bình' });
      expect(catalogByDmdcCode('madantoc')?.rows[0]).toEqual({ MaDanToc: '01', TenDanToc: 'Kinh' });
    });

    it('returns a fresh, mutable copy each call and undefined for unknown codes', () => {
      const a = catalogByDmdcCode('magioitinh');
      a?.rows.push({ MaGioiTinh: '9', TenGioiTinh: 'Thử' });
      expect(catalogByDmdcCode('magioitinh')?.rows).toHaveLength(cat.genders.length);
      expect(catalogByDmdcCode('MAGIOITINH')).toBeDefined();
      expect(catalogByDmdcCode('khongco')).toBeUndefined();
      expect(isDmdcCatalogCode('madantoc')).toBe(true);
      expect(isDmdcCatalogCode('nope')).toBe(false);
    });
  });
});
