/**
 * LLTP v2's result push to VNeID (DOMAIN.md §6.2): POST …/v2/lyLichTuPhap/traKetQuaHoSoLLTP as
 * PASETO sends it (no token, every member a string), answered `{ statusCode, data, errorDetail }`.
 */
import { startTestApp, type TestApp } from '../support/test-app';

const PATH = '/apiLyLichTuPhap/v2/lyLichTuPhap/traKetQuaHoSoLLTP';

describe('LLTP v2 result push to VNeID', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp('lltp-vneid');
  });
  afterAll(() => t.close());

  let serial = 0;
  const number = (suffix?: string): string =>
    suffix ? `000.00.12.H44-260115${suffix}` : `000.00.12.H44-260115-${String(++serial).padStart(4, '0')}`;
  /** The body PASETO builds (DongBoTrangThaiParam): unset members as "" or null. */
  const push = (maHoSoMCDT: string, trangThaiXuLy: string, extra: Record<string, unknown> = {}) =>
    t.http.post(PATH).send({
      maTinh: '44',
      tenTinh: 'Quảng Bình',
      maHoSoMCDT,
      trangThaiXuLy,
      tenTrangThaiXuLy: 'Đang xử lý',
      lyDoTuChoi: null,
      ngayHenTraKetQua: '25/01/2026',
      type: '1',
      ketQuaXuLy: null,
      ...extra,
    });

  it('00: a new state is taken and kept; the certificate of state 9 rides along with the judgment keys PASETO reads', async () => {
    const dossier = number();
    const first = await push(dossier, '4');
    expect(first.status).toBe(200);
    expect(first.body).toEqual({
      statusCode: '00',
      data: { maHoSoMCDT: dossier, trangThaiXuLy: '4', ngayCapNhat: expect.stringMatching(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}:\d{2}$/) },
      errorDetail: null,
    });
    const ketQuaXuLy = {
      soPhieuLLTP: '123/2026/LLTP',
      ngayCapPhieu: '20/01/2026',
      loaiPhieu: '1',
      tinhTrangAnTich: '2',
      thongTinAn: [
        { soBanAn: '112/2024/HS-ST', toaDaTuyen: 'TAND quận Ba Đình', dsToiDanh: [{ toiDanh: 'Điều 173', tenToiDanh: 'Trộm cắp tài sản' }] },
      ],
      dsCDNCV: [],
      phieuLLTP: 'JVBERi0xLjQK',
    };
    const done = await push(dossier, '9', { tenTrangThaiXuLy: 'Đã xử lý xong', ketQuaXuLy });
    expect(done.body).toMatchObject({ statusCode: '00', data: { trangThaiXuLy: '9' } });
  });

  it('01: the state the dossier already holds, with the text PASETO counts as done', async () => {
    const dossier = number();
    expect((await push(dossier, '5', { lyDoTuChoi: 'Thiếu ảnh' })).body.statusCode).toBe('00');
    const again = await push(dossier, '5', { lyDoTuChoi: 'Thiếu ảnh' });
    expect(again.status).toBe(200);
    expect(again.body).toEqual({ statusCode: '01', data: null, errorDetail: expect.stringContaining('không thể cập nhật lên trạng thái') });
    // Another state is taken again.
    expect((await push(dossier, '4')).body.statusCode).toBe('00');
  });

  it('03: the named interrupted case answers 03 once, and its retry is taken', async () => {
    const dossier = number('-9903');
    const interrupted = await push(dossier, '4');
    expect(interrupted.body).toEqual({ statusCode: '03', data: null, errorDetail: 'Yêu cầu bị gián đoạn. Vui lòng thử lại.' });
    expect((await push(dossier, '4')).body).toMatchObject({ statusCode: '00' });
  });

  it('03: a platform fault injected by a scenario', async () => {
    const admin = (req: ReturnType<typeof t.http.post>) => req.auth(t.config.adminToken, { type: 'bearer' });
    await admin(t.http.post('/sim/scenarios'))
      .send({ match: { messageType: 'lltp.traKetQuaHoSoLLTP' }, effect: { type: 'error', status: 503 }, count: 1 })
      .expect(201);
    const faulted = await push(number(), '4');
    expect(faulted.status).toBe(503);
    expect(faulted.body).toEqual({ statusCode: '03', data: null, errorDetail: 'Yêu cầu bị gián đoạn. Vui lòng thử lại.' });
  });

  it('a push that breaks the contract is 400 with 01 and the reason, and changes nothing', async () => {
    const dossier = number();
    const unknownState = await push(dossier, '11');
    expect(unknownState.status).toBe(400);
    expect(unknownState.body).toEqual({ statusCode: '01', data: null, errorDetail: expect.stringContaining('trangThaiXuLy') });
    const missing = await t.http.post(PATH).send({ maTinh: '44', trangThaiXuLy: '4' });
    expect(missing.body).toEqual({ statusCode: '01', data: null, errorDetail: expect.stringContaining('maHoSoMCDT is required') });
    const badDate = await push(dossier, '4', { ngayHenTraKetQua: '2026-01-25' });
    expect(badDate.body).toMatchObject({ statusCode: '01', errorDetail: expect.stringContaining('ngayHenTraKetQua') });
    // Nothing was kept: the first valid push of the dossier is taken.
    expect((await push(dossier, '4')).body.statusCode).toBe('00');
  });
});
