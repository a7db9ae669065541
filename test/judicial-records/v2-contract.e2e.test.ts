import { renderCertificatePdf } from '../../adapters/judicial-records/certificate-pdf';
import { readSettings } from '../../adapters/judicial-records/settings';
import { pdfFacts } from '../support/pdf';
import { coercionsOf, lastJournalEntry } from '../native/native-support';
import { storedMessages } from '../support/stored';
import { startTestApp, type TestApp } from '../support/test-app';
import { dossierKeys, PEOPLE, v2Body } from './lltp-fixtures';

const MINUTE = 60_000;
const SEND = '/apiLyLichTuPhap/v2/nhanHoSo';
const POLL = '/apiLyLichTuPhap/v2/layKetQua';

describe('LLTP v2 contract: send and poll with authKey, onto the v1 pipeline', () => {
  let t: TestApp;
  let token: string;
  beforeAll(async () => {
    t = await startTestApp('lltp-v2');
    token = await t.token();
  });
  afterAll(() => t.close());

  let serial = 0;
  /** A fresh one-stop dossier number (§10.3 shape). */
  const nextNumber = (): string => `000.00.01.H26-260115-${String(++serial).padStart(4, '0')}`;
  const send = (body: unknown) => t.http.post(SEND).send(body as object);
  const poll = (maHoSoMCDT: string, extra: Record<string, unknown> = {}) =>
    t.http.post(POLL).send({ authKey: 'paseto-lgsp-auth-key', maTinh: '01', maHoSoMCDT, ...extra });
  /** Runs the lifecycle timers due `ms` from now, as advancing the simulation clock does. */
  const advance = (ms: number) => t.app.timers.runDue(Date.now() + ms);

  it('a clean-record person: sent without a bearer → "gửi thông tin thành công"; the poll moves 2 → 4 → 9 and carries the certificate PDF of "no criminal record"', async () => {
    const number = nextNumber();
    const sent = await send(v2Body(PEOPLE.clean, number));
    expect(sent.status).toBe(200);
    expect(sent.type).toBe('text/plain');
    expect(sent.text).toBe(`Hồ sơ ${number}: gửi thông tin thành công`);

    const received = await poll(number);
    expect(received.body).toEqual({
      status: 1,
      statusDescription: 'Thành công',
      value: [{ maHoSoMCDT: number, trangThaiXuLy: '2', tenTrangThaiXuLy: 'Được tiếp nhận', ngayHenTraKetQua: '25/01/2026' }],
    });
    await advance(61_000);
    expect((await poll(number)).body.value[0]).toMatchObject({ trangThaiXuLy: '4', tenTrangThaiXuLy: 'Đang xử lý' });
    await advance(10 * MINUTE);

    const done = (await poll(number)).body.value[0];
    expect(done).toMatchObject({ trangThaiXuLy: '9', tenTrangThaiXuLy: 'Đã xử lý xong' });
    const { phieuLLTP, ...certificate } = done.ketQuaXuLy;
    expect(certificate).toMatchObject({
      loaiPhieu: 1,
      hoTen: PEOPLE.clean.name,
      soGiayTo: PEOPLE.clean.id,
      tinhTrangAnTich: 1,
      tenTinhTrangAnTich: 'Không có án tích',
      thongTinAn: [],
      thongTinCDNCV: 0,
    });
    const pdf = Buffer.from(phieuLLTP, 'base64');
    expect(pdfFacts(pdf)).toEqual({ complete: true, pages: 1, title: `Phiếu lý lịch tư pháp số 1 - ${certificate.soPhieuLLTP}` });
    // The PDF is the rendering of exactly this certificate, so it says what ketQuaXuLy says.
    const settings = readSettings(t.config);
    const rendered = await renderCertificatePdf(certificate, {
      issuer: 'Sở Tư pháp thành phố Hà Nội',
      ...(settings.pdfFont ? { fontPath: settings.pdfFont } : {}),
    });
    expect(phieuLLTP).toBe(rendered);
    // Polled by its number: no pull list that no token could ever read or acknowledge is kept for it.
    expect(await t.app.redis.keys(`${t.prefix}:state:lltp:idx:pull:anonymous:*`)).toEqual([]);
  });

  it('a convicted person’s certificate (form No. 2) lists the judgment', async () => {
    const number = nextNumber();
    expect((await send(v2Body(PEOPLE.convicted, number, { loaiPhieu: '2' }))).text).toMatch(/gửi thông tin thành công$/);
    await advance(10 * MINUTE);
    const done = (await poll(number)).body.value[0];
    expect(done.trangThaiXuLy).toBe('9');
    expect(done.ketQuaXuLy).toMatchObject({ loaiPhieu: 2, tinhTrangAnTich: 2, tenTinhTrangAnTich: 'Có án tích' });
    expect(done.ketQuaXuLy.thongTinAn).toEqual([
      expect.objectContaining({
        soBanAn: '112/2024/HS-ST',
        dsToiDanh: [{ toiDanh: 'Điều 173', tenToiDanh: 'Trộm cắp tài sản' }],
        tinhTrangXoaAn: 'Chưa được xóa án tích',
      }),
    ]);
    expect(pdfFacts(Buffer.from(done.ketQuaXuLy.phieuLLTP, 'base64'))).toMatchObject({
      complete: true,
      title: `Phiếu lý lịch tư pháp số 2 - ${done.ketQuaXuLy.soPhieuLLTP}`,
    });
  });

  it('a request by proxy carries the authorised person and is issued; an unknown ID number is refused: trangThaiXuLy 3 with the reason in v2 names', async () => {
    const proxy = nextNumber();
    const byProxy = v2Body(PEOPLE.clean, proxy, {
      uyQuyen: '1',
      uyQuyenHoTen: 'Trần Văn Bình',
      nuqGioiTinh: '1',
      nuqLoaiGiayto: '2',
      nuqSoGiayTo: PEOPLE.convicted.id,
      nyqQuanHe: 'Bạn',
    });
    expect((await send(byProxy)).text).toMatch(/gửi thông tin thành công$/);
    const unknown = nextNumber();
    expect((await send(v2Body(PEOPLE.unknown, unknown))).text).toMatch(/gửi thông tin thành công$/);
    const wrongName = nextNumber();
    expect((await send(v2Body({ ...PEOPLE.clean, name: 'Nguyễn Văn Anh' }, wrongName))).text).toMatch(/gửi thông tin thành công$/);
    await advance(10 * MINUTE);
    expect((await poll(proxy)).body.value[0]).toMatchObject({ trangThaiXuLy: '9', ketQuaXuLy: { tinhTrangAnTich: 1 } });
    const refused = (await poll(unknown)).body.value[0];
    expect(refused).toMatchObject({
      trangThaiXuLy: '3',
      tenTrangThaiXuLy: 'Không được tiếp nhận',
      lyDoTuChoi: expect.stringMatching(/Không xác minh được nhân thân: số giấy tờ 001090999999/),
    });
    expect(refused.ketQuaXuLy).toBeUndefined();
    expect((await poll(wrongName)).body.value[0].lyDoTuChoi).toMatch(/khác với nycHoTen$/);
  });

  it('the same maHoSoMCDT again, alike or not → "đã được tiếp nhận, không thể cập nhật thông tin", and nothing is duplicated', async () => {
    const number = nextNumber();
    await send(v2Body(PEOPLE.clean, number));
    const keys = (await dossierKeys(t)).length;
    const again = await send(v2Body(PEOPLE.clean, number));
    expect(again.status).toBe(200);
    expect(again.text).toBe(`Hồ sơ ${number} đã được tiếp nhận, không thể cập nhật thông tin`);
    const other = await send(v2Body(PEOPLE.convicted, number));
    expect(other.text).toBe(`Hồ sơ ${number} đã được tiếp nhận, không thể cập nhật thông tin`);
    expect((await dossierKeys(t)).length).toBe(keys);
    await advance(10 * MINUTE);
    expect((await poll(number)).body.value[0].ketQuaXuLy).toMatchObject({ hoTen: PEOPLE.clean.name });
  });

  it('maTinh as a C# client may write it (1, "01 ") is the province 01 on both send and poll, and the padding is journaled', async () => {
    const number = nextNumber();
    const sent = await send(v2Body(PEOPLE.clean, number, {}, { maTinh: 1 }));
    expect(sent.text).toBe(`Hồ sơ ${number}: gửi thông tin thành công`);
    const journal = (path: string) => t.http.get('/sim/journal').query({ nativePath: path, limit: 1 }).auth(t.config.adminToken, { type: 'bearer' });
    expect((await journal(SEND)).body.entries[0].coercions).toEqual(
      expect.arrayContaining([{ path: 'maTinh', kind: 'zero-padded', from: 1, to: '01' }]),
    );
    const polled = await poll(number, { maTinh: 1 });
    expect(polled.body).toMatchObject({ status: 1, value: [{ maHoSoMCDT: number, trangThaiXuLy: '2' }] });
    expect((await journal(POLL)).body.entries[0].coercions).toEqual([{ path: 'maTinh', kind: 'zero-padded', from: 1, to: '01' }]);
    expect((await poll(number, { maTinh: '01 ' })).body).toMatchObject({ status: 1, value: [{ maHoSoMCDT: number }] });
  });

  it('a C#-style send (numbers for the documented strings, unpadded codes, nulls, an unknown member) is taken and answered as documented; each leniency is noted at its v2 path', async () => {
    const number = nextNumber();
    const unpadded = {
      maTinhThanh: 1,
      tenTinhThanh: 'Thành phố Hà Nội',
      maQuanHuyen: 1,
      tenQuanHuyen: 'Quận Ba Đình',
      maPhuongXa: 1,
      tenPhuongXa: 'Phường Phúc Xá',
    };
    const body = v2Body(
      PEOPLE.clean,
      number,
      {
        loaiPhieu: 1,
        yeuCauCDNCV: 0,
        maMucDich: 1,
        soLuongCap: 2,
        nycGioiTinh: 1,
        nycNoiSinhNuocNgoai: 1,
        nycThuongTru: { ...unpadded, dcChiTiet: 'Số 12, đường Phó Đức Chính' },
        nycLoaiGiayTo: 2,
        nycQuocTich: 'VN ',
        nycDanToc: 1,
        uyQuyen: 0,
        nuqGioiTinh: '',
        ghiChuNoiBo: 'x',
        nycCuTru: [{ tuNgay: 2000, denNgay: '01/2026', noiCuTru: 'Hà Nội', ngheNghiep: null, noiLamViec: 'Công ty A' }],
      },
      { maTinh: 1, nguonDangKy: 1 },
    );
    const sent = await t.http.post(SEND).auth(token, { type: 'bearer' }).send(body);
    expect(sent.status).toBe(200);
    expect(sent.type).toBe('text/plain');
    expect(sent.text).toBe(`Hồ sơ ${number}: gửi thông tin thành công`);
    // The same list on the journal entry, the admin view and the message record, each at the path
    // the client sent; nothing is noted twice or at a v1 path of the translation.
    expect(await coercionsOf(t, SEND, token)).toEqual([
      { path: 'maTinh', kind: 'zero-padded', from: 1, to: '01' },
      { path: 'nguonDangKy', kind: 'number-to-string', from: 1, to: '1' },
      { path: 'toKhai.loaiPhieu', kind: 'number-to-string', from: 1, to: '1' },
      { path: 'toKhai.yeuCauCDNCV', kind: 'number-to-string', from: 0, to: '0' },
      { path: 'toKhai.maMucDich', kind: 'zero-padded', from: 1, to: '01' },
      { path: 'toKhai.soLuongCap', kind: 'number-to-string', from: 2, to: '2' },
      { path: 'toKhai.nycGioiTinh', kind: 'number-to-string', from: 1, to: '1' },
      { path: 'toKhai.nycNoiSinhNuocNgoai', kind: 'number-to-string', from: 1, to: '1' },
      { path: 'toKhai.nycThuongTru.maTinhThanh', kind: 'zero-padded', from: 1, to: '01' },
      { path: 'toKhai.nycThuongTru.maQuanHuyen', kind: 'zero-padded', from: 1, to: '001' },
      { path: 'toKhai.nycThuongTru.maPhuongXa', kind: 'zero-padded', from: 1, to: '00001' },
      { path: 'toKhai.nycTamTru', kind: 'null-dropped' },
      { path: 'toKhai.nycLoaiGiayTo', kind: 'number-to-string', from: 2, to: '2' },
      { path: 'toKhai.nycQuocTich', kind: 'whitespace-trimmed', from: 'VN ', to: 'VN' },
      { path: 'toKhai.nycDanToc', kind: 'zero-padded', from: 1, to: '01' },
      { path: 'toKhai.uyQuyen', kind: 'number-to-string', from: 0, to: '0' },
      { path: 'toKhai.nycCuTru[0].tuNgay', kind: 'number-to-string', from: 2000, to: '2000' },
      { path: 'toKhai.nycCuTru[0].ngheNghiep', kind: 'null-dropped' },
      { path: 'toKhai.nuqGioiTinh', kind: 'empty-dropped', from: '' },
      { path: 'toKhai.ghiChuNoiBo', kind: 'unknown-dropped', from: 'x' },
    ]);
    // Read as a string-writing client's request would be: the same dossier, the same answers.
    const mine = (maHoSoMCDT: string) => t.http.post(POLL).auth(token, { type: 'bearer' }).send({ maTinh: '01', maHoSoMCDT });
    expect((await mine(number)).body.value[0]).toMatchObject({ trangThaiXuLy: '2', ngayHenTraKetQua: '25/01/2026' });
    await advance(10 * MINUTE);
    expect((await mine(number)).body.value[0]).toMatchObject({ trangThaiXuLy: '9', ketQuaXuLy: { loaiPhieu: 1, hoTen: PEOPLE.clean.name } });
  });

  it('a C#-style poll (maTinh as a number in another casing, an unknown member, a numeric authKey) is noted the same way, and the key never reaches the journal', async () => {
    const number = nextNumber();
    await send(v2Body(PEOPLE.clean, number));
    const polled = await t.http.post(POLL).send({ AuthKey: 987654321, MaTinh: 1, maHoSoMCDT: number, tenTinh: null, nguonDangKy: '1' });
    expect(polled.body).toMatchObject({ status: 1, statusDescription: 'Thành công', value: [{ maHoSoMCDT: number, trangThaiXuLy: '2' }] });
    expect(await coercionsOf(t, POLL)).toEqual([
      { path: 'authKey', kind: 'key-case', from: 'AuthKey', to: 'authKey' },
      { path: 'maTinh', kind: 'key-case', from: 'MaTinh', to: 'maTinh' },
      { path: 'maTinh', kind: 'zero-padded', from: 1, to: '01' },
      { path: 'tenTinh', kind: 'null-dropped' },
      { path: 'nguonDangKy', kind: 'unknown-dropped', from: '1' },
    ]);
    expect(JSON.stringify(await lastJournalEntry(t, POLL))).not.toContain('987654321');
  });

  it('a strict caller is refused where the C#-style send needed leniency, in the v2 envelope naming the v2 path', async () => {
    const res = await send(v2Body(PEOPLE.clean, nextNumber(), { loaiPhieu: 1, nycDanToc: 1 })).set('x-sim-strict', 'true');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 0, statusDescription: 'Thất bại', errorCode: 'INVALID_FIELD' });
    expect(res.body.errorDescription).toContain('toKhai.loaiPhieu must be a string: send "1", not the number 1 (strict mode: number-to-string)');
    expect(res.body.errorDescription).toContain(
      'toKhai.nycDanToc must be written with its leading zeros: send "01", not 1 (strict mode: zero-padded)',
    );
  });

  it('a bearer token stands in for authKey; dossiers then belong to the token’s agency, not to the anonymous caller', async () => {
    const number = nextNumber();
    const { authKey: _authKey, ...body } = v2Body(PEOPLE.clean, number);
    expect((await t.http.post(SEND).auth(token, { type: 'bearer' }).send(body)).text).toMatch(/gửi thông tin thành công$/);
    const mine = await t.http.post(POLL).auth(token, { type: 'bearer' }).send({ MaTinh: '01', MaHoSoMCDT: number });
    expect(mine.body).toMatchObject({ status: 1, value: [{ maHoSoMCDT: number, trangThaiXuLy: '2' }] });
    expect((await poll(number)).body).toMatchObject({ status: 0, errorCode: 'DOSSIER_NOT_FOUND' });
    expect((await t.http.post(SEND).auth('not-a-token', { type: 'bearer' }).send(body)).body.fault).toMatchObject({ code: 900901 });
  });

  it('no ngayHenTra (PASETO sends null when the one-stop set none): LLTP sets its own, 10 days after receipt', async () => {
    const number = nextNumber();
    const res = await send(v2Body(PEOPLE.clean, number, { ngayHenTra: null }));
    expect(res.text).toBe(`Hồ sơ ${number}: gửi thông tin thành công`);
    expect((await poll(number)).body.value[0]).toMatchObject({ trangThaiXuLy: '2', ngayHenTraKetQua: '25/01/2026' });
  });

  describe('bad input is refused in the v2 JSON envelope naming the v2 field, and stores nothing', () => {
    let before: { journal: number; dossiers: number };
    beforeEach(async () => {
      before = { journal: (await storedMessages(t.prefix)).journalLength, dossiers: (await dossierKeys(t)).length };
    });
    afterEach(async () => {
      expect({ journal: (await storedMessages(t.prefix)).journalLength, dossiers: (await dossierKeys(t)).length }).toEqual(before);
    });

    const refusal = (errorCode: string, errorDescription: string | RegExp) => ({
      status: 0,
      statusDescription: 'Thất bại',
      errorCode,
      errorDescription: typeof errorDescription === 'string' ? errorDescription : expect.stringMatching(errorDescription),
    });

    it('malformed JSON', async () => {
      const res = await t.http.post(SEND).set('content-type', 'application/json').send('{"maHoSoMCDT": "1", "toKhai": {');
      expect(res.status).toBe(200);
      expect(res.body).toEqual(refusal('BAD_REQUEST', /^The body is not valid JSON/));
    });

    it('no authKey and no bearer → AUTHEN_ERROR, on the send and on the poll; a blank authKey counts as none', async () => {
      const { authKey: _authKey, ...body } = v2Body(PEOPLE.clean, nextNumber());
      expect((await send(body)).body).toEqual(refusal('AUTHEN_ERROR', /^authKey is required: send the authKey LGSP issued/));
      expect((await send({ ...body, authKey: '  ' })).body).toMatchObject({ status: 0, errorCode: 'AUTHEN_ERROR' });
      const polled = await t.http.post(POLL).send({ maTinh: '01', maHoSoMCDT: 'X' });
      expect(polled.status).toBe(200);
      expect(polled.body).toEqual({ ...refusal('AUTHEN_ERROR', /^authKey is required/), value: [] });
    });

    it('missing required fields → MISSING_FIELD with the v2 names', async () => {
      const res = await send(v2Body(PEOPLE.clean, nextNumber(), { nycHoTen: '', loaiPhieu: null, nycCuTru: undefined }));
      expect(res.body).toEqual(refusal('MISSING_FIELD', 'toKhai.nycCuTru is required; toKhai.nycHoTen is required; toKhai.loaiPhieu is required'));
      const noDeclaration = await send({ authKey: 'k', maTinh: '01', ngayTiepNhan: '15/01/2026' });
      expect(noDeclaration.body).toEqual(refusal('MISSING_FIELD', /maHoSoMCDT is required.*toKhai is required/));
    });

    it.each([
      ['a nationality that is no ISO code', { nycQuocTich: '3106' }, /^toKhai.nycQuocTich "3106" is not a code of the nationality catalogue/],
      ['an ethnicity that is no GSO code', { nycDanToc: '55305' }, /^toKhai.nycDanToc "55305" is not a code of the ethnicity catalogue/],
      ['v1’s female gender code', { nycGioiTinh: '0' }, /^toKhai.nycGioiTinh "0" is not a code of the gender \(1 male, 2 female\) catalogue/],
      [
        'an ID-document type without a v1 counterpart',
        { nycLoaiGiayTo: '9' },
        /^toKhai.nycLoaiGiayTo "9" is not a code of the ID-document type catalogue/,
      ],
      ['a purpose not in the catalogue', { maMucDich: '77' }, /^toKhai.maMucDich "77" is not a code of the LLTP purposes catalogue/],
      ['uyQuyen other than 0/1', { uyQuyen: '2' }, /^toKhai.uyQuyen must be 0 or 1, got "2"$/],
      ['a form other than 1/2', { loaiPhieu: '3' }, /^toKhai.loaiPhieu must be one of 1, 2$/],
      [
        'a birth date that is no partial date',
        { nycNgaySinh: '1985-03-12' },
        /^toKhai.nycNgaySinh must be a date written dd\/MM\/yyyy, MM\/yyyy or yyyy/,
      ],
      ['a CCCD number with a bad prefix', { nycSoGiayTo: '099085990001' }, /^toKhai.nycSoGiayTo is not a valid CCCD number \(prefix 099/],
      [
        'a residence period that ends before it starts',
        { nycCuTru: [{ tuNgay: '05/2010', denNgay: '2009', noiCuTru: 'Hà Nội' }] },
        /^toKhai.nycCuTru\[0\].denNgay must not be before tuNgay \(05\/2010\)$/,
      ],
      ['a promised day before receipt', { ngayHenTra: '14/01/2026' }, /^toKhai.ngayHenTra must not be before ngayTiepNhan \(15\/01\/2026\)$/],
    ])('INVALID_FIELD: %s', async (_label, toKhai, description) => {
      const res = await send(v2Body(PEOPLE.clean, nextNumber(), toKhai));
      expect(res.status).toBe(200);
      expect(res.body).toEqual(refusal('INVALID_FIELD', description));
    });

    it.each([
      ['a form other than 1/2, as a number', { loaiPhieu: 3 }, /^toKhai.loaiPhieu must be one of 1, 2$/],
      [
        'v1’s female gender code, as a number',
        { nycGioiTinh: 0 },
        /^toKhai.nycGioiTinh "0" is not a code of the gender \(1 male, 2 female\) catalogue/,
      ],
      ['an ethnicity that is no GSO code, as a number', { nycDanToc: 55305 }, /^toKhai.nycDanToc "55305" is not a code of the ethnicity catalogue/],
      ['a count that is no number', { soLuongCap: 'hai' }, /^toKhai.soLuongCap /],
      ['a count of none', { soLuongCap: 0 }, /^toKhai.soLuongCap /],
    ])('INVALID_FIELD for a C#-style value that is wrong whatever its type: %s', async (_label, toKhai, description) => {
      const res = await send(v2Body(PEOPLE.clean, nextNumber(), toKhai));
      expect(res.status).toBe(200);
      expect(res.body).toEqual(refusal('INVALID_FIELD', description));
    });

    it('INVALID_FIELD: a province without a Department of Justice LLTP serves, on the send and on the poll', async () => {
      expect((await send(v2Body(PEOPLE.clean, nextNumber(), {}, { maTinh: '99' }))).body).toEqual(
        refusal('INVALID_FIELD', /^maTinh "99" is not a province whose Department of Justice LLTP serves \(01, /),
      );
      expect((await poll('X', { maTinh: '99' })).body).toEqual({ ...refusal('INVALID_FIELD', /^maTinh "99" is not a province/), value: [] });
    });

    it('a day that does not exist in ngayTiepNhan', async () => {
      const res = await send(v2Body(PEOPLE.clean, nextNumber(), {}, { ngayTiepNhan: '31/02/2026 09:30:00' }));
      expect(res.body).toEqual(refusal('INVALID_FIELD', /^ngayTiepNhan must be a date that exists, written dd\/MM\/yyyy \(got "31\/02\/2026"\)$/));
    });
  });

  it('an unknown maHoSoMCDT on the poll → status 0 DOSSIER_NOT_FOUND, and nothing is stored', async () => {
    const dossiers = (await dossierKeys(t)).length;
    const res = await poll('000.00.01.H26-991231-9999');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      status: 0,
      statusDescription: 'Thất bại',
      errorCode: 'DOSSIER_NOT_FOUND',
      errorDescription: 'Không tìm thấy hồ sơ có mã hồ sơ một cửa (maHoSoMCDT) 000.00.01.H26-991231-9999',
      value: [],
    });
    expect((await dossierKeys(t)).length).toBe(dossiers);
  });
});
