/**
 * The dmdc catalogues that no other backend uses (postal codes, education levels, salary scales,
 * document kinds, …): columns and rows from dmdc-tables.json, checked on load. A few are derived by a
 * rule the file states (postal codes per district and commune, salary coefficients per step), so the
 * seed stays small. Each entry says where it comes from and whether its rows are `generated`.
 */
import tablesJson from './dmdc-tables.json';
import { CatalogFormatError } from './load-catalogs';
import type { AdministrativeUnits } from './types';

export type DmdcPropertyType = 'String' | 'DateTime';

/** One entry of `GET /dmdc/Metadata/{code}`. */
export interface DmdcColumn {
  readonly PropertyCode: string;
  readonly PropertyName: string;
  readonly PropertyType: DmdcPropertyType;
}

/**
 * A dmdc catalogue: its metadata, its rows keyed by `PropertyCode` (all values strings, DateTime as
 * `dd/MM/yyyy`), and its key column (the first `Ma…` column, DOMAIN.md §3).
 */
export interface DmdcCatalog {
  readonly columns: DmdcColumn[];
  readonly rows: Record<string, string>[];
  readonly key: string;
}

interface TableEntry {
  readonly source: string;
  readonly generated: boolean;
  readonly columns: readonly (readonly string[])[];
  readonly rows?: readonly (readonly string[])[];
  readonly derived?: string;
  readonly scales?: readonly (readonly [string, number, number, number])[];
}

const TABLES = tablesJson as unknown as Readonly<Record<string, TableEntry>>;

/** The codes dmdc-tables.json serves. */
export const DMDC_TABLE_CODES: readonly string[] = Object.keys(TABLES);

/** Where a table catalogue comes from, and whether its rows are generated (for docs and tests). */
export function dmdcTableSource(code: string): { source: string; generated: boolean } | undefined {
  const entry = TABLES[code];
  return entry ? { source: entry.source, generated: entry.generated } : undefined;
}

function columnsOf(code: string, entry: TableEntry): DmdcColumn[] {
  return entry.columns.map((c, i) => {
    const [PropertyCode, PropertyName, type = 'String'] = c;
    if (!PropertyCode || !PropertyName || (type !== 'String' && type !== 'DateTime')) {
      throw new CatalogFormatError(`dmdc-tables.${code}.columns[${i}]: expected [code, name, "String" | "DateTime"?]`);
    }
    return { PropertyCode, PropertyName, PropertyType: type };
  });
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** Rows of the catalogues the file describes by a rule rather than lists. */
function derivedRows(code: string, entry: TableEntry, units: AdministrativeUnits): string[][] {
  const provincePostal = new Map((TABLES.mabuuchinhcap1?.rows ?? []).map(([postal, province]) => [province, postal]));
  const districtPostal = new Map<string, string>();
  const seen = new Map<string, number>();
  for (const d of units.districts) {
    const place = (seen.get(d.provinceCode) ?? 0) + 1;
    seen.set(d.provinceCode, place);
    const prefix = provincePostal.get(d.provinceCode);
    if (prefix) districtPostal.set(d.code, `${prefix.slice(0, 2)}${pad2(place)}0`);
  }
  switch (code) {
    case 'mabuuchinhvungkhuvuc': {
      const zones = new Map<string, string[]>();
      for (const [postal, province] of TABLES.mabuuchinhcap1?.rows ?? []) zones.set(postal[0], [...(zones.get(postal[0]) ?? []), province]);
      return [...zones.keys()].sort().map((z) => [z, `Vùng bưu chính ${z}`, (zones.get(z) ?? []).join(',')]);
    }
    case 'mabuuchinhcap2':
      return units.districts.flatMap((d) => {
        const postal = districtPostal.get(d.code);
        return postal ? [[postal, d.code, provincePostal.get(d.provinceCode) ?? '']] : [];
      });
    case 'mabuuchinhcap3': {
      const places = new Map<string, number>();
      return units.communes.flatMap((x) => {
        const district = districtPostal.get(x.districtCode);
        const place = (places.get(x.districtCode) ?? 0) + 1;
        places.set(x.districtCode, place);
        return district && place <= 9 ? [[`${district.slice(0, 4)}${place}`, x.code, district]] : [];
      });
    }
    case 'mahesoluong':
      return (entry.scales ?? []).flatMap(([group, first, rise, steps]) =>
        Array.from({ length: steps }, (_, i) => [`${group}-${pad2(i + 1)}`, group, pad2(i + 1), (first + rise * i).toFixed(2)]),
      );
    default:
      throw new CatalogFormatError(`dmdc-tables.${code}: no rows and no rule to derive them`);
  }
}

/** The catalogue for a code of dmdc-tables.json, freshly built; `undefined` for another code. */
export function dmdcTable(code: string, units: AdministrativeUnits): DmdcCatalog | undefined {
  const entry = TABLES[code];
  if (!entry) return undefined;
  const columns = columnsOf(code, entry);
  const source = entry.rows ?? derivedRows(code, entry, units);
  const rows = source.map((values, i) => {
    if (values.length !== columns.length) throw new CatalogFormatError(`dmdc-tables.${code}.rows[${i}]: expected ${columns.length} values`);
    return Object.fromEntries(columns.map((c, j) => [c.PropertyCode, String(values[j])]));
  });
  return { columns, rows, key: columns[0]?.PropertyCode ?? '' };
}
