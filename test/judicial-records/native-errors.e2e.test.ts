import { storedMessages } from '../support/stored';
import { startTestApp, type TestApp } from '../support/test-app';
import { dossierKeys, lltp, pasetoBody, PEOPLE } from './lltp-fixtures';

describe('LLTP native errors: every code through /apiLyLichTuPhap, in the v1 envelope', () => {
  let t: TestApp;
  let token: string;
  beforeAll(async () => {
    t = await startTestApp('lltp-err');
    token = await t.token();
  });
  afterAll(() => t.close());

  describe('bad input is refused with STATUS "0" naming the field, and stores nothing', () => {
    let journalBefore = 0;
    beforeEach(async () => {
      journalBefore = (await storedMessages(t.prefix)).journalLength;
    });
    afterEach(async () => {
      expect((await storedMessages(t.prefix)).journalLength).toBe(journalBefore);
      expect(await dossierKeys(t)).toEqual([]);
    });

    it('MISSING_FIELD: an empty body', async () => {
      const res = await t.http.post('/apiLyLichTuPhap/nhanHoSoDangKy').auth(token, { type: 'bearer' });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ STATUS: '0', ERROR_CODE: 'MISSING_FIELD' });
      expect(res.body.DESCRIPTION).toMatch(/idReceivedDec is required/);
      expect(res.body.DESCRIPTION).toMatch(/declarationWSForm is required/);
    });

    it('MISSING_FIELD: a required declaration field sent empty by a C# client', async () => {
      const res = await lltp(t, token, 'nhanHoSoDangKy', pasetoBody(PEOPLE.clean, 'E-1', { formType: '' }));
      expect(res.body).toEqual({ STATUS: '0', DESCRIPTION: 'declarationWSForm.formType is required', ERROR_CODE: 'MISSING_FIELD' });
    });

    it.each([
      ['genderId outside 1/0', { genderId: '5' }, /declarationWSForm.genderId must be one of 0, 1/],
      ['an idTypeId that does not exist', { idTypeId: '7' }, /declarationWSForm.idTypeId must be one of 0, 1, 2, 3/],
      ['an unknown declareTypeId', { declareTypeId: '3000' }, /declarationWSForm.declareTypeId must be one of/],
      ['an objectRequestId that does not go with declareTypeId', { objectRequestId: '74' }, /objectRequestId 74 does not go with declareTypeId 3846/],
      ['a day that does not exist', { declareDate: '31/02/2026' }, /declarationWSForm.declareDate must be a date that exists, written dd\/MM\/yyyy/],
      ['a birth date that is no partial date', { birthDateStr: '1985-03-12' }, /birthDateStr must be a date written dd\/MM\/yyyy, MM\/yyyy or yyyy/],
      ['a CCCD number with a bad prefix', { identifyNo: '099085990001' }, /identifyNo is not a valid CCCD number \(prefix 099/],
      ['a nationality not in the catalogue', { nationalityId: '1' }, /nationalityId 1 is not in the nationality catalogue/],
      ['a code that is no number', { requestQty: 'one' }, /declarationWSForm.requestQty must be a whole number/],
      ['an agency request without the agency', { declareTypeId: '3847', objectRequestId: '73' }, /agencyRequestId must name a requesting agency/],
      ['units that disagree', { ministryJusticeId: '5001' }, /ministryJusticeId is 5001 but idMinistryJustice is 5044/],
    ])('INVALID_FIELD: %s', async (_label, overrides, description) => {
      const body = pasetoBody(PEOPLE.clean, 'E-2', overrides);
      if (_label === 'units that disagree') body.idMinistryJustice = 5044;
      const res = await lltp(t, token, 'nhanHoSoDangKy', body);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ STATUS: '0', ERROR_CODE: 'INVALID_FIELD' });
      expect(res.body.DESCRIPTION).toMatch(description);
    });

    it('INVALID_FIELD: a residence period that ends before it starts, and a promised date before receipt', async () => {
      const body = {
        ...pasetoBody(PEOPLE.clean, 'E-3'),
        datePromissoryDec: '14/01/2026',
        residenceForm: [{ fromDateStr: '05/2010', toDateStr: '2009', residencePlace: 'Hà Nội' }],
      };
      const res = await lltp(t, token, 'nhanHoSoDangKy', body);
      expect(res.body.ERROR_CODE).toBe('INVALID_FIELD');
      expect(res.body.DESCRIPTION).toBe(
        'datePromissoryDec must not be before dateReceivedDec (15/01/2026); residenceWSForm[0].toDateStr must not be before fromDateStr (05/2010)',
      );
    });

    it('INVALID_FIELD: a status query with an infoType that does not exist; MISSING_FIELD without identifyNo for infoType 1', async () => {
      expect((await lltp(t, token, 'traTrangThaiHs', { idReceivedDec: 'X', infoType: '9' })).body).toMatchObject({
        STATUS: '0',
        ERROR_CODE: 'INVALID_FIELD',
        DESCRIPTION: 'infoType must be one of 1, 2',
      });
      expect((await lltp(t, token, 'traTrangThaiHs', { idReceivedDec: 'X', infoType: '1' })).body).toMatchObject({
        STATUS: '0',
        ERROR_CODE: 'MISSING_FIELD',
        DESCRIPTION: expect.stringMatching(/^identifyNo is required when infoType is 1/),
      });
    });

    it('FORBIDDEN: a client without the LLTP service → 403 in the envelope', async () => {
      const other = await t.token('dkkd-only', 'dkkd-only-secret');
      const res = await lltp(t, other, 'traDanhMuc', { infoType: 1 });
      expect(res.status).toBe(403);
      expect(res.body).toMatchObject({ STATUS: '0', ERROR_CODE: 'FORBIDDEN', DESCRIPTION: expect.stringMatching(/no right to the service lltp/) });
    });

    it('no token → the gateway’s 401 fault; an unknown operation → fault 900906', async () => {
      const res = await t.http.post('/apiLyLichTuPhap/traDanhMuc').send({ infoType: 1 });
      expect(res.status).toBe(401);
      expect(res.body.fault).toMatchObject({ code: 900902 });
      const unknown = await t.http.post('/apiLyLichTuPhap/LLTP-API-xoaHoSo').auth(token, { type: 'bearer' }).send({});
      expect(unknown.status).toBe(404);
      expect(unknown.body.fault.code).toBe(900906);
    });
  });

  it('DOSSIER_NOT_FOUND: an unknown receipt or appointment number', async () => {
    const byReceipt = await lltp(t, token, 'traTrangThaiHs', { idReceivedDec: 'NOPE-1', infoType: 2 });
    expect(byReceipt.body).toEqual({
      STATUS: '0',
      DESCRIPTION: 'Không tìm thấy hồ sơ có số biên nhận (idReceivedDec) NOPE-1',
      ERROR_CODE: 'DOSSIER_NOT_FOUND',
    });
    const bySlip = await lltp(t, token, 'traTrangThaiHs', { idReceivedDec: 'NOPE-2', infoType: 1, identifyNo: PEOPLE.clean.id });
    expect(bySlip.body).toMatchObject({ STATUS: '0', ERROR_CODE: 'DOSSIER_NOT_FOUND' });
  });

  it('IDENTITY_MISMATCH: an appointment slip looked up with another person’s ID number', async () => {
    const submitted = await lltp(t, token, 'nhanHoSoDangKy', pasetoBody(PEOPLE.clean, 'E-ID-1'));
    const slip = submitted.body.APPOINTMENT_NO as string;
    expect((await lltp(t, token, 'traTrangThaiHs', { idReceivedDec: slip, infoType: 1, identifyNo: PEOPLE.clean.id })).body).toMatchObject({
      STATUS: '1',
      DEC_STATUS_ID: 3,
    });
    const res = await lltp(t, token, 'traTrangThaiHs', { idReceivedDec: slip, infoType: 1, identifyNo: PEOPLE.convicted.id });
    expect(res.body).toMatchObject({
      STATUS: '0',
      ERROR_CODE: 'IDENTITY_MISMATCH',
      DESCRIPTION: `Số giấy tờ (identifyNo) ${PEOPLE.convicted.id} không khớp với hồ sơ có số giấy hẹn ${slip}`,
    });
  });

  it('DUPLICATE_RECEIPT: a used receipt number with another request; the same request again is the same dossier', async () => {
    const first = await lltp(t, token, 'nhanHoSoDangKy', pasetoBody(PEOPLE.clean, 'E-DUP-1'));
    const again = await lltp(t, token, 'nhanHoSoDangKy', pasetoBody(PEOPLE.clean, 'E-DUP-1'));
    expect(again.body).toMatchObject({ STATUS: '1', ID: first.body.ID, DESCRIPTION: 'Hồ sơ đã được tiếp nhận trước đó' });
    const keys = (await dossierKeys(t)).length;
    const other = await lltp(t, token, 'nhanHoSoDangKy', pasetoBody(PEOPLE.convicted, 'E-DUP-1'));
    expect(other.body).toEqual({
      STATUS: '0',
      DESCRIPTION: 'Hồ sơ có số biên nhận (idReceivedDec) E-DUP-1 đã được tiếp nhận, không thể cập nhật thông tin',
      ERROR_CODE: 'DUPLICATE_RECEIPT',
    });
    expect((await dossierKeys(t)).length).toBe(keys);
  });

  it('the QB guide’s own names are taken as they are', async () => {
    const paseto = pasetoBody(PEOPLE.expunged, 'E-QB-1');
    const res = await lltp(t, token, 'nhanHoSoDangKy', {
      idMinistryJustice: 5001,
      idReceivedDec: 'E-QB-1',
      dateReceivedDec: '15/01/2026',
      datePromissoryDec: '25/01/2026',
      declarationWSForm: paseto.declarationForm,
      residenceWSForm: paseto.residenceForm,
    });
    expect(res.body).toMatchObject({ STATUS: '1', DEC_STATUS_ID: 3 });
  });
});
