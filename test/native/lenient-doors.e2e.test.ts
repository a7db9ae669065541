/**
 * Requests shaped as the C# one-stop client (PASETO, Newtonsoft defaults) sends them, at every
 * native door: nulls for unset members, members the backend does not know, other key casings,
 * numbers for digit strings, codes without their zero padding. Each is answered as the real platform
 * would, and each leniency is noted on the journal entry and the message record.
 */
import { birthBody, nextDossierNumber, postNative } from '../civil-registry/civil-registry-fixtures';
import { lltp, pasetoBody, PEOPLE, v2Body } from '../judicial-records/lltp-fixtures';
import { DEV_PARTNER, signedInit } from '../paygov/paygov-support';
import { startTestApp, type TestApp } from '../support/test-app';
import { coercionsOf } from './native-support';

describe('lenient native doors: what real C# clients send is taken, and noted', () => {
  let t: TestApp;
  let token: string;
  beforeAll(async () => {
    t = await startTestApp('lenient-doors');
    token = await t.token();
  });
  afterAll(() => t.close());

  it('hộ tịch v1: Newtonsoft nulls, an unknown member, PascalCase keys and an unpadded ethnicity code', async () => {
    const base = birthBody();
    const body = {
      ...base,
      Module: base.module,
      module: undefined,
      maHoSoLT: null,
      ghiChuNoiBo: 'x',
      data: { ...base.data, nksDanToc: '1', nksNgaySinhBangChu: null, NKSHoTen: base.data.nksHoTen, nksHoTen: undefined },
    };
    const res = await postNative(t, token, 'dangKyHoTich', body);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 1, value: { maHoSo: base.maHoSo, status: 1 } });
    const coercions = await coercionsOf(t, '/apiHoTichTuPhap/dangKyHoTich', token);
    expect(coercions).toEqual(
      expect.arrayContaining([
        { path: 'module', kind: 'key-case', from: 'Module', to: 'module' },
        { path: 'maHoSoLT', kind: 'null-dropped' },
        { path: 'ghiChuNoiBo', kind: 'unknown-dropped', from: 'x' },
        { path: 'data.nksDanToc', kind: 'zero-padded', from: '1', to: '01' },
        { path: 'data.nksNgaySinhBangChu', kind: 'null-dropped' },
        { path: 'data.nksHoTen', kind: 'key-case', from: 'NKSHoTen', to: 'nksHoTen' },
      ]),
    );
    // maDonVi as v1's Long: 00006 arrives as 6 and still finds the dossier pushed as "00006".
    const state = await postNative(t, token, 'traTrangThaiHoSo', { maDonVi: 6, maHoSo: base.maHoSo });
    expect(state.body).toMatchObject({ status: 1, value: { maHoSo: base.maHoSo } });
    expect(await coercionsOf(t, '/apiHoTichTuPhap/traTrangThaiHoSo', token)).toEqual([{ path: 'maDonVi', kind: 'zero-padded', from: 6, to: '006' }]);
  });

  it('hộ tịch v2: data as a JSON string with nulls, maTinh as a number on the poll', async () => {
    const { data, maHoSo, ...rest } = birthBody({ module: 'LTKS' });
    const push = {
      ...rest,
      maHoSoMCDT: maHoSo,
      maHoSoLT: 'LT-1',
      data: JSON.stringify({ ...data, meSoGiayToTuyThan: null, chaGhiChu: null }),
      fileDinhKem: null,
    };
    const res = await t.http.post('/apiHoTichTuPhap/v2/nhanDKHT').send(push);
    expect(res.body).toMatchObject({ status: '1' });
    expect(await coercionsOf(t, '/apiHoTichTuPhap/v2/nhanDKHT')).toEqual(
      expect.arrayContaining([
        { path: 'fileDinhKem', kind: 'null-dropped' },
        { path: 'data.meSoGiayToTuyThan', kind: 'null-dropped' },
        { path: 'data.chaGhiChu', kind: 'null-dropped' },
      ]),
    );
    const poll = await t.http.post('/apiHoTichTuPhap/v2/layKetQua').send({ maDinhDanhHoSo: [maHoSo], maTinh: 1, module: 'LTKS' });
    expect(poll.body).toMatchObject({ status: 1, value: [{ maHoSoMCDT: maHoSo, trangThai: '1' }] });
    expect(await coercionsOf(t, '/apiHoTichTuPhap/v2/layKetQua')).toEqual([{ path: 'maTinh', kind: 'zero-padded', from: 1, to: '01' }]);
  });

  it('LLTP v1: PASETO’s form names with codes as strings and null members', async () => {
    const receipt = `26011${Math.floor(Math.random() * 90000 + 10000)}`;
    const res = await lltp(t, token, 'nhanHoSoDangKy', {
      ...pasetoBody(PEOPLE.clean, receipt, { email: null, otherName: null }),
      IdMoneyReceipt: '0',
      idMoneyReceipt: undefined,
    });
    expect(res.body).toMatchObject({ STATUS: '1' });
    const coercions = await coercionsOf(t, '/apiLyLichTuPhap/nhanHoSoDangKy', token);
    expect(coercions).toEqual(
      expect.arrayContaining([
        { path: 'idMoneyReceipt', kind: 'key-case', from: 'IdMoneyReceipt', to: 'idMoneyReceipt' },
        { path: 'declarationWSForm.email', kind: 'null-dropped' },
        { path: 'declarationWSForm.genderId', kind: 'string-to-number', from: '1', to: 1 },
        { path: 'declarationWSForm.ministryJusticeId', kind: 'string-to-number', from: '5001', to: 5001 },
      ]),
    );
  });

  it('LLTP v2: a toKhai key in another casing and null address members', async () => {
    const number = nextDossierNumber();
    const { toKhai, ...top } = v2Body(PEOPLE.clean, number, { nycTamTru: null, nycEmail: null });
    const res = await t.http.post('/apiLyLichTuPhap/v2/nhanHoSo').send({ ...top, ToKhai: toKhai });
    expect(res.text).toMatch(/gửi thông tin thành công/);
    expect(await coercionsOf(t, '/apiLyLichTuPhap/v2/nhanHoSo')).toEqual(
      expect.arrayContaining([
        { path: 'toKhai', kind: 'key-case', from: 'ToKhai', to: 'toKhai' },
        { path: 'toKhai.nycEmail', kind: 'null-dropped' },
      ]),
    );
  });

  it('dkdn: a query parameter in another casing and a cache-buster the registry does not know', async () => {
    const res = await t.http.get('/apiCSDLDKDN/chiTietDoanhNghiep').query({ MSDN: '0199990011', _: '1767225600000' }).auth(token, { type: 'bearer' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ Status: '1', DataCount: 1 });
    expect(await coercionsOf(t, '/apiCSDLDKDN/chiTietDoanhNghiep', token)).toEqual([
      { path: 'msdn', kind: 'key-case', from: 'MSDN', to: 'msdn' },
      { path: '_', kind: 'unknown-dropped', from: '1767225600000' },
    ]);
  });

  it('PayGov: camelCase keys, a null member and the amount as a number', async () => {
    const body = signedInit(DEV_PARTNER, { SoTien: 50000 });
    const odd = Object.fromEntries(Object.entries(body).map(([k, v]) => [k.charAt(0).toLowerCase() + k.slice(1), v]));
    const res = await t.http.post('/paygov/init').send({ ...odd, GhiChu: null });
    expect(res.body).toMatchObject({ MaLoi: '00', MaThamChieu: body.MaThamChieu });
    const coercions = await coercionsOf(t, '/paygov/init');
    expect(coercions).toEqual(
      expect.arrayContaining([
        { path: 'MaDoiTac', kind: 'key-case', from: 'maDoiTac', to: 'MaDoiTac' },
        { path: 'SoTien', kind: 'number-to-string', from: 50000, to: '50000' },
        { path: 'GhiChu', kind: 'null-dropped' },
      ]),
    );
  });

  it('BHXH: codes as numbers and without their zero padding', async () => {
    const res = await t.http
      .post('/apiBHXH/getMaSoBhxhTheoTieuChi')
      .auth(token, { type: 'bearer' })
      .send({ hoTen: 'Nguyễn Văn An', ngaySinh: 19850312, loaiNgaySinh: 0, gioiTinh: 1, maTinhKs: 1, maHuyenKs: null, maXaKs: null, isKs: 1 });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ maSoBhxh: '0199000001', trangThai: '1', errorCode: '0' });
    expect(await coercionsOf(t, '/apiBHXH/getMaSoBhxhTheoTieuChi', token)).toEqual([
      { path: 'ngaySinh', kind: 'number-to-string', from: 19850312, to: '19850312' },
      { path: 'loaiNgaySinh', kind: 'number-to-string', from: 0, to: '0' },
      { path: 'gioiTinh', kind: 'number-to-string', from: 1, to: '1' },
      { path: 'maTinhKs', kind: 'zero-padded', from: 1, to: '01' },
      { path: 'maHuyenKs', kind: 'null-dropped' },
      { path: 'maXaKs', kind: 'null-dropped' },
      { path: 'isKs', kind: 'number-to-string', from: 1, to: '1' },
    ]);
  });

  it('a request that fits as sent carries no coercions', async () => {
    await t.http.post('/apiBHXH/getTraCuuTtHgdByMaSoBhxh').auth(token, { type: 'bearer' }).send({ maSoBhxh: '0199000001' });
    const entry = await coercionsOf(t, '/apiBHXH/getTraCuuTtHgdByMaSoBhxh', token);
    expect(entry).toEqual([]);
  });

  describe('what cannot be read as the schema says still gets the backend’s clear error', () => {
    it('letters in a digit field', async () => {
      const bhxh = await t.http.post('/apiBHXH/getTraCuuTtHgdByMaSoBhxh').auth(token, { type: 'bearer' }).send({ maSoBhxh: '01990000AB' });
      expect(bhxh.status).toBe(400);
      expect(bhxh.body).toMatchObject({ trangThai: '0', errorCode: 'INVALID_DATA', errorMessage: expect.stringContaining('maSoBhxh') });
      const hotich = await postNative(t, token, 'traTrangThaiHoSo', { maDonVi: '6A', maHoSo: 'X-1' });
      expect(hotich.body).toMatchObject({ status: 0, errorCode: '106' });
      const lltpQuery = await lltp(t, token, 'traDanhMuc', { infoType: 'two' });
      expect(lltpQuery.body).toMatchObject({ STATUS: '0', ERROR_CODE: 'INVALID_FIELD', DESCRIPTION: expect.stringContaining('infoType') });
      const paygov = await t.http.post('/paygov/init').send(signedInit(DEV_PARTNER, { SoTien: '5O000' }));
      expect(paygov.body).toMatchObject({ MaLoi: '05', MoTaLoi: expect.stringContaining('SoTien') });
    });

    it('an object where a string is expected', async () => {
      const bhxh = await t.http
        .post('/apiBHXH/getMaSoBhxhTheoTieuChi')
        .auth(token, { type: 'bearer' })
        .send({ hoTen: { ten: 'An' }, ngaySinh: '1985', loaiNgaySinh: '1', gioiTinh: '1', maTinhKs: '01', isKs: '1' });
      expect(bhxh.status).toBe(400);
      expect(bhxh.body).toMatchObject({ trangThai: '0', errorCode: 'INVALID_DATA', errorMessage: expect.stringContaining('hoTen') });
      const dkdn = await t.http.get('/apiCSDLDKDN/tinhTrangHoSo').query({ in_journal_no: 'abc' }).auth(token, { type: 'bearer' });
      expect(dkdn.status).toBe(400);
      expect(dkdn.body).toMatchObject({ Status: '0', Message: expect.stringContaining('in_journal_no') });
    });
  });
});
