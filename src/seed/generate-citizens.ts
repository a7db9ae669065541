/**
 * Generates citizens household by household, so that the links the civil registry needs come out
 * right by construction: couples married to each other, children linked to both parents and
 * born while both lived, a widowed spouse next to a deceased one, divorced parents who still share
 * their children. Every date is drawn as an offset from `today`, and almost no draw depends on
 * `today`, so the same seed on a later day yields mostly the same people, a few days older.
 */
import { makeCccd } from '../core/ids/cccd';
import type { SeededRandom } from '../core/random/seeded-random';
import { addDays, addYears, daysBetween, maxDay, minDay, randomDayBetween } from '../core/dates/iso-days';
import { makeResidence, pickPlace, type UnitsIndex } from './units-index';
import type { Citizen, Gender, IsoDate, Residence } from './types';
import { makeFullName, pickFamilyName } from './vietnamese-names';

export interface GenerateCitizensOptions {
  rng: SeededRandom;
  units: UnitsIndex;
  today: IsoDate;
  count: number;
  /** CCCD and BHXH numbers that generated citizens must not take (the test persons'). */
  reservedIds: Iterable<string>;
}

/** GSO ethnicity codes: Kinh, Tày, Thái, Hoa, Khơ-me, Mường, Nùng, Hmông, Dao. */
const ETHNICITIES: ReadonlyArray<readonly [string, number]> = [
  ['01', 85],
  ['02', 2],
  ['03', 2],
  ['04', 1],
  ['05', 1.5],
  ['06', 1.5],
  ['07', 1.2],
  ['08', 1.2],
  ['09', 0.9],
];
const MOBILE_PREFIXES = ['3', '5', '7', '8', '9'];

type HouseholdKind = 'family' | 'single' | 'elderly' | 'divorced';

export function generateCitizens(options: GenerateCitizensOptions): Citizen[] {
  return new CitizenFactory(options).run();
}

class CitizenFactory {
  private readonly rng: SeededRandom;
  private readonly used: Set<string>;
  private readonly citizens: Citizen[] = [];

  constructor(private readonly options: GenerateCitizensOptions) {
    this.rng = options.rng;
    this.used = new Set(options.reservedIds);
  }

  run(): Citizen[] {
    const { units, count } = this.options;
    for (let household = 0; this.citizens.length < count; household++) {
      // The first households visit every province once, so small datasets still span them all.
      const province = household < units.provinces.length ? units.provinces[household] : this.rng.pick(units.provinces);
      const remaining = count - this.citizens.length;
      const kind: HouseholdKind =
        remaining < 6
          ? 'single'
          : this.rng.weighted([
              ['family', 62],
              ['single', 18],
              ['elderly', 12],
              ['divorced', 8],
            ]);
      const home = makeResidence(this.rng, pickPlace(this.rng, units, province.code));
      if (kind === 'single') this.single(home);
      else if (kind === 'elderly') this.elderly(home);
      else this.family(home, kind === 'divorced');
    }
    return this.citizens;
  }

  private single(home: Residence): void {
    const older = this.rng.chance(0.1);
    this.citizens.push(this.person(this.gender(), older ? this.bornAged(46, 70) : this.bornAged(18, 45), home));
  }

  /** An old person whose spouse died before the records began; a third of them have died too. */
  private elderly(home: Residence): void {
    const person = this.person(this.gender(), this.bornAged(65, 95), home);
    person.maritalStatus = 'widowed';
    if (this.rng.chance(0.3)) person.deceasedOn = this.dayBetween(addYears(person.birthDate, 60), this.options.today);
    this.citizens.push(person);
  }

  private family(home: Residence, divorced: boolean): void {
    const { today } = this.options;
    const father = this.person('male', this.bornAged(23, 80), home);
    // At most two years older than the father, so he too is an adult at the first birth (mother 20+).
    const motherBirth = this.dayBetween(addYears(father.birthDate, -2), minDay(addYears(father.birthDate, 8), addYears(today, -20)));
    const ethnicity = father.ethnicityCode;
    const mother = this.person('female', motherBirth, home, ethnicity);
    const children = this.children(father, mother, home);

    if (divorced) {
      father.maritalStatus = 'divorced';
      mother.maritalStatus = 'divorced';
      // The children stay with their mother; the father lives elsewhere in the province.
      father.residence = makeResidence(this.rng, pickPlace(this.rng, this.options.units, home.provinceCode));
    } else {
      father.maritalStatus = 'married';
      mother.maritalStatus = 'married';
      father.spouseId = mother.id;
      mother.spouseId = father.id;
      this.maybeWidow(father, mother, children);
    }
    for (const child of children) {
      if (child.birthDate > addYears(today, -15)) child.phone = (mother.deceasedOn ? father : mother).phone;
    }
    this.citizens.push(father, mother, ...children);
  }

