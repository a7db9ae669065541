import { formatWireDate, fromIsoDate } from '../../src/core/dates/wire-dates';
import { BusinessRuleError, ValidationError } from '../../src/core/errors';
import type { RequestOf, ResponseOf } from '../../src/core/operation';
import type { EnterpriseDossier } from '../../src/seed/types';
import { referenceData, unitBackend, type UnitBackend } from '../../test/support/unit-context';
import { createEnterpriseRegistryAdapter } from '.';

const MINUTE = 60_000;
const wireDay = (iso: string): string => formatWireDate(fromIsoDate(iso) as Date, 'dd/MM/yyyy');

describe('enterprise-registry handlers (in-memory context)', () => {
  const { dataset } = referenceData();
  const persons = dataset.testPersons;
  // A dossier approved by the registry: the simulation clock stands one minute before its decision.
  const decided = dataset.enterpriseDossiers.find((d) => d.processStatus === 'approved' && d.processedAt) as EnterpriseDossier;
  const decidedAt = Date.parse(decided.processedAt as string);
  let dkdn: UnitBackend;
  beforeEach(() => {
    dkdn = unitBackend(createEnterpriseRegistryAdapter, { at: decidedAt - MINUTE });
  });

  /**
   * The day's list answers danhSachHoSo's documented shape (the manifest names that response schema),
   * which the generated operation map does not carry over to this message type.
   */
  const dayList = async (window: RequestOf<'dkdn.danhSachHoSoTrongNgay'>) =>
    (await dkdn.call('dkdn.danhSachHoSoTrongNgay', window)) as ResponseOf<'dkdn.danhSachHoSo'>;

  it('answers an enterprise’s details, with its legal representative named from the citizens', async () => {
    const details = await dkdn.call('dkdn.chiTietDoanhNghiep', { msdn: persons.activeEnterprise.id });
    expect(dkdn.undocumented('dkdn.chiTietDoanhNghiep', details)).toEqual([]);
    const { MainInformation: info } = details;
    expect(info).toMatchObject({
      ENTERPRISE_GDT_CODE: persons.activeEnterprise.id,
      ENTERPRISE_TYPE_ID: '4',
      ENTERPRISE_TYPE_NAME: 'Công ty cổ phần',
      ENTERPRISE_STATUS: '1',
      ENTERPRISE_STATUS_NAME: 'Đang hoạt động',
      LEGAL_NAMES: expect.stringContaining(persons.cleanRecord.name),
    });
    // A branch's 13-digit code answers for its parent.
    const branch = await dkdn.call('dkdn.chiTietDoanhNghiep', { msdn: persons.activeEnterprise.branchCode as string });
    expect(branch.MainInformation).toEqual(info);
    expect((await dkdn.call('dkdn.chiTietDoanhNghiep', { msdn: persons.dissolvedEnterprise.id })).MainInformation).toMatchObject({
      ENTERPRISE_STATUS: '4',
      ENTERPRISE_STATUS_NAME: 'Đã giải thể',
    });
  });

  it('refuses an enterprise code it does not have (NOT_FOUND, 404) and one whose check digit is wrong', async () => {
    // A well-formed code (its check digit holds) that the seed does not hold.
    const unknown = '0100109106';
    expect(dataset.enterprises.map((e) => e.code)).not.toContain(unknown);
    await expect(dkdn.call('dkdn.chiTietDoanhNghiep', { msdn: unknown })).rejects.toEqual(
      expect.objectContaining({
        constructor: BusinessRuleError,
        code: 'NOT_FOUND',
        status: 404,
        message: `No enterprise with code ${unknown} in the registry`,
      }),
    );
    const badCheckDigit = `${persons.activeEnterprise.id.slice(0, 9)}${(Number(persons.activeEnterprise.id[9]) + 1) % 10}`;
    await expect(dkdn.call('dkdn.chiTietDoanhNghiep', { msdn: badCheckDigit })).rejects.toBeInstanceOf(ValidationError);
  });

  it('a dossier shows as processing until the simulation clock reaches its decision, then approved (4) and in the day’s list', async () => {
    const window = { from_ts: (decided.processedAt as string).slice(11, 16), to_ts: '23:59' };
    const before = await dkdn.call('dkdn.tinhTrangHoSo', { in_journal_no: decided.journalNo });
    expect(before.MainInformation).toMatchObject({
      IN_JOURNAL_NO: decided.journalNo,
      ENTERPRISE_GDT_CODE: decided.enterpriseCode,
      PROCESSED_DATE: null,
      REGISTRATION_DATE: null,
    });
    expect(before.MainInformation).not.toMatchObject({ PROCESS_STATUS: '4' });
    const listedBefore = await dayList(window);
    expect(listedBefore.MainInformation.map((d) => d.IN_JOURNAL_NO)).not.toContain(decided.journalNo);

    dkdn.clock.advance(2 * MINUTE);
    const after = await dkdn.call('dkdn.tinhTrangHoSo', { in_journal_no: decided.journalNo });
    expect(dkdn.undocumented('dkdn.tinhTrangHoSo', after)).toEqual([]);
    expect(after.MainInformation).toMatchObject({
      PROCESS_STATUS: '4',
      REGISTRATION_DATE: wireDay(decided.processedDate as string),
      CONTACT_ID_NO: decided.contactIdNo,
      CONTACT_FULL_NAME: decided.contactName,
      SUBMISSION_TYPE: decided.submissionType === 'online' ? '1' : '2',
    });
    const listedAfter = await dayList(window);
    expect(listedAfter.MainInformation.map((d) => d.IN_JOURNAL_NO)).toContain(decided.journalNo);
    expect(listedAfter.DataCount).toBe(listedAfter.MainInformation.length);
    expect(dkdn.undocumented('dkdn.danhSachHoSoTrongNgay', listedAfter)).toEqual([]);
  });

  it('lists the dossiers received over a range of days, a page at a time, DataCount the total', async () => {
    const day = wireDay(decided.receiptDate);
    const all = await dkdn.call('dkdn.danhSachHoSo', { from_date: day, to_date: day, limit: 500 });
    expect(all.MainInformation.map((d) => d.IN_JOURNAL_NO)).toContain(decided.journalNo);
    expect(all.DataCount).toBe(all.MainInformation.length);
    expect(dkdn.undocumented('dkdn.danhSachHoSo', all)).toEqual([]);
    const page = await dkdn.call('dkdn.danhSachHoSo', { from_date: day, to_date: day, offset: 1, limit: 1 });
    expect(page).toEqual({ MainInformation: all.MainInformation.slice(1, 2), DataCount: all.DataCount });
  });

  it('answers NOT_FOUND (404) for a journal number it does not have', async () => {
    await expect(dkdn.call('dkdn.tinhTrangHoSo', { in_journal_no: 999 })).rejects.toEqual(
      expect.objectContaining({
        constructor: BusinessRuleError,
        code: 'NOT_FOUND',
        status: 404,
        message: 'No dossier with in_journal_no 999 in the registry',
      }),
    );
  });
});
