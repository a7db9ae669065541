import { birthBody, deathBody, postNative } from '../civil-registry/civil-registry-fixtures';
import { startTestApp, type TestApp } from '../support/test-app';
import { advanceBy, check, freezeAt, login, OFFICER } from './egw-client';

const AN = { maThe: 'DN4010199000001', hoTen: 'Nguyễn Văn An', ngaySinh: '12/03/1985' };
const LOC = { maThe: 'DN4010199000014', hoTen: 'Trương Văn Lộc', ngaySinh: '21/10/1986' };

describe('health-insurance card check on the simulation clock, and with the other backends', () => {
  let t: TestApp;
  let lgspToken: string;
  beforeAll(async () => {
    t = await startTestApp('bhyt-life');
    lgspToken = await t.token();
    await freezeAt(t, '2026-03-01T02:00:00Z');
  });
  afterAll(() => t.close());

  it('a token expires after 30 minutes of simulation time', async () => {
    const auth = await login(t);
    expect((await check(t, auth, AN)).body.maKetQua).toBe('000');
    await advanceBy(t, '31m');
    const late = await check(t, auth, AN);
    expect(late.body).toMatchObject({ maKetQua: '401', ghiChu: expect.stringMatching(/hết hạn/) });
  });

  it('a newborn registered at the civil registry holds a TE1 card that the check finds valid, by card, BHXH number and personal ID', async () => {
    const body = birthBody();
    expect((await postNative(t, lgspToken, 'dangKyHoTich', body)).status).toBe(200);
    await advanceBy(t, '10m');
    const result = await postNative(t, lgspToken, 'ketQuaDangKyHS', { maDonVi: body.maDonVi, maHoSo: body.maHoSo });
    const { maTheBhyt, maSoBhxh, soDinhDanh } = result.body.value.ketQuaXuLy;
    expect(maTheBhyt).toMatch(/^TE101\d{10}$/);
    const auth = await login(t);
    for (const maThe of [maTheBhyt, maSoBhxh, soDinhDanh]) {
      const res = await check(t, auth, { maThe, hoTen: 'Đỗ Minh Khang', ngaySinh: '02/01/2026' });
      expect(res.body).toMatchObject({
        maKetQua: '000',
        maThe: maTheBhyt,
        gtTheTu: '02/01/2026',
        gtTheDen: '01/01/2032',
        maSoBHXH: maSoBhxh,
        gioiTinh: 'Nam',
        maDKBD: '01001',
      });
    }
    // The same card, as the BHXH lookup knows it.
    const bhxh = await t.http.post('/apiBHXH/getTraCuuTtHgdByMaSoBhxh').auth(lgspToken, { type: 'bearer' }).send({ maSoBhxh });
    expect(bhxh.body).toMatchObject({ maThe: maTheBhyt, gtTheDen: '20320101' });
  });

  it('a death registered at the civil registry stops the card (124) from the day of death', async () => {
    const binh = { id: '079080990002', name: 'Trần Văn Bình', born: '20.07.1980' };
    const asked = { maThe: '7999000002', hoTen: binh.name, ngaySinh: '20/07/1980' };
    const auth = await login(t);
    expect((await check(t, auth, asked)).body).toMatchObject({
      maKetQua: '000',
      maThe: 'DN4797999000002',
      cqBHXH: 'Bảo hiểm xã hội Thành phố Hồ Chí Minh',
    });
    const body = deathBody(binh, '10.01.2026');
    expect((await postNative(t, lgspToken, 'dangKyHoTich', body)).status).toBe(200);
    await advanceBy(t, '10m');
    expect((await postNative(t, lgspToken, 'traTrangThaiHoSo', { maDonVi: body.maDonVi, maHoSo: body.maHoSo })).body.status).toBe(4);
    expect((await check(t, auth, asked)).body).toMatchObject({
      maKetQua: '124',
      ghiChu: expect.stringMatching(/ngừng tham gia\. Từ ngày 10\/01\/2026/),
    });
  });

  it('the examination history lists the visits discharged by the simulation day, newest first', async () => {
    const auth = await login(t);
    const res = await check(t, auth, AN, 'Lskcb2025');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ maKetQua: '000', hoTen: 'Nguyễn Văn An' });
    expect(res.body.dsLichSuKCB2018.map((v: { maHoSo: string }) => v.maHoSo)).toEqual(['0100225000456', '0100125000123']);
    expect(res.body.dsLichSuKCB2018[0]).toEqual({
      maHoSo: '0100225000456',
      maCSKCB: '01002',
      ngayVao: '202509020915',
      ngayRa: '202509031400',
      tenBenh: 'Gãy xương cẳng tay',
      tinhTrang: '2',
      kqDieuTri: '2',
      lyDoVV: '2',
    });
    const wrongName = await check(t, auth, { ...AN, hoTen: 'Trần Văn An' }, 'Lskcb2025');
    expect(wrongName.body).toEqual({ maKetQua: '060', ghiChu: expect.any(String), maThe: null, hoTen: null, dsLichSuKCB2018: null });
  });

  it('the unified API answers the same verdicts under the LGSP token, and refuses a bad body with 400', async () => {
    const send = (messageType: string, body: object) =>
      t.http
        .post('/api/v1/messages')
        .auth(lgspToken, { type: 'bearer' })
        .set('prefer', 'wait=5')
        .send({ header: { messageId: `bhyt-${messageType}-${Math.random()}`, messageType, from: t.config.devClient.agency }, body });
    await send('bhyt.KQNhanLichSuKCB2024', { ...AN, ...OFFICER });
    // The answer lists the checks before it: the first one, made by this LGSP client.
    const ok = await send('bhyt.KQNhanLichSuKCB2024', { ...AN, ...OFFICER });
    expect(ok.body).toMatchObject({
      status: 'completed',
      response: { maKetQua: '000', dsLichSuKT2018: expect.arrayContaining([expect.objectContaining({ userKT: t.config.devClient.id })]) },
    });
    const history = await send('bhyt.Lskcb2025', { ...AN, ...OFFICER });
    expect(history.body.response.dsLichSuKCB2018).toHaveLength(2);
    const bad = await send('bhyt.KQNhanLichSuKCB2024', { ...AN, ngaySinh: '1985-03-12', ...OFFICER });
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([{ path: 'body.ngaySinh', message: expect.stringMatching(/dd\/MM\/yyyy/) }]);
  });

  it('the old card of a replaced one answers 004 while it is valid and 003 once the clock passes its end', async () => {
    const auth = await login(t);
    expect((await check(t, auth, LOC)).body.maKetQua).toBe('004');
    await freezeAt(t, '2027-07-01T02:00:00Z');
    const auth2 = await login(t);
    expect((await check(t, auth2, LOC)).body).toMatchObject({ maKetQua: '003', maTheMoi: 'GD4010199000014' });
    // By then the third visit is history too.
    expect((await check(t, auth2, AN, 'Lskcb2025')).body.dsLichSuKCB2018).toHaveLength(3);
  });
});
