import { validateMst } from '../core/ids/mst';
import { UNITS_FIXTURE } from './fixtures/units.fixture';
import { generateDataset } from './generate-dataset';
import { addDays, ageOn } from '../core/dates/iso-days';

const TODAY = '2026-01-15';
const dataset = generateDataset({ seed: 5, units: UNITS_FIXTURE, today: TODAY });
const citizens = new Map(dataset.citizens.map((c) => [c.id, c]));
const enterprises = new Map(dataset.enterprises.map((e) => [e.code, e]));

describe('generated enterprises', () => {
  it('carry unique, valid 10-digit enterprise codes and unique names', () => {
    expect(enterprises.size).toBe(dataset.enterprises.length);
    expect(new Set(dataset.enterprises.map((e) => e.name)).size).toBe(dataset.enterprises.length);
    expect(new Set(dataset.enterprises.map((e) => e.internalId)).size).toBe(dataset.enterprises.length);
    const invalid = dataset.enterprises.filter((e) => {
      const result = validateMst(e.code);
      return !result.ok || result.normalized !== e.code || e.code.length !== 10;
    });
    expect(invalid).toEqual([]);
  });

  it('spread over provinces and enterprise types, mostly active', () => {
    expect(new Set(dataset.enterprises.map((e) => e.headOffice.provinceCode)).size).toBeGreaterThanOrEqual(6);
    expect(new Set(dataset.enterprises.map((e) => e.typeId)).size).toBe(5);
    const count = (status: string): number => dataset.enterprises.filter((e) => e.status === status).length;
    expect(count('active') / dataset.enterprises.length).toBeGreaterThan(0.7);
    expect(count('suspended')).toBeGreaterThan(0);
    expect(count('dissolved')).toBeGreaterThan(0);
  });

  it('are represented by living citizens who were adults at the founding', () => {
    for (const e of dataset.enterprises) {
      expect(e.legalRepresentativeIds.length).toBeGreaterThanOrEqual(1);
      for (const id of e.legalRepresentativeIds) {
        const person = citizens.get(id);
        expect(person).toBeDefined();
        expect(person?.deceasedOn).toBeUndefined();
        expect(ageOn(person!.birthDate, e.foundingDate)).toBeGreaterThanOrEqual(18);
      }
    }
  });

  it('list one to four VSIC business lines with exactly one main line', () => {
    for (const e of dataset.enterprises) {
      expect(e.businessLines.length).toBeGreaterThanOrEqual(1);
      expect(e.businessLines.length).toBeLessThanOrEqual(4);
      expect(e.businessLines.filter((line) => line.isMain)).toHaveLength(1);
      for (const line of e.businessLines) expect(line.code).toMatch(/^\d{4}$/);
      expect(new Set(e.businessLines.map((line) => line.code)).size).toBe(e.businessLines.length);
    }
  });

  it('have members whose amounts add up to the capital and ratios to 100', () => {
    for (const e of dataset.enterprises.filter((x) => x.members.length > 0)) {
      expect(e.members.reduce((sum, m) => sum + m.amount, 0)).toBe(e.capital);
      expect(Math.round(e.members.reduce((sum, m) => sum + m.ratio * 100, 0))).toBe(10_000);
      for (const m of e.members) expect(m.amount).toBeGreaterThan(0);
    }
    expect(dataset.enterprises.filter((e) => e.typeId === '1').every((e) => e.members.length === 0)).toBe(true);
  });

  it('number branches as valid 13-digit codes on their own base', () => {
    const withBranches = dataset.enterprises.filter((e) => e.branchCodes.length > 0);
    expect(withBranches.length).toBeGreaterThan(0);
    for (const e of withBranches) {
      e.branchCodes.forEach((code, i) => {
        expect(validateMst(code)).toEqual({ ok: true, base: e.code, branch: String(i + 1).padStart(3, '0'), normalized: code });
      });
    }
  });

  it('date their registrations sensibly', () => {
    for (const e of dataset.enterprises) {
      expect(e.foundingDate <= e.lastAmendDate && e.lastAmendDate <= TODAY).toBe(true);
      if (e.numberOfChanges === 0) expect(e.lastAmendDate).toBe(e.foundingDate);
      if (e.status !== 'active') expect(e.statusChangedOn! >= e.lastAmendDate && e.statusChangedOn! <= TODAY).toBe(true);
      expect(e.headOffice.fullText).toContain(e.headOffice.provinceName);
    }
  });
});

describe('generated enterprise dossiers', () => {
  const dossiers = dataset.enterpriseDossiers;

  it('were received over the ten days ending today, with increasing journal numbers', () => {
    expect(dossiers.length).toBeGreaterThanOrEqual(50);
    const days = new Set(dossiers.map((d) => d.receiptDate));
    expect(days.size).toBeGreaterThanOrEqual(5);
    for (const d of dossiers) expect(d.receiptDate >= addDays(TODAY, -9) && d.receiptDate <= TODAY).toBe(true);
    expect(dossiers.map((d) => d.journalNo)).toEqual([...dossiers.map((d) => d.journalNo)].sort((a, b) => a - b));
    expect(dossiers.map((d) => d.receivedAt)).toEqual([...dossiers.map((d) => d.receivedAt)].sort());
  });

  it('belong to enterprises of the dataset and agree with them', () => {
    for (const d of dossiers) {
      const e = enterprises.get(d.enterpriseCode);
      expect(e?.internalId).toBe(d.enterpriseInternalId);
      expect(d.name).toBe(e?.name);
      expect(d.contactIdNo).toBe(e?.legalRepresentativeIds[0]);
      expect(d.planDate > d.receiptDate).toBe(true);
      const processed = d.processStatus === 'approved' || d.processStatus === 'rejected';
      expect(d.processedDate !== undefined).toBe(processed);
      if (d.processedDate) {
        expect(d.processedDate >= d.receiptDate && d.processedDate <= TODAY).toBe(true);
        expect(d.processedAt! > d.receivedAt).toBe(true);
      }
      if (d.documentType === 'new' && d.processStatus === 'approved') expect(e?.foundingDate).toBe(d.processedDate);
      if (e?.status === 'dissolved') expect(d).toMatchObject({ documentType: 'dissolution', processStatus: 'approved' });
    }
  });

  it('include today’s dossiers and every processing status', () => {
    expect(dossiers.some((d) => d.receiptDate === TODAY || d.processedDate === TODAY)).toBe(true);
    const statuses = new Set(dossiers.map((d) => d.processStatus));
    expect(statuses).toEqual(new Set(['received', 'processing', 'supplementRequested', 'approved', 'rejected']));
  });
});
