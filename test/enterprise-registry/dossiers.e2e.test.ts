import { formatWireDate, fromIsoDate, toIsoDate } from '../../src/core/dates/wire-dates';
import { schemaId } from '../../src/schemas/load-schemas';
import { addDays } from '../../src/core/dates/iso-days';
import type { EnterpriseDossier } from '../../src/seed/types';
import { storedMessages } from '../support/stored';
import { startTestApp, type TestApp } from '../support/test-app';

const wireDay = (iso: string): string => formatWireDate(fromIsoDate(iso) as Date, 'dd/MM/yyyy');

describe('enterprise registration dossiers: danhSachHoSoTrongNgay, danhSachHoSo, tinhTrangHoSo', () => {
  let t: TestApp;
  let token: string;
  let dossiers: EnterpriseDossier[];
  let today: string;

  beforeAll(async () => {
    t = await startTestApp('dkdn-dossiers');
    token = await t.token();
    dossiers = t.app.reference.dataset.enterpriseDossiers;
    today = toIsoDate(new Date());
  });
  afterAll(() => t.close());

  const get = (path: string) => t.http.get(`/apiCSDLDKDN/${path}`).auth(token, { type: 'bearer' });
  const processedTodayBy = (moment: number) =>
    dossiers.filter((d) => d.processedAt && toIsoDate(new Date(d.processedAt)) === today && Date.parse(d.processedAt) <= moment).length;

  describe('danhSachHoSoTrongNgay', () => {
    it('lists today’s processed dossiers in the envelope, MainInformation an array, DataCount the total', async () => {
      const before = Date.now();
      const res = await get('danhSachHoSoTrongNgay?from_ts=00:00&to_ts=23:59&limit=500');
      const after = Date.now();
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ Status: '1', Message: 'success', MainInformation: expect.any(Array) });
      expect(res.body.DataCount).toBeGreaterThanOrEqual(processedTodayBy(before));
      expect(res.body.DataCount).toBeLessThanOrEqual(processedTodayBy(after));
      expect(res.body.MainInformation).toHaveLength(res.body.DataCount);
      for (const item of res.body.MainInformation) expect(item.PROCESSED_DATE.slice(0, 10)).toBe(wireDay(today));
      expect(
        t.app.schemas.check(schemaId('dkdn/danhSachHoSo.response.json'), {
          MainInformation: res.body.MainInformation,
          DataCount: res.body.DataCount,
        }),
      ).toEqual([]);
    });

    it('keeps to the window: nothing before from_ts or after to_ts', async () => {
      const res = await get('danhSachHoSoTrongNgay?from_ts=10:00&to_ts=12:59').expect(200);
      for (const item of res.body.MainInformation) {
        const time = (item.PROCESSED_DATE as string).slice(11, 16);
        expect(time >= '10:00' && time <= '12:59').toBe(true);
      }
    });

    it('an empty window is an empty list with Status "1"', async () => {
      const res = await get('danhSachHoSoTrongNgay?from_ts=00:00&to_ts=00:00').expect(200);
      expect(res.body).toEqual({ MainInformation: [], DataCount: 0, Status: '1', Message: 'success' });
    });
  });

  describe('danhSachHoSo', () => {
    // Days that are wholly past, so the answer does not depend on the hour the test runs at.
    const range = () => ({ from: addDays(today, -9), to: addDays(today, -5) });
    const expected = () => dossiers.filter((d) => d.receiptDate >= range().from && d.receiptDate <= range().to);

    it('lists the dossiers received over five days, oldest first, with their catalogue codes', async () => {
      const { from, to } = range();
      const res = await get(`danhSachHoSo?from_date=${wireDay(from)}&to_date=${wireDay(to)}&limit=500`);
      expect(res.status).toBe(200);
      expect(res.body.DataCount).toBe(expected().length);
      expect(res.body.MainInformation.map((d: { IN_JOURNAL_NO: number }) => d.IN_JOURNAL_NO)).toEqual(expected().map((d) => d.journalNo));
      const first = expected()[0];
      expect(res.body.MainInformation[0]).toMatchObject({
        ENTERPRISE_GDT_CODE: first.enterpriseCode,
        ENTERPRISE_CODE: first.enterpriseInternalId,
        SITE_ID: first.siteId,
        RECEIPT_DATE: expect.stringMatching(new RegExp(`^${wireDay(first.receiptDate)} \\d{2}:\\d{2}:\\d{2}$`)),
        PLAN_DATE: wireDay(first.planDate),
        DOCUMENT_TYPE: expect.stringMatching(/^[1-6]$/),
        PROCESS_STATUS: expect.stringMatching(/^[1-7]$/),
      });
    });

    it('pages with offset and limit; DataCount stays the total', async () => {
      const { from, to } = range();
      const res = await get(`danhSachHoSo?from_date=${wireDay(from)}&to_date=${wireDay(to)}&offset=1&limit=2`).expect(200);
      expect(res.body.DataCount).toBe(expected().length);
      expect(res.body.MainInformation.map((d: { IN_JOURNAL_NO: number }) => d.IN_JOURNAL_NO)).toEqual(
        expected()
          .slice(1, 3)
          .map((d) => d.journalNo),
      );
    });

    it('empty offset and limit count as not sent', async () => {
      const { from, to } = range();
      const res = await get(`danhSachHoSo?from_date=${wireDay(from)}&to_date=${wireDay(to)}&offset=&limit=`).expect(200);
      expect(res.body.MainInformation).toHaveLength(Math.min(50, expected().length));
    });

    it('the unified API answers the same list (dkdn.danhSachHoSo)', async () => {
      const { from, to } = range();
      const res = await t.http
        .post('/api/v1/messages')
        .auth(token, { type: 'bearer' })
        .set('prefer', 'wait=5')
        .send({
          header: { messageId: `ds-${Date.now()}`, messageType: 'dkdn.danhSachHoSo', from: t.config.devClient.agency },
          body: { from_date: wireDay(from), to_date: wireDay(to), limit: 3 },
        });
      expect(res.body).toMatchObject({ status: 'completed', response: { DataCount: expected().length } });
      expect(res.body.response.MainInformation).toHaveLength(Math.min(3, expected().length));
    });
  });

  describe('tinhTrangHoSo', () => {
    it('answers one dossier with its contact person and submission type', async () => {
      const dossier = dossiers[0];
      const res = await get(`tinhTrangHoSo?in_journal_no=${dossier.journalNo}`);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ DataCount: 1, Status: '1', Message: 'success' });
      expect(res.body.MainInformation).toMatchObject({
        IN_JOURNAL_NO: dossier.journalNo,
        ENTERPRISE_GDT_CODE: dossier.enterpriseCode,
        CONTACT_ID_NO: dossier.contactIdNo,
        CONTACT_FULL_NAME: dossier.contactName,
        SUBMISSION_TYPE: dossier.submissionType === 'online' ? '1' : '2',
      });
      expect(t.app.schemas.check(schemaId('dkdn/tinhTrangHoSo.response.json'), { MainInformation: res.body.MainInformation })).toEqual([]);
    });

    it('an approved dossier shows its registration date and status 4', async () => {
      const dossier = dossiers.find((d) => d.processStatus === 'approved' && d.receiptDate < today) as EnterpriseDossier;
      const res = await get(`tinhTrangHoSo?in_journal_no=${dossier.journalNo}`).expect(200);
      expect(res.body.MainInformation).toMatchObject({ PROCESS_STATUS: '4', REGISTRATION_DATE: wireDay(dossier.processedDate as string) });
    });

    it('an unknown journal number → 404 Status "0" (recorded as a failed lookup)', async () => {
      const res = await get('tinhTrangHoSo?in_journal_no=999');
      expect(res.status).toBe(404);
      expect(res.body).toEqual({ MainInformation: null, DataCount: 0, Status: '0', Message: 'No dossier with in_journal_no 999 in the registry' });
    });
  });

  describe('bad input: the registry’s envelope naming the parameter, nothing stored', () => {
    beforeEach(async () => {
      await t.app.redis.del(`${t.prefix}:journal`);
      await Promise.all((await t.app.redis.keys(`${t.prefix}:msg:*`)).map((k) => t.app.redis.del(k)));
    });
    afterEach(async () => {
      expect(await storedMessages(t.prefix)).toEqual({ messageKeys: [], journalLength: 0 });
    });

    it.each([
      ['danhSachHoSoTrongNgay?to_ts=10:00', 'from_ts is required'],
      ['danhSachHoSoTrongNgay?from_ts=8:00&to_ts=10:00', 'from_ts must be written as HH:mm on a 24-hour clock, zero-padded, e.g. 08:00 or 17:30'],
      ['danhSachHoSoTrongNgay?from_ts=08:00&to_ts=24:00', 'to_ts must be a time of day written HH:mm (00:00 to 23:59), got "24:00"'],
      ['danhSachHoSoTrongNgay?from_ts=08:00&to_ts=07:59', 'to_ts (07:59) must not be earlier than from_ts (08:00)'],
      ['danhSachHoSoTrongNgay?from_ts=08:00&to_ts=09:00&offset=abc', 'offset must be a whole number'],
      ['danhSachHoSoTrongNgay?from_ts=08:00&to_ts=09:00&offset=-1', 'offset must be >= 0'],
      ['danhSachHoSoTrongNgay?from_ts=08:00&to_ts=09:00&limit=0', 'limit must be >= 1'],
      ['danhSachHoSoTrongNgay?from_ts=08:00&to_ts=09:00&limit=501', 'limit must be <= 500'],
      ['danhSachHoSoTrongNgay?from_ts=08:00&to_ts=09:00&limit=1.5', 'limit must be a whole number'],
      ['danhSachHoSo?from_date=01/03/2025', 'to_date is required'],
      ['danhSachHoSo?from_date=01/03/2025&to_date=06/03/2025', 'from_date to to_date covers 6 days; the registry answers at most 5 days at a time'],
      ['danhSachHoSo?from_date=06/03/2025&to_date=01/03/2025', 'to_date (01/03/2025) must not be earlier than from_date (06/03/2025)'],
      ['danhSachHoSo?from_date=1/3/2025&to_date=05/03/2025', 'from_date must be written as dd/MM/yyyy, zero-padded, e.g. 05/03/2025'],
      ['danhSachHoSo?from_date=2025-03-01&to_date=05/03/2025', 'from_date must be written as dd/MM/yyyy, zero-padded, e.g. 05/03/2025'],
      ['danhSachHoSo?from_date=29/02/2025&to_date=01/03/2025', 'from_date must be a real day written dd/MM/yyyy, got "29/02/2025"'],
      ['danhSachHoSo?from_date=01/03/2025&to_date=02/03/2025&limit=many', 'limit must be a whole number'],
      ['tinhTrangHoSo', 'in_journal_no is required'],
      ['tinhTrangHoSo?in_journal_no=abc', 'in_journal_no must be a whole number'],
      ['tinhTrangHoSo?in_journal_no=0', 'in_journal_no must be >= 1'],
    ])('GET %s → 400 "%s"', async (path, message) => {
      const res = await get(path);
      expect(res.status).toBe(400);
      expect(res.body).toEqual({ MainInformation: null, DataCount: 0, Status: '0', Message: message });
    });
  });
});
