/**
 * Strict mode: a client marked `"strict": true` in seeds/clients.json, or any request with
 * `X-Sim-Strict: true`, is refused where leniency would have helped, in the backend's own envelope,
 * naming each coercion. The unified API is always strict (our own contract).
 */
import { birthBody, postNative } from '../civil-registry/civil-registry-fixtures';
import { lltp, pasetoBody, PEOPLE } from '../judicial-records/lltp-fixtures';
import { DEV_PARTNER, signedInit } from '../paygov/paygov-support';
import { startTestApp, type TestApp } from '../support/test-app';

describe('strict mode on the native doors', () => {
  let t: TestApp;
  let token: string;
  let strictToken: string;
  beforeAll(async () => {
    t = await startTestApp('strict-mode');
    token = await t.token();
    strictToken = await t.token('motcua-strict', 'motcua-strict-secret');
  });
  afterAll(() => t.close());

  const criteria = { hoTen: 'Nguyễn Văn An', ngaySinh: '19850312', loaiNgaySinh: '0', gioiTinh: '1', maTinhKs: '01', isKs: '1' };
  const bhxh = (bearer: string) => t.http.post('/apiBHXH/getMaSoBhxhTheoTieuChi').auth(bearer, { type: 'bearer' });

  it('a strict client is refused in the backend’s envelope, with every coercion named, and nothing is recorded', async () => {
    const res = await bhxh(strictToken).send({ ...criteria, maTinhKs: 1, MaXaKs: null });
    expect(res.status).toBe(400);
    expect(res.body).toEqual({
      trangThai: '0',
      errorCode: 'INVALID_DATA',
      errorMessage:
        'maTinhKs must be written with its leading zeros: send "01", not 1 (strict mode: zero-padded); maXaKs is null; leave the member out instead (strict mode: null-dropped)',
    });
    const journal = await t.http
      .get('/sim/journal')
      .query({ nativePath: '/apiBHXH/getMaSoBhxhTheoTieuChi' })
      .auth(t.config.adminToken, { type: 'bearer' });
    expect(journal.body.total).toBe(0);
  });

  it('a strict client whose request fits as sent is served', async () => {
    const res = await bhxh(strictToken).send(criteria);
    expect(res.body).toEqual({ maSoBhxh: '0199000001', trangThai: '1', errorCode: '0' });
  });

  it('X-Sim-Strict: false does not loosen a strict client', async () => {
    const res = await bhxh(strictToken)
      .set('X-Sim-Strict', 'false')
      .send({ ...criteria, gioiTinh: 1 });
    expect(res.status).toBe(400);
    expect(res.body.errorMessage).toMatch(/gioiTinh must be a string: send "1", not the number 1/);
  });

  it('X-Sim-Strict: true makes one request of a lenient client strict, in each backend’s envelope', async () => {
    const hotich = await postNative(t, token, 'traTrangThaiHoSo', { maDonVi: 6, maHoSo: 'X-1' }).set('X-Sim-Strict', 'true');
    expect(hotich.status).toBe(400);
    expect(hotich.body).toMatchObject({
      status: 0,
      errorCode: '500',
      errorDescription: expect.stringMatching(/maDonVi must be written with its leading zeros: send "006", not 6/),
    });

    const body = birthBody();
    const push = await postNative(t, token, 'dangKyHoTich', { ...body, Extra: 1 }).set('X-Sim-Strict', 'true');
    expect(push.body).toMatchObject({
      status: 0,
      errorCode: '500',
      errorDescription: expect.stringMatching(/Extra is not a member of this request/),
    });

    const receipt = `26012${Math.floor(Math.random() * 90000 + 10000)}`;
    const lltpRes = await lltp(t, token, 'nhanHoSoDangKy', pasetoBody(PEOPLE.clean, receipt)).set('X-Sim-Strict', 'true');
    expect(lltpRes.status).toBe(200);
    expect(lltpRes.body).toMatchObject({
      STATUS: '0',
      DESCRIPTION: expect.stringMatching(/declarationWSForm\.genderId must be a number: send 1, not the string "1"/),
    });

    const paygov = await t.http
      .post('/paygov/init')
      .set('X-Sim-Strict', 'true')
      .send({ ...signedInit(DEV_PARTNER), GhiChu: null });
    expect(paygov.body).toMatchObject({ MaLoi: '05', MoTaLoi: expect.stringContaining('GhiChu is null') });

    const dkdn = await t.http
      .get('/apiCSDLDKDN/chiTietDoanhNghiep')
      .query({ MSDN: '0199990011' })
      .set('X-Sim-Strict', 'true')
      .auth(token, { type: 'bearer' });
    expect(dkdn.status).toBe(400);
    expect(dkdn.body).toMatchObject({ Status: '0', Message: expect.stringContaining('MSDN must be spelled msdn') });

    const lenient = await postNative(t, token, 'traTrangThaiHoSo', { maDonVi: 6, maHoSo: 'X-1' });
    expect(lenient.body).toMatchObject({ errorCode: '201' });
  });

  it('the unified API stays strict: a null, a number for a digit string and an unknown member are refused', async () => {
    const send = (body: object) =>
      t.http
        .post('/api/v1/messages')
        .auth(token, { type: 'bearer' })
        .set('Prefer', 'wait=5')
        .send({ header: { messageId: `strict-${Math.random()}`, messageType: 'bhxh.getMaSoBhxhTheoTieuChi', from: '000.00.00.H30' }, body });
    const res = await send({ ...criteria, maTinhKs: 1, maXaKs: null, extra: 'x' });
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    const paths = (res.body.errors as { path: string }[]).map((e) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['body.maTinhKs', 'body.maXaKs', 'body.extra']));
    const fine = await send(criteria);
    expect(fine.body).toMatchObject({ status: 'completed', response: { maSoBhxh: '0199000001' } });
    expect(fine.body.coercions).toBeUndefined();
  });
});