  /** Children born while the mother was 20–42, one to five years apart, never after today. */
  private children(father: Citizen, mother: Citizen, home: Residence): Citizen[] {
    const { today } = this.options;
    const wanted = this.rng.weighted([
      [0, 10],
      [1, 25],
      [2, 40],
      [3, 18],
      [4, 7],
    ]);
    const children: Citizen[] = [];
    let motherAge = this.rng.int(20, 30);
    for (let i = 0; i < wanted && motherAge <= 42; i++) {
      const from = addYears(mother.birthDate, motherAge);
      const birth = this.dayBetween(from, addDays(addYears(from, 1), -1));
      if (birth > today) break;
      const child = this.person(this.gender(), birth, home, father.ethnicityCode, father.fullName.split(' ')[0]);
      child.fatherId = father.id;
      child.motherId = mother.id;
      father.childrenIds.push(child.id);
      mother.childrenIds.push(child.id);
      children.push(child);
      motherAge += this.rng.int(1, 5);
    }
    return children;
  }

  /** Older couples sometimes lost one spouse: the survivor is widowed and keeps the link. */
  private maybeWidow(father: Citizen, mother: Citizen, children: Citizen[]): void {
    const { today } = this.options;
    const roll = this.rng.next();
    const fatherAge = daysBetween(father.birthDate, today) / 365.25;
    const deceased = fatherAge >= 55 && roll < 0.3 ? (roll < 0.21 ? father : mother) : undefined;
    if (!deceased) return;
    const survivor = deceased === father ? mother : father;
    const lastBirth = children.length > 0 ? children[children.length - 1].birthDate : deceased.birthDate;
    const earliest = minDay(maxDay(addDays(lastBirth, 1), addYears(deceased.birthDate, 45)), today);
    deceased.deceasedOn = this.dayBetween(earliest, today);
    survivor.maritalStatus = 'widowed';
  }

  private person(gender: Gender, birthDate: IsoDate, home: Residence, ethnicity?: string, familyName?: string): Citizen {
    const { units } = this.options;
    const birthYear = Number(birthDate.slice(0, 4));
    const birthProvinceCode =
      this.rng.chance(0.85) && units.birthProvinceCodes.includes(home.provinceCode) ? home.provinceCode : this.rng.pick(units.birthProvinceCodes);
    return {
      id: this.unique(() => makeCccd({ provinceCode: birthProvinceCode, gender, birthYear, serial: this.rng.int(0, 989_999) })),
      fullName: makeFullName(this.rng, gender, birthYear, familyName ?? pickFamilyName(this.rng)),
      gender,
      birthDate,
      birthProvinceCode,
      ethnicityCode: ethnicity ?? this.rng.weighted(ETHNICITIES),
      nationality: 'VN',
      residence: { ...home },
      phone: `0${this.rng.pick(MOBILE_PREFIXES)}${this.rng.digits(8)}`,
      maritalStatus: 'single',
      childrenIds: [],
      // Like the card example TE1444422001234, the number opens with the province's two digits.
      bhxhNumber: this.unique(() => (/^\d{2}$/.test(home.provinceCode) ? home.provinceCode : '00') + this.rng.digits(8)),
    };
  }

  private gender(): Gender {
    return this.rng.chance(0.5) ? 'male' : 'female';
  }

  /** A birth date giving an age from `minAge` to `maxAge` (inclusive) today. */
  private bornAged(minAge: number, maxAge: number): IsoDate {
    const { today } = this.options;
    return this.dayBetween(addDays(addYears(today, -(maxAge + 1)), 1), addYears(today, -minAge));
  }

  private dayBetween(from: IsoDate, to: IsoDate): IsoDate {
    return randomDayBetween(this.rng, from, to);
  }

  private unique(make: () => string): string {
    for (;;) {
      const value = make();
      if (!this.used.has(value)) {
        this.used.add(value);
        return value;
      }
    }
  }
}
