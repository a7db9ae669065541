import { UNITS_FIXTURE } from './fixtures/units.fixture';
import { DEFAULT_CITIZENS, DEFAULT_ENTERPRISES, generateDataset } from './generate-dataset';
import { TEST_CITIZENS, TEST_ENTERPRISES, TEST_PERSONS } from './test-persons';
import type { AdministrativeUnits } from './types';

const TODAY = '2026-01-15';

describe('generateDataset — determinism', () => {
  const first = generateDataset({ seed: 42, units: UNITS_FIXTURE, today: TODAY });

  it('gives byte-identical output for the same seed', () => {
    const again = generateDataset({ seed: 42, units: UNITS_FIXTURE, today: TODAY });
    expect(again).toEqual(first);
    expect(JSON.stringify(again)).toBe(JSON.stringify(first));
  });

  it('gives different people, records and enterprises for another seed', () => {
    const other = generateDataset({ seed: 43, units: UNITS_FIXTURE, today: TODAY });
    expect(other.seed).toBe(43);
    expect(other.citizens[0].id).not.toBe(first.citizens[0].id);
    expect(other.citizens.map((c) => c.fullName)).not.toEqual(first.citizens.map((c) => c.fullName));
    expect(other.judicialRecords.map((r) => r.citizenId)).not.toEqual(first.judicialRecords.map((r) => r.citizenId));
    expect(other.enterprises[0].code).not.toBe(first.enterprises[0].code);
  });

  it('keeps citizens unchanged when only the number of enterprises changes (independent streams)', () => {
    const fewer = generateDataset({ seed: 42, units: UNITS_FIXTURE, today: TODAY, enterprises: 50 });
    expect(fewer.citizens).toEqual(first.citizens);
    expect(fewer.judicialRecords).toEqual(first.judicialRecords);
  });

  it('does not depend on the order the catalogue lists its units in', () => {
    const reversed: AdministrativeUnits = {
      provinces: [...UNITS_FIXTURE.provinces].reverse(),
      districts: [...UNITS_FIXTURE.districts].reverse(),
      communes: [...UNITS_FIXTURE.communes].reverse(),
    };
    expect(generateDataset({ seed: 42, units: reversed, today: TODAY })).toEqual(first);
  });

  it('keeps the same people on a later day, only older', () => {
    const later = generateDataset({ seed: 42, units: UNITS_FIXTURE, today: '2026-01-16' });
    const sameNames = later.citizens.filter((c, i) => c.fullName === first.citizens[i].fullName).length;
    expect(sameNames / first.citizens.length).toBeGreaterThan(0.95);
  });
});

describe('generateDataset — sizes', () => {
  it('generates the default numbers of citizens and enterprises plus the fixtures', () => {
    const dataset = generateDataset({ seed: 1, units: UNITS_FIXTURE, today: TODAY });
    expect(DEFAULT_CITIZENS).toBe(1200);
    expect(DEFAULT_ENTERPRISES).toBe(600);
    expect(dataset.citizens).toHaveLength(DEFAULT_CITIZENS + TEST_CITIZENS.length);
    expect(dataset.enterprises).toHaveLength(DEFAULT_ENTERPRISES + TEST_ENTERPRISES.length);
    expect(dataset.enterpriseDossiers.length).toBeGreaterThanOrEqual(50);
    expect(dataset.testPersons).toEqual(TEST_PERSONS);
  });

  it('honours other sizes exactly, down to zero', () => {
    const small = generateDataset({ seed: 1, units: UNITS_FIXTURE, today: TODAY, citizens: 37, enterprises: 5 });
    expect(small.citizens).toHaveLength(37 + TEST_CITIZENS.length);
    expect(small.enterprises).toHaveLength(5 + TEST_ENTERPRISES.length);
    const empty = generateDataset({ seed: 1, units: UNITS_FIXTURE, today: TODAY, citizens: 0, enterprises: 0 });
    expect(empty.citizens).toEqual(TEST_CITIZENS);
    expect(empty.enterpriseDossiers).toEqual([]);
  });

  it('refuses options it cannot honour', () => {
    expect(() => generateDataset({ seed: 1, units: UNITS_FIXTURE, today: '15/01/2026' })).toThrow(RangeError);
    expect(() => generateDataset({ seed: 1, units: UNITS_FIXTURE, citizens: -1 })).toThrow(RangeError);
    expect(() => generateDataset({ seed: 1, units: { provinces: [], districts: [], communes: [] } })).toThrow(/province/);
  });

  it('hands out copies of the fixtures, so mutating one dataset leaves the next alone', () => {
    const dataset = generateDataset({ seed: 1, units: UNITS_FIXTURE, today: TODAY, citizens: 0, enterprises: 0 });
    dataset.citizens[0].fullName = 'changed';
    dataset.testPersons.convicted.name = 'changed';
    const next = generateDataset({ seed: 1, units: UNITS_FIXTURE, today: TODAY, citizens: 0, enterprises: 0 });
    expect(next.citizens[0].fullName).toBe(TEST_CITIZENS[0].fullName);
    expect(next.testPersons.convicted.name).toBe('Trần Văn Bình');
  });
});
