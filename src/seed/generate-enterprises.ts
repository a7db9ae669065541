/**
 * Generates enterprises with valid enterprise codes across the catalogue's provinces and the five
 * enterprise types. Legal representatives are living citizens of the dataset who were adults when
 * the enterprise was founded and carry no ban on managing a company, so a one-stop that checks a
 * representative against the civil or judicial registry finds a consistent person.
 */
import { makeMst, makeMstBranch } from '../core/ids/mst';
import type { SeededRandom } from '../core/random/seeded-random';
import { ALL_LINES, BRAND_FIRST, BRAND_SECOND, ENTERPRISE_TYPES, FOREIGN_MEMBERS, SECTORS, type EnterpriseType } from './enterprise-vocabulary';
import { addDays, addYears, maxDay, randomDayBetween } from '../core/dates/iso-days';
import { pickAddressDetail, pickPlace, type IndexedProvince, type UnitsIndex } from './units-index';
import type { BusinessLine, Citizen, Enterprise, EnterpriseStatus, IsoDate, Member } from './types';
import { stripDiacritics } from './vietnamese-names';

export interface GenerateEnterprisesOptions {
  rng: SeededRandom;
  units: UnitsIndex;
  today: IsoDate;
  count: number;
  citizens: readonly Citizen[];
  /** Citizens who may not represent an enterprise (an active position ban). */
  barredIds: ReadonlySet<string>;
  /** Enterprise codes and names generated ones must not take (the test enterprises'). */
  reservedCodes: Iterable<string>;
  reservedNames: Iterable<string>;
}

/** Enterprises are founded at least this many days ago; newer ones come from registration dossiers. */
export const RECENT_WINDOW_DAYS = 10;

export function generateEnterprises(options: GenerateEnterprisesOptions): Enterprise[] {
  const { rng, units, today, count } = options;
  const usedCodes = new Set(options.reservedCodes);
  const usedNames = new Set(options.reservedNames);
  const lastFoundingDay = addDays(today, -(RECENT_WINDOW_DAYS + 1));
  // Adult by the last founding day, so even an enterprise founded through a recent dossier had one.
  const adults = options.citizens.filter((c) => !c.deceasedOn && c.birthDate <= addYears(lastFoundingDay, -18) && !options.barredIds.has(c.id));
  if (count > 0 && adults.length === 0) throw new RangeError('no living adult citizen can be a legal representative');
  const adultsByProvince = new Map<string, Citizen[]>();
  for (const adult of adults) {
    const list = adultsByProvince.get(adult.residence.provinceCode) ?? [];
    list.push(adult);
    adultsByProvince.set(adult.residence.provinceCode, list);
  }
  const typeWeights = ENTERPRISE_TYPES.map((type) => [type, type.weight] as const);

  const enterprises: Enterprise[] = [];
  for (let i = 0; i < count; i++) {
    const province: IndexedProvince = i < units.provinces.length ? units.provinces[i] : rng.pick(units.provinces);
    const type = rng.weighted(typeWeights);
    const local = adultsByProvince.get(province.code) ?? adults;
    const pool = local.length >= 8 ? local : adults;
    const representatives = distinct(rng, pool, type.members[1] >= 2 && rng.chance(0.1) ? 2 : 1);
    const adultSince = representatives.map((c) => addYears(c.birthDate, 18)).reduce(maxDay);
    const earliest = maxDay(adultSince, addYears(today, -30));
    const foundingDate = randomDayBetween(rng, earliest, lastFoundingDay);
    const changes = rng.weighted([
      [0, 30],
      [1, 25],
      [2, 18],
      [3, 12],
      [4, 8],
      [6, 5],
      [8, 2],
    ]);
    const amendFrom = addDays(foundingDate, 30);
    const amended = changes > 0 && amendFrom <= lastFoundingDay;
    const lastAmendDate = amended ? randomDayBetween(rng, amendFrom, lastFoundingDay) : foundingDate;
    const code = uniqueCode(rng, province.code, usedCodes);
    const { name, shortName, foreignName, businessLines } = naming(rng, type, usedNames);
    const capital = drawCapital(rng, type);
    const place = pickPlace(rng, units, province.code);
    const streetNumber = pickAddressDetail(rng, place);
    const branchCount = rng.chance(0.18) ? rng.int(1, 3) : 0;
    const status = rng.weighted<EnterpriseStatus>([
      ['active', 85],
      ['suspended', 8],
      ['dissolved', 7],
    ]);
    const statusChangedOn = status === 'active' ? undefined : randomDayBetween(rng, lastAmendDate, lastFoundingDay);
    enterprises.push({
      code,
      internalId: 9_000_001 + i,
      typeId: type.id,
      typeName: type.name,
      name,
      shortName,
      foreignName,
      foundingDate,
      lastAmendDate,
      numberOfChanges: amended ? changes : 0,
      status,
      ...(statusChangedOn ? { statusChangedOn } : {}),
      legalRepresentativeIds: representatives.map((c) => c.id),
      capital,
      headOffice: {
        provinceCode: place.province.code,
        provinceName: place.province.name,
        districtCode: place.district.code,
        districtName: place.district.name,
        wardCode: place.commune.code,
        wardName: place.commune.name,
        streetNumber,
        fullText: [streetNumber, place.commune.name, place.district.name, place.province.name].join(', '),
      },
      businessLines,
      members: drawMembers(rng, type, capital, representatives, pool),
      branchCodes: Array.from({ length: branchCount }, (_, k) => makeMstBranch(code, k + 1)),
    });
  }
  return enterprises;
}

