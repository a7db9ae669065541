import seeds from '../../seeds/budget-units/units.json';
import type { Agencies } from '../../seeds/catalogs';
import { checkUnitCode } from './unit-code';

interface SeedUnit {
  maSoDVQHNS: string;
  agency?: string;
  tenDonVi?: string;
  maDonViCapTren: string | null;
  capDuToan: string;
  maChuong: string;
  maKBNN: string;
  soQuyetDinhThanhLap: string;
  ngayCapMa: string;
  maXa?: string;
  ngayDongMa?: string;
  maDonViTiepNhan?: string;
  project?: { tenDuAn: string; maSoChuDauTu: string; giaiDoan: string; nhomDuAn: string; tongMucDauTu: number };
}

/** A unit or project with every name resolved from the agency catalogue. Days are ISO. */
export interface BudgetUnit extends SeedUnit {
  tenDonVi: string;
  tenCoQuanChuQuan: string;
  diaChi: string;
  maXa: string;
}

interface AgencyRow {
  name: string;
  parent?: string;
  address: string;
  commune: string;
}

function agencyIndex(agencies: Agencies): Map<string, AgencyRow> {
  const index = new Map<string, AgencyRow>();
  const levels = [agencies.level1, agencies.level2, agencies.level3, agencies.level4] as readonly (readonly Record<string, unknown>[])[];
  levels.forEach((rows, i) => {
    for (const row of rows) {
      const code = String(row[`MaDinhDanhCap${i + 1}`]);
      const parent = i > 0 ? String(row[`MaDinhDanhCap${i}`]) : undefined;
      const commune = String(row.MaDonViHanhChinh ?? '');
      index.set(code, {
        name: String(row.TenDonVi),
        ...(parent ? { parent } : {}),
        address: String(row.DiaChi ?? ''),
        commune: /^\d{5}$/.test(commune) ? commune : '',
      });
    }
  });
  return index;
}

/**
 * The seeded units (`seeds/budget-units/units.json`), hung under the province's agencies of
 * `seeds/catalogs/agencies.json`. Checked at start: seven-digit codes, each used once (a closed
 * code is never given again), the class digit agreeing with unit or project, parents and the units
 * that absorbed closed ones present, agencies in the catalogue.
 */
export class UnitRegister {
  readonly province: string;
  private readonly byCode = new Map<string, BudgetUnit>();

  constructor(agencies: Agencies) {
    const index = agencyIndex(agencies);
    const raw = new Map<string, SeedUnit>();
    const fail = (why: string): never => {
      throw new Error(`seeds/budget-units/units.json: ${why}`);
    };
    for (const unit of seeds.units as SeedUnit[]) {
      if (checkUnitCode(unit.maSoDVQHNS).length) fail(`${unit.maSoDVQHNS} is not seven digits`);
      if (raw.has(unit.maSoDVQHNS)) fail(`${unit.maSoDVQHNS} is given twice; a code is never reused`);
      if ((unit.project !== undefined) !== ['7', '8'].includes(unit.maSoDVQHNS[0]))
        fail(`${unit.maSoDVQHNS}: class 7/8 codes are projects and only they`);
      if (unit.agency && !index.has(unit.agency)) fail(`${unit.maSoDVQHNS}: agency ${unit.agency} is not in seeds/catalogs/agencies.json`);
      raw.set(unit.maSoDVQHNS, unit);
    }
    for (const unit of raw.values()) {
      for (const other of [unit.maDonViCapTren, unit.maDonViTiepNhan, unit.project?.maSoChuDauTu]) {
        if (other && !raw.has(other)) fail(`${unit.maSoDVQHNS} refers to ${other}, which is not seeded`);
      }
    }
    const provinceAgency = index.get(seeds.province.agency) ?? fail(`province agency ${seeds.province.agency} is not in the catalogue`);
    this.province = seeds.province.maTinh;
    const nameOf = (unit: SeedUnit): string => unit.tenDonVi ?? unit.project?.tenDuAn ?? (unit.agency ? (index.get(unit.agency)?.name ?? '') : '');
    for (const unit of raw.values()) {
      const agency = unit.agency ? index.get(unit.agency) : undefined;
      const owner = unit.maDonViCapTren ?? unit.project?.maSoChuDauTu;
      const ownerUnit = owner ? raw.get(owner) : undefined;
      const ownerAgency = ownerUnit?.agency ? index.get(ownerUnit.agency) : undefined;
      const parentAgency = agency?.parent ? index.get(agency.parent) : undefined;
      this.byCode.set(unit.maSoDVQHNS, {
        ...unit,
        tenDonVi: nameOf(unit),
        tenCoQuanChuQuan: ownerUnit ? nameOf(ownerUnit) : (parentAgency?.name ?? provinceAgency.name),
        diaChi: agency?.address || ownerAgency?.address || provinceAgency.address,
        maXa: unit.maXa ?? agency?.commune ?? '',
      });
    }
  }

  /** The unit with this code if its code was issued by `today` (ISO). */
  find(code: string, today: string): BudgetUnit | undefined {
    const unit = this.byCode.get(code);
    return unit && unit.ngayCapMa <= today ? unit : undefined;
  }

  all(): BudgetUnit[] {
    return [...this.byCode.values()];
  }
}
