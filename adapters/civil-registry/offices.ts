import type { AdministrativeUnits } from '../../seeds/catalogs';

/** A registering office (`maDonVi`): a district (3-digit GSO code) or a commune (5 digits). */
export interface Office {
  /** The code as the registry writes it. */
  code: string;
  name: string;
  provinceCode: string;
  districtCode: string;
  /** '' for a district office. */
  communeCode: string;
}

/**
 * Resolves `maDonVi` against the administrative-unit catalogue. v1 sends it as a Long, so the
 * leading zeros of `00006` arrive as `6`; a number is padded back to a district or commune code.
 */
export class OfficeDirectory {
  private readonly offices = new Map<string, Office>();
  readonly provinceCodes: ReadonlySet<string>;

  constructor(units: AdministrativeUnits) {
    const districts = new Map(units.districts.map((d) => [d.code, d]));
    for (const d of units.districts) {
      this.offices.set(d.code, { code: d.code, name: d.name, provinceCode: d.provinceCode, districtCode: d.code, communeCode: '' });
    }
    for (const c of units.communes) {
      const district = districts.get(c.districtCode);
      if (!district) continue;
      this.offices.set(c.code, {
        code: c.code,
        name: c.name,
        provinceCode: district.provinceCode,
        districtCode: c.districtCode,
        communeCode: c.code,
      });
    }
    this.provinceCodes = new Set(units.provinces.map((p) => p.code));
  }

  resolve(maDonVi: unknown): Office | undefined {
    if (typeof maDonVi !== 'string' && typeof maDonVi !== 'number') return undefined;
    const text = String(maDonVi).trim();
    if (!/^\d{1,5}$/.test(text)) return undefined;
    return (
      this.offices.get(text) ?? (text.length <= 3 ? this.offices.get(text.padStart(3, '0')) : undefined) ?? this.offices.get(text.padStart(5, '0'))
    );
  }

  /**
   * Every office a sent code may name: v1's Long loses the zeros, so `6` (or `006` after the
   * native door padded it) may be district 006 or commune 00006. Lookups of a dossier try each, so a
   * dossier pushed as `00006` is found again by the Long `6` (DOMAIN.md §4.1).
   */
  candidates(maDonVi: unknown): string[] {
    if (typeof maDonVi !== 'string' && typeof maDonVi !== 'number') return [];
    const text = String(maDonVi).trim();
    if (!/^\d{1,5}$/.test(text)) return [];
    const bare = text.replace(/^0+(?=\d)/, '');
    return [...new Set([text, bare.padStart(3, '0'), bare.padStart(5, '0')])].filter((code) => this.offices.has(code));
  }

  /** A province code (`1`, `01`) in its two-digit form, or undefined when it is not one. */
  province(maTinh: unknown): string | undefined {
    if (typeof maTinh !== 'string' && typeof maTinh !== 'number') return undefined;
    const text = String(maTinh).trim();
    if (!/^\d{1,2}$/.test(text)) return undefined;
    const code = text.padStart(2, '0');
    return this.provinceCodes.has(code) ? code : undefined;
  }
}
