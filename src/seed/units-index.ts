/**
 * The administrative-unit catalogue rearranged for drawing places: provinces that have at least
 * one district with at least one commune, sorted by code so a catalogue listed in another order
 * still yields the same dataset.
 */
import { isGsoProvinceCode } from '../core/ids/gso-province-codes';
import type { SeededRandom } from '../core/random/seeded-random';
import type { AdministrativeUnits, Residence } from './types';

export interface Unit {
  code: string;
  name: string;
}

export interface IndexedDistrict extends Unit {
  communes: Unit[];
}

export interface IndexedProvince extends Unit {
  districts: IndexedDistrict[];
}

export interface UnitsIndex {
  /** Provinces where someone can live: each has a district with a commune. */
  provinces: IndexedProvince[];
  /** Every catalogue province code that is a GSO code, so it can prefix a CCCD number; sorted. */
  birthProvinceCodes: string[];
  province(code: string): IndexedProvince | undefined;
  district(code: string): Unit | undefined;
  commune(code: string): Unit | undefined;
}

export interface Place {
  province: IndexedProvince;
  district: IndexedDistrict;
  commune: Unit;
}

const byCode = (a: Unit, b: Unit): number => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);

export function indexUnits(units: AdministrativeUnits): UnitsIndex {
  const communesByDistrict = new Map<string, Unit[]>();
  for (const { code, name, districtCode } of units.communes) {
    const list = communesByDistrict.get(districtCode) ?? [];
    list.push({ code, name });
    communesByDistrict.set(districtCode, list);
  }
  const districtsByProvince = new Map<string, IndexedDistrict[]>();
  for (const { code, name, provinceCode } of units.districts) {
    const communes = (communesByDistrict.get(code) ?? []).sort(byCode);
    if (communes.length === 0) continue;
    const list = districtsByProvince.get(provinceCode) ?? [];
    list.push({ code, name, communes });
    districtsByProvince.set(provinceCode, list);
  }
  const provinces = units.provinces
    .map(({ code, name }) => ({ code, name, districts: (districtsByProvince.get(code) ?? []).sort(byCode) }))
    .filter((province) => province.districts.length > 0)
    .sort(byCode);
  if (provinces.length === 0) throw new RangeError('the administrative units hold no province with a district and a commune');
  // People are born all over the country, also in provinces the catalogue lists no districts for.
  const birthProvinceCodes = units.provinces
    .map((p) => p.code)
    .filter(isGsoProvinceCode)
    .sort();
  if (birthProvinceCodes.length === 0) throw new RangeError('the administrative units hold no GSO province code');
  const provinceMap = new Map(provinces.map((p) => [p.code, p]));
  const districtMap = new Map(units.districts.map((d) => [d.code, { code: d.code, name: d.name }]));
  const communeMap = new Map(units.communes.map((c) => [c.code, { code: c.code, name: c.name }]));
  return {
    provinces,
    birthProvinceCodes,
    province: (code) => provinceMap.get(code),
    district: (code) => districtMap.get(code),
    commune: (code) => communeMap.get(code),
  };
}

/** A random commune, in `provinceCode` when given. */
export function pickPlace(rng: SeededRandom, index: UnitsIndex, provinceCode?: string): Place {
  const province = (provinceCode && index.province(provinceCode)) || rng.pick(index.provinces);
  const district = rng.pick(province.districts);
  return { province, district, commune: rng.pick(district.communes) };
}

const STREETS = [
  'Lê Lợi',
  'Trần Hưng Đạo',
  'Nguyễn Huệ',
  'Hai Bà Trưng',
  'Lý Thường Kiệt',
  'Quang Trung',
  'Hùng Vương',
  'Phan Chu Trinh',
  'Nguyễn Trãi',
  'Lê Duẩn',
  'Trần Phú',
  'Điện Biên Phủ',
  'Võ Thị Sáu',
  'Nguyễn Du',
  'Bà Triệu',
  'Lê Thánh Tông',
  'Hoàng Diệu',
  'Phan Đình Phùng',
  'Nguyễn Văn Cừ',
  'Tôn Đức Thắng',
];

/**
 * The part of an address below the commune: a house on a street in a ward or town, a hamlet in a
 * rural commune (`Ấp` in the south, `Thôn` elsewhere).
 */
export function pickAddressDetail(rng: SeededRandom, place: Place): string {
  const urban = /^(Phường|Thị trấn)/.test(place.commune.name);
  if (urban || rng.chance(0.2)) {
    const lane = rng.chance(0.3) ? `, ngõ ${rng.int(1, 200)}` : '';
    return `Số ${rng.int(1, 320)}${lane}, đường ${rng.pick(STREETS)}`;
  }
  const hamlet = Number(place.province.code) >= 70 ? 'Ấp' : 'Thôn';
  return `${hamlet} ${rng.int(1, 12)}`;
}

/** Residence of a place plus a drawn address detail. */
export function makeResidence(rng: SeededRandom, place: Place): Residence {
  return {
    provinceCode: place.province.code,
    districtCode: place.district.code,
    communeCode: place.commune.code,
    detail: pickAddressDetail(rng, place),
  };
}

/** One line, detail to province, with the names the catalogue gives. */
export function formatAddress(index: UnitsIndex, residence: Residence): string {
  const names = [
    index.commune(residence.communeCode)?.name,
    index.district(residence.districtCode)?.name,
    index.province(residence.provinceCode)?.name,
  ].filter((name): name is string => Boolean(name));
  return [residence.detail, ...names].join(', ');
}