/** MST province digits: the GSO province code (inferred; the tax office's own numbering may differ). */
function uniqueCode(rng: SeededRandom, provinceCode: string, used: Set<string>): string {
  const digits = /^\d{2}$/.test(provinceCode) ? provinceCode : '00';
  for (;;) {
    // Serials from 9,990,000 up are left to hand-made fixtures.
    const code = makeMst(digits, rng.int(1, 9_989_999));
    if (code !== undefined && !used.has(code)) {
      used.add(code);
      return code;
    }
  }
}

function naming(
  rng: SeededRandom,
  type: EnterpriseType,
  used: Set<string>,
): { name: string; shortName: string; foreignName: string; businessLines: BusinessLine[] } {
  const sector = rng.pick(SECTORS);
  const main = rng.pick(sector.lines);
  const others = rng.shuffle(ALL_LINES.filter((line) => line.code !== main.code)).slice(
    0,
    rng.weighted([
      [0, 35],
      [1, 35],
      [2, 20],
      [3, 10],
    ]),
  );
  const businessLines = [{ ...main, isMain: true }, ...others.map((line) => ({ ...line, isMain: false }))];
  let brand = `${rng.pick(BRAND_FIRST)} ${rng.pick(BRAND_SECOND)}`;
  let name = `${type.prefix} ${sector.word} ${brand}`;
  for (let suffix = 2; used.has(name); suffix++) {
    brand = `${rng.pick(BRAND_FIRST)} ${rng.pick(BRAND_SECOND)}${suffix > 6 ? ` ${suffix}` : ''}`;
    name = `${type.prefix} ${sector.word} ${brand}`;
  }
  used.add(name);
  const asciiBrand = stripDiacritics(brand);
  return {
    name,
    shortName: `${asciiBrand} ${type.shortSuffix}`,
    foreignName: `${asciiBrand} ${sector.foreignWord} ${type.foreignSuffix}`,
    businessLines,
  };
}

/** Charter capital in VND, in round steps, larger for joint-stock companies. */
function drawCapital(rng: SeededRandom, type: EnterpriseType): number {
  if (type.id === '4') return rng.int(10, 1000) * 100_000_000;
  if (type.id === '3') return rng.int(4, 200) * 50_000_000;
  if (type.id === '2') return rng.int(2, 100) * 50_000_000;
  return rng.int(2, 40) * 50_000_000;
}

/**
 * Members and their contributions: whole millions of VND that add up to the capital, and ratios in
 * hundredths of a percent that add up to exactly 100.
 */
function drawMembers(rng: SeededRandom, type: EnterpriseType, capital: number, representatives: Citizen[], pool: readonly Citizen[]): Member[] {
  const wanted = rng.int(type.members[0], type.members[1]);
  if (wanted === 0) return [];
  const others = distinct(
    rng,
    pool.filter((c) => !representatives.includes(c)),
    wanted,
  );
  const people = [...representatives, ...others].slice(0, wanted);
  const size = people.length;
  const holders = people.map((c) => ({ name: c.fullName, country: 'VN' }));
  if (size >= 2 && rng.chance(0.08)) holders[size - 1] = rng.pick(FOREIGN_MEMBERS);
  const weights = holders.map(() => rng.int(1, 10));
  const total = weights.reduce((a, b) => a + b, 0);
  const amounts = weights.map((w) => Math.floor((capital * w) / total / 1_000_000) * 1_000_000);
  amounts[size - 1] = capital - amounts.slice(0, -1).reduce((a, b) => a + b, 0);
  const hundredths = amounts.map((amount) => Math.round((amount * 10_000) / capital));
  hundredths[size - 1] = 10_000 - hundredths.slice(0, -1).reduce((a, b) => a + b, 0);
  return holders.map((holder, k) => ({ name: holder.name, amount: amounts[k], ratio: hundredths[k] / 100, country: holder.country }));
}

function distinct<T>(rng: SeededRandom, pool: readonly T[], n: number): T[] {
  const chosen: T[] = [];
  for (let attempts = 0; chosen.length < Math.min(n, pool.length) && attempts < n * 20; attempts++) {
    const candidate = rng.pick(pool);
    if (!chosen.includes(candidate)) chosen.push(candidate);
  }
  return chosen;
}
