import { parseCccd } from '../core/ids/cccd';
import { UNITS_FIXTURE } from './fixtures/units.fixture';
import { generateDataset } from './generate-dataset';
import { addYears, ageOn } from '../core/dates/iso-days';
import type { Citizen } from './types';

const TODAY = '2026-01-15';
const dataset = generateDataset({ seed: 7, units: UNITS_FIXTURE, today: TODAY });
const byId = new Map(dataset.citizens.map((c) => [c.id, c]));
const get = (id: string | undefined): Citizen => {
  const found = id === undefined ? undefined : byId.get(id);
  if (!found) throw new Error(`no citizen ${id}`);
  return found;
};

describe('generated citizens — identity', () => {
  it('has at least 1,000 citizens with unique IDs and BHXH numbers', () => {
    expect(dataset.citizens.length).toBeGreaterThanOrEqual(1000);
    expect(byId.size).toBe(dataset.citizens.length);
    expect(new Set(dataset.citizens.map((c) => c.bhxhNumber)).size).toBe(dataset.citizens.length);
  });

  it('gives every citizen a CCCD number that agrees with birth province, gender and birth year', () => {
    const mismatches = dataset.citizens.filter((c) => {
      const parsed = parseCccd(c.id);
      return (
        !parsed.ok ||
        parsed.provinceCode !== c.birthProvinceCode ||
        parsed.gender !== c.gender ||
        parsed.birthYear !== Number(c.birthDate.slice(0, 4))
      );
    });
    expect(mismatches).toEqual([]);
  });

  it('spreads residents over at least six provinces, into communes of the catalogue', () => {
    const provinces = new Set(dataset.citizens.map((c) => c.residence.provinceCode));
    expect(provinces.size).toBeGreaterThanOrEqual(6);
    const communes = new Map(UNITS_FIXTURE.communes.map((c) => [c.code, c.districtCode]));
    const districts = new Map(UNITS_FIXTURE.districts.map((d) => [d.code, d.provinceCode]));
    const misplaced = dataset.citizens.filter(
      ({ residence }) =>
        communes.get(residence.communeCode) !== residence.districtCode ||
        districts.get(residence.districtCode) !== residence.provinceCode ||
        residence.detail.length === 0,
    );
    expect(misplaced).toEqual([]);
  });

  it('writes realistic Vietnamese names, phones, BHXH numbers and ethnicities', () => {
    const odd = dataset.citizens.filter(
      (c) =>
        c.fullName.split(' ').length < 3 ||
        !/^0\d{9}$/.test(c.phone) ||
        !/^\d{10}$/.test(c.bhxhNumber) ||
        !/^\d{2}$/.test(c.ethnicityCode) ||
        c.nationality !== 'VN' ||
        c.birthDate > TODAY,
    );
    expect(odd).toEqual([]);
    expect(dataset.citizens.some((c) => /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i.test(c.fullName))).toBe(true);
    const kinh = dataset.citizens.filter((c) => c.ethnicityCode === '01').length;
    expect(kinh / dataset.citizens.length).toBeGreaterThan(0.7);
  });
});

describe('generated citizens — families', () => {
  it('links spouses both ways, between a man and a woman', () => {
    const withSpouse = dataset.citizens.filter((c) => c.spouseId);
    expect(withSpouse.length).toBeGreaterThan(200);
    for (const c of withSpouse) {
      const spouse = get(c.spouseId);
      expect(spouse.spouseId).toBe(c.id);
      expect(spouse.gender).not.toBe(c.gender);
    }
  });

  it('keeps marital statuses consistent with the spouse', () => {
    for (const c of dataset.citizens) {
      if (c.maritalStatus === 'married' && !c.deceasedOn) {
        const spouse = get(c.spouseId);
        expect(spouse.deceasedOn).toBeUndefined();
        expect(spouse.maritalStatus).toBe('married');
      }
      if (c.maritalStatus === 'single' || c.maritalStatus === 'divorced') expect(c.spouseId).toBeUndefined();
    }
  });

  it('links children to both parents and parents back to each child', () => {
    const children = dataset.citizens.filter((c) => c.fatherId || c.motherId);
    expect(children.length).toBeGreaterThan(200);
    for (const child of children) {
      const father = get(child.fatherId);
      const mother = get(child.motherId);
      expect(father.gender).toBe('male');
      expect(mother.gender).toBe('female');
      expect(father.childrenIds).toContain(child.id);
      expect(mother.childrenIds).toContain(child.id);
      expect(ageOn(mother.birthDate, child.birthDate)).toBeGreaterThanOrEqual(18);
      expect(ageOn(father.birthDate, child.birthDate)).toBeGreaterThanOrEqual(18);
      for (const parent of [father, mother]) {
        if (parent.deceasedOn) expect(child.birthDate < parent.deceasedOn).toBe(true);
      }
    }
    for (const parent of dataset.citizens) {
      for (const childId of parent.childrenIds) expect([get(childId).fatherId, get(childId).motherId]).toContain(parent.id);
    }
  });

  it('includes children under six, for the birth + BHYT flow', () => {
    const underSix = dataset.citizens.filter((c) => c.birthDate > addYears(TODAY, -6) && c.fatherId && c.motherId);
    expect(underSix.length).toBeGreaterThanOrEqual(10);
  });

  it('includes deceased citizens, and a widowed spouse linked to a deceased one', () => {
    const deceased = dataset.citizens.filter((c) => c.deceasedOn);
    expect(deceased.length).toBeGreaterThanOrEqual(10);
    for (const c of deceased) expect(c.deceasedOn! > c.birthDate && c.deceasedOn! <= TODAY).toBe(true);
    const widowed = dataset.citizens.filter((c) => c.maritalStatus === 'widowed' && c.spouseId);
    expect(widowed.length).toBeGreaterThan(0);
    for (const c of widowed) {
      expect(c.deceasedOn).toBeUndefined();
      expect(get(c.spouseId).deceasedOn).toBeDefined();
    }
  });

  it('includes divorced couples and single adults', () => {
    expect(dataset.citizens.filter((c) => c.maritalStatus === 'divorced').length).toBeGreaterThan(0);
    const singleAdults = dataset.citizens.filter((c) => c.maritalStatus === 'single' && !c.deceasedOn && ageOn(c.birthDate, TODAY) >= 20);
    expect(singleAdults.length).toBeGreaterThan(50);
  });
});
