import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCccd } from '../core/ids/cccd';
import { validateMst } from '../core/ids/mst';
import { UNITS_FIXTURE } from './fixtures/units.fixture';
import { generateDataset } from './generate-dataset';
import { isConvictionOnRecord } from '../core/rules/conviction';
import { ageOn } from '../core/dates/iso-days';
import { TEST_CITIZENS, TEST_ENTERPRISES, TEST_JUDICIAL_RECORDS, TEST_PERSONS } from './test-persons';
import type { SeedDataset, TestPersonRole } from './types';

const TODAY = '2026-01-15';
const seedA = generateDataset({ seed: 1, units: UNITS_FIXTURE, today: TODAY });
const seedB = generateDataset({ seed: 987654, units: UNITS_FIXTURE, today: '2027-06-30' });

const citizenOf = (dataset: SeedDataset, role: TestPersonRole) => dataset.citizens.find((c) => c.id === TEST_PERSONS[role].id);
const recordOf = (dataset: SeedDataset, role: TestPersonRole) => dataset.judicialRecords.find((r) => r.citizenId === TEST_PERSONS[role].id);

describe('test persons', () => {
  it('are keyed by their role, each with a one-line description', () => {
    for (const [role, person] of Object.entries(TEST_PERSONS)) {
      expect(person.role).toBe(role);
      expect(person.description.length).toBeGreaterThan(20);
      expect(person.description).not.toContain('\n');
    }
  });

  it('are present with the same records whatever the seed and the day', () => {
    for (const dataset of [seedA, seedB]) {
      for (const citizen of TEST_CITIZENS) expect(dataset.citizens.find((c) => c.id === citizen.id)).toEqual(citizen);
      for (const record of TEST_JUDICIAL_RECORDS) expect(dataset.judicialRecords.find((r) => r.citizenId === record.citizenId)).toEqual(record);
      for (const enterprise of TEST_ENTERPRISES) expect(dataset.enterprises.find((e) => e.code === enterprise.code)).toEqual(enterprise);
      expect(dataset.testPersons).toEqual(TEST_PERSONS);
    }
  });

  it('never collide with a generated identifier', () => {
    for (const dataset of [seedA, seedB]) {
      expect(new Set(dataset.citizens.map((c) => c.id)).size).toBe(dataset.citizens.length);
      expect(new Set(dataset.citizens.map((c) => c.bhxhNumber)).size).toBe(dataset.citizens.length);
      expect(new Set(dataset.enterprises.map((e) => e.code)).size).toBe(dataset.enterprises.length);
    }
  });

  it('carry IDs that agree with their own data', () => {
    for (const c of TEST_CITIZENS) {
      expect(parseCccd(c.id)).toMatchObject({
        ok: true,
        provinceCode: c.birthProvinceCode,
        gender: c.gender,
        birthYear: Number(c.birthDate.slice(0, 4)),
      });
    }
    for (const e of TEST_ENTERPRISES) expect(validateMst(e.code).ok).toBe(true);
  });

  it('provoke what their role says', () => {
    expect(recordOf(seedA, 'cleanRecord')).toBeUndefined();
    expect(recordOf(seedA, 'convicted')?.convictions.some(isConvictionOnRecord)).toBe(true);
    const expunged = recordOf(seedA, 'expunged');
    expect(expunged?.convictions.length).toBeGreaterThan(0);
    expect(expunged?.convictions.some(isConvictionOnRecord)).toBe(false);
    expect(citizenOf(seedA, 'deceased')?.deceasedOn).toBeDefined();

    const husband = citizenOf(seedA, 'married');
    const wife = citizenOf(seedA, 'marriedSpouse');
    expect(husband).toMatchObject({ maritalStatus: 'married', spouseId: wife?.id });
    expect(wife).toMatchObject({ maritalStatus: 'married', spouseId: husband?.id });

    for (const role of ['singleAdult', 'singleAdultPartner'] as const) {
      const person = citizenOf(seedA, role)!;
      expect(person.maritalStatus).toBe('single');
      expect(person.deceasedOn).toBeUndefined();
      expect(ageOn(person.birthDate, TODAY)).toBeGreaterThanOrEqual(20);
      expect(recordOf(seedA, role)).toBeUndefined();
    }
    expect(citizenOf(seedA, 'singleAdult')?.gender).not.toBe(citizenOf(seedA, 'singleAdultPartner')?.gender);

    const mother = citizenOf(seedA, 'birthMother');
    const father = citizenOf(seedA, 'birthFather');
    expect(mother).toMatchObject({ gender: 'female', maritalStatus: 'married', spouseId: father?.id });
    expect(father).toMatchObject({ gender: 'male', maritalStatus: 'married', spouseId: mother?.id });
  });

  it('include an unknown person whose valid ID is in no dataset', () => {
    const unknown = TEST_PERSONS.unknownPerson;
    expect(unknown.inDataset).toBe(false);
    expect(parseCccd(unknown.id).ok).toBe(true);
    for (const dataset of [seedA, seedB]) expect(dataset.citizens.some((c) => c.id === unknown.id)).toBe(false);
  });

  it('include an active enterprise with a branch and a dissolved one, run by living test adults', () => {
    const active = seedA.enterprises.find((e) => e.code === TEST_PERSONS.activeEnterprise.id)!;
    expect(active.status).toBe('active');
    expect(active.branchCodes).toContain(TEST_PERSONS.activeEnterprise.branchCode);
    expect(validateMst(TEST_PERSONS.activeEnterprise.branchCode!)).toMatchObject({ ok: true, base: active.code, branch: '001' });
    expect(seedA.enterprises.find((e) => e.code === TEST_PERSONS.dissolvedEnterprise.id)?.status).toBe('dissolved');
    for (const e of TEST_ENTERPRISES) {
      for (const id of e.legalRepresentativeIds) expect(seedA.citizens.find((c) => c.id === id)?.deceasedOn).toBeUndefined();
      expect(e.members.reduce((sum, m) => sum + m.amount, 0)).toBe(e.capital);
    }
  });
});

describe('seeds/README.md', () => {
  it('lists every test person with the role, ID, name and description of TEST_PERSONS', () => {
    const readme = readFileSync(join(__dirname, '..', '..', 'seeds', 'README.md'), 'utf8');
    for (const person of Object.values(TEST_PERSONS)) {
      const row = readme.split('\n').find((line) => line.startsWith(`| \`${person.role}\` |`));
      expect(row).toBeDefined();
      expect(row).toContain(`\`${person.id}\``);
      expect(row).toContain(`| ${person.name} |`);
      expect(row).toContain(`| ${person.description} |`);
    }
  });
});
