import { UNITS_FIXTURE } from './fixtures/units.fixture';
import { generateDataset } from './generate-dataset';
import { isConvictionOnRecord } from '../core/rules/conviction';
import { addMonths, ageOn } from '../core/dates/iso-days';
import { TEST_CITIZENS } from './test-persons';

const TODAY = '2026-01-15';
const dataset = generateDataset({ seed: 11, units: UNITS_FIXTURE, today: TODAY });
const citizens = new Map(dataset.citizens.map((c) => [c.id, c]));
const generatedCount = dataset.citizens.length - TEST_CITIZENS.length;

describe('generated judicial records', () => {
  it('covers about one citizen in ten, each a living adult of the dataset, once', () => {
    const ids = dataset.judicialRecords.map((r) => r.citizenId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBeGreaterThan(generatedCount * 0.07);
    expect(ids.length).toBeLessThan(generatedCount * 0.13);
    for (const id of ids) {
      const citizen = citizens.get(id);
      expect(citizen).toBeDefined();
      expect(citizen?.deceasedOn).toBeUndefined();
    }
  });

  it('holds convictions still on record and convictions already expunged', () => {
    const convictions = dataset.judicialRecords.flatMap((r) => r.convictions);
    expect(convictions.filter(isConvictionOnRecord).length).toBeGreaterThan(20);
    expect(convictions.filter((c) => !isConvictionOnRecord(c)).length).toBeGreaterThan(20);
    expect(dataset.judicialRecords.some((r) => r.positionBans.length > 0)).toBe(true);
    expect(dataset.judicialRecords.every((r) => r.convictions.length + r.positionBans.length > 0)).toBe(true);
  });

  it('dates every conviction in order: adult at judgment, then served, then expunged, none after today', () => {
    for (const record of dataset.judicialRecords) {
      const person = citizens.get(record.citizenId)!;
      for (const c of record.convictions) {
        expect(ageOn(person.birthDate, c.judgmentDate)).toBeGreaterThanOrEqual(18);
        expect(c.judgmentDate <= TODAY).toBe(true);
        if (c.servedDate) expect(c.judgmentDate <= c.servedDate && c.servedDate <= TODAY).toBe(true);
        if (c.expungedDate) {
          expect(c.servedDate).toBeDefined();
          expect(c.servedDate! < c.expungedDate && c.expungedDate <= TODAY).toBe(true);
          // Article 70: at least a year passes between serving and expungement.
          expect(addMonths(c.servedDate!, 12) <= c.expungedDate).toBe(true);
        }
      }
      const dates = record.convictions.map((c) => c.judgmentDate);
      expect(dates).toEqual([...dates].sort());
    }
  });

  it('bans adults from managing companies for a set term', () => {
    for (const record of dataset.judicialRecords) {
      const person = citizens.get(record.citizenId)!;
      for (const ban of record.positionBans) {
        expect(ageOn(person.birthDate, ban.decisionDate)).toBeGreaterThanOrEqual(20);
        expect(ban.fromDate <= TODAY && ban.durationYears > 0).toBe(true);
        expect(ban.court).toMatch(/^Tòa án nhân dân /);
      }
    }
  });

  it('describes each judgment as LLTP prints it', () => {
    for (const c of dataset.judicialRecords.flatMap((r) => r.convictions)) {
      expect(c.judgmentNo).toMatch(/^\d+\/\d{4}\/HS-ST$/);
      expect(c.judgmentNo.split('/')[1]).toBe(c.judgmentDate.slice(0, 4));
      expect(c.court).toMatch(/^Tòa án nhân dân /);
      expect(c.offences.length).toBeGreaterThanOrEqual(1);
      expect(c.mainPenalty.text.length).toBeGreaterThan(0);
    }
  });
});
