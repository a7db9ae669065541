import { startTestApp, type TestApp } from '../support/test-app';
import { birthBody, civilRegistryKeys, marriageBody, PERSONS, postNative } from './civil-registry-fixtures';

/** Every backend error code, provoked through the native path, in the registry's envelope. */
describe('civil registry error codes on /apiHoTichTuPhap', () => {
  let t: TestApp;
  let token: string;

  beforeAll(async () => {
    t = await startTestApp('hotich-errors');
    token = await t.token();
  });
  afterAll(() => t.close());

  const journalLength = () => t.app.redis.llen(`${t.prefix}:journal`);

  describe('bad input is refused before anything is stored', () => {
    let before: number;
    beforeEach(async () => {
      before = await journalLength();
    });
    afterEach(async () => {
      expect(await journalLength()).toBe(before);
      expect(await civilRegistryKeys(t)).toEqual([]);
    });

    it('100 AUTHEN_ERROR: no token, or a bad one → 401 in the registry envelope (not a gateway fault)', async () => {
      for (const bearer of ['', 'not-a-token']) {
        const res = await postNative(t, bearer, 'dangKyHoTich', birthBody());
        expect(res.status).toBe(401);
        expect(res.body).toEqual({
          status: 0,
          statusDescription: 'Thất bại',
          errorCode: '100',
          errorDescription: expect.stringMatching(/^AUTHEN_ERROR: /),
          value: null,
        });
      }
    });

    it('100 AUTHEN_ERROR with 403: a client without the civil-registry right', async () => {
      const res = await postNative(t, await t.token('dkkd-only', 'dkkd-only-secret'), 'danhMuc', { loaiDanhMuc: '1' });
      expect(res.status).toBe(403);
      expect(res.body).toMatchObject({ status: 0, errorCode: '100', errorDescription: expect.stringMatching(/no right to the service hotich/) });
    });

    it('106 AGENCY_ID_INCORRECT: maDonVi is not an office of the catalogue', async () => {
      for (const [op, body] of [
        ['dangKyHoTich', birthBody({ maDonVi: 99001 })],
        ['traTrangThaiHoSo', { maDonVi: '99001', maHoSo: 'X-260115-0001' }],
        ['ketQuaDangKyHS', { maDonVi: 'abc', maHoSo: 'X-260115-0001' }],
      ] as const) {
        const res = await postNative(t, token, op, body);
        expect({ op, status: res.status, code: res.body.errorCode }).toEqual({ op, status: 400, code: '106' });
        expect(res.body.errorDescription).toMatch(/^AGENCY_ID_INCORRECT: maDonVi/);
      }
    });

    it('108 PROVINCE_ID_INCORRECT: maTinh is not a province', async () => {
      const res = await postNative(t, token, 'traDanhSachHoSo', { maTinh: '99', module: 'KS', dsMaHoSo: [1] });
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ status: 0, errorCode: '108' });
    });

    it('302 DATA_TYPE_INVALID: an unknown loaiDanhMuc', async () => {
      const res = await postNative(t, token, 'danhMuc', { loaiDanhMuc: '9' });
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ status: 0, errorCode: '302', errorDescription: expect.stringMatching(/^DATA_TYPE_INVALID: loaiDanhMuc/) });
    });

    it.each([
      ['a date not written dd.MM.yyyy', { nksNgaySinh: '2026-01-02' }, /data\.nksNgaySinh must be a real date written dd\.MM\.yyyy/],
      ['an impossible date', { nksNgaySinh: '31.02.2026' }, /data\.nksNgaySinh must be a real date/],
      ['a birth after the registration date', { nksNgaySinh: '20.01.2026' }, /nksNgaySinh 20\.01\.2026 is after the registration date/],
      ['a parent ID that breaks the CCCD structure', { meSoDDCN: '099226001234' }, /data\.meSoDDCN is not a valid personal ID: prefix 099/],
      ['an ID of 11 digits', { chaSoDDCN: '00109399001' }, /data\.chaSoDDCN is not a valid personal ID: a personal ID number has 12 digits/],
      ['a missing requester', { nycHoTen: null }, /data\.nycHoTen is required/],
      ['a missing father with a normal birth type', { chaHoTen: null }, /data\.chaHoTen is required/],
      ['an ethnicity outside the catalogue', { nksDanToc: '77' }, /data\.nksDanToc "77" is not a code of the ethnicity/],
      ['a nationality outside the catalogue', { meQuocTich: 'XX' }, /data\.meQuocTich "XX" is not a code of the nationality/],
      ['a mother born after the child', { meNgaySinh: '03.01.2026' }, /meNgaySinh must be before/],
    ])('500 DATA_INCORRECT: %s', async (_case, data, message) => {
      const res = await postNative(t, token, 'dangKyHoTich', birthBody({}, data));
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ status: 0, errorCode: '500', errorDescription: expect.stringMatching(/^DATA_INCORRECT: /) });
      expect(res.body.errorDescription).toMatch(message);
    });

    it('500 DATA_INCORRECT: a receipt time not written dd/MM/yyyy HH:mm:ss, an unknown module, a spouse under age', async () => {
      const cases: [unknown, RegExp][] = [
        [birthBody({ ngayTiepNhan: '2026-01-15T09:30:00' }), /ngayTiepNhan must be a real date written dd\/MM\/yyyy HH:mm:ss/],
        [birthBody({ module: 'XX' }), /module must be one of/],
        [marriageBody(PERSONS.singleAdultPartner, { id: '001110123456', name: 'Trẻ Vị Thành', born: '01.01.2010' }), /the wife must be at least 18/],
      ];
      for (const [body, message] of cases) {
        const res = await postNative(t, token, 'dangKyHoTich', body);
        expect(res.status).toBe(400);
        expect(res.body.errorCode).toBe('500');
        expect(res.body.errorDescription).toMatch(message);
      }
    });

    it('500 DATA_INCORRECT: data that is neither an object, JSON nor XML, and malformed XML', async () => {
      for (const data of ['hello', '<hoTich><nksHoTen>x</hoTich>', '{"nksHoTen": ']) {
        const res = await postNative(t, token, 'dangKyHoTich', { ...birthBody(), data });
        expect(res.status).toBe(400);
        expect(res.body.errorCode).toBe('500');
      }
    });

    it('an empty body answers in the envelope, not with a 500', async () => {
      const res = await t.http.post('/apiHoTichTuPhap/dangKyHoTich').auth(token, { type: 'bearer' }).set('content-type', 'application/json').send('');
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ status: 0, errorCode: expect.any(String) });
    });
  });

  describe('refusals that depend on the registry state (the message is recorded as failed; no dossier is kept)', () => {
    it('500 DATA_INCORRECT (422): marrying a person who is already married', async () => {
      const res = await postNative(t, token, 'dangKyHoTich', marriageBody(PERSONS.married, PERSONS.singleAdult));
      expect(res.status).toBe(422);
      expect(res.body).toMatchObject({
        status: 0,
        errorCode: '500',
        errorDescription: expect.stringMatching(/Hoàng Minh Đức \(048088990005\) đang có vợ\/chồng/),
      });
      expect(await civilRegistryKeys(t)).toEqual([]);
    });

    it('500 DATA_INCORRECT (422): marrying a deceased person; registering the seeded death again', async () => {
      const marriage = await postNative(t, token, 'dangKyHoTich', marriageBody(PERSONS.deceased, PERSONS.singleAdult));
      expect(marriage.status).toBe(422);
      expect(marriage.body.errorDescription).toMatch(/Phạm Văn Dũng .* đã chết/);
      expect(await civilRegistryKeys(t)).toEqual([]);
    });

    it('201 RECORD_NOT_FOUND: an unknown dossier or record id', async () => {
      const state = await postNative(t, token, 'traTrangThaiHoSo', { maDonVi: '00006', maHoSo: '000.00.01.H26-260115-9999' });
      expect(state.status).toBe(404);
      expect(state.body).toMatchObject({ status: 0, errorCode: '201', errorDescription: expect.stringMatching(/^RECORD_NOT_FOUND/) });
      const record = await postNative(t, token, 'traHoSo', { module: 'KS', maHoSo: 424242 });
      expect(record.body.errorCode).toBe('201');
    });

    it('200 RECORD_UNCOMPLETE: the seeded dossier waiting for a supplement has no result yet', async () => {
      const res = await postNative(t, token, 'ketQuaDangKyHS', { maDonVi: '00006', maHoSo: '000.00.01.H26-250110-0001' });
      expect(res.status).toBe(409);
      expect(res.body).toMatchObject({ status: 0, errorCode: '200', errorDescription: expect.stringMatching(/Cần bổ sung/) });
      const traHoSo = await postNative(t, token, 'traHoSo', { module: 'KS', maHoSo: 3 });
      expect(traHoSo.body.errorCode).toBe('200');
    });
  });

  it("an injected fault answers in the envelope with the rule's status and code, whatever characters the code has", async () => {
    const admin = { type: 'bearer' as const };
    try {
      for (const code of ['(', 'E[1]*', 'toString', '__proto__']) {
        const rule = await t.http
          .post('/sim/scenarios')
          .auth('dev-admin', admin)
          .send({ id: 'odd-code', match: { nativePath: '/apiHoTichTuPhap/*' }, effect: { type: 'error', status: 503, code, message: 'bận' } });
        expect(rule.status).toBe(201);
        const res = await postNative(t, token, 'traHoSo', { module: 'KS', maHoSo: 3 });
        expect({ status: res.status, body: res.body }).toEqual({
          status: 503,
          body: { status: 0, statusDescription: 'Thất bại', errorCode: code, errorDescription: `${code}: bận`, value: null },
        });
      }
    } finally {
      await t.http.delete('/sim/scenarios').auth('dev-admin', admin);
    }
  });
});
