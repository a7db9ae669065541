import { startTestApp, type TestApp } from '../support/test-app';
import { check, freezeAt, login, md5, type EgwLogin } from './egw-client';

/** Named test persons (seeds/README.md) and the maKetQua each provokes, on 2026-03-01. */
const PERSONS: [string, string, string, string][] = [
  ['001090990011', 'Phan Văn Quân', '14/05/1990', '001'],
  ['001092990012', 'Lý Văn Công', '03/08/1992', '002'],
  ['001178990013', 'Mai Thị Hạnh', '14/02/1978', '003'],
  ['001086990014', 'Trương Văn Lộc', '21/10/1986', '004'],
  ['001199990015', 'Cao Thị Ngân', '30/03/1999', '010'],
  ['001070990016', 'Hồ Văn Phúc', '12/12/1970', '100'],
  ['001183990017', 'Dương Thị Quỳnh', '07/07/1983', '101'],
  ['001075990018', 'Đinh Văn Sơn', '19/04/1975', '110'],
  ['001191990019', 'Lưu Thị Thu', '09/09/1991', '120'],
  ['001088990020', 'Tạ Văn Tài', '15/01/1988', '121'],
  ['001193990021', 'Kiều Thị Uyên', '11/11/1993', '122'],
  ['001084990022', 'Mạc Văn Vinh', '06/06/1984', '123'],
  ['044042990004', 'Phạm Văn Dũng', '18/02/1942', '124'],
  ['001223990023', 'Đỗ Gia Bảo', '10/05/2023', '130'],
];

const AN = { maThe: 'DN4010199000001', hoTen: 'Nguyễn Văn An', ngaySinh: '12/03/1985' };

describe('health-insurance card check: every maKetQua through the native path', () => {
  let t: TestApp;
  let auth: EgwLogin;
  beforeAll(async () => {
    t = await startTestApp('bhyt-codes');
    await freezeAt(t, '2026-03-01T02:00:00Z');
    auth = await login(t);
  });
  afterAll(() => t.close());

  it('logs in with the MD5 of the password, and refuses a wrong one with 401', async () => {
    const wrong = await t.http
      .post('/egw/api/token/take')
      .type('form')
      .send({ username: '01001_BV', password: md5('guess') });
    expect(wrong.status).toBe(200);
    expect(wrong.body).toMatchObject({ maKetQua: '401', APIKey: null });
    const plain = await t.http.post('/egw/api/token/take').send({ username: '01001_BV', password: 'sim-egw-01001' });
    expect(plain.body.maKetQua).toBe('401');
    const ok = await t.http.post('/egw/api/token/take').send({ USERNAME: '01001_BV', password: md5('sim-egw-01001').toLowerCase() });
    expect(ok.body).toMatchObject({
      maKetQua: '200',
      APIKey: { token_type: 'bearer', username: '01001_BV', expires_in: '2026-03-01T02:30:00.0000000Z' },
    });
  });

  it('answers 000 with the card and holder, by card code, BHXH number or personal ID, and lists earlier checks', async () => {
    const first = await check(t, auth, AN);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({
      maKetQua: '000',
      ghiChu: expect.stringMatching(/^Thẻ còn giá trị sử dụng!.*đủ 5 năm liên tục: 01\/07\/2013/),
      maThe: 'DN4010199000001',
      hoTen: 'Nguyễn Văn An',
      ngaySinh: '12/03/1985',
      gioiTinh: 'Nam',
      maDKBD: '01001',
      gtTheTu: '01/01/2025',
      gtTheDen: '31/12/2030',
      maSoBHXH: '0199000001',
      cqBHXH: 'Bảo hiểm xã hội Thành phố Hà Nội',
      dsLichSuKCB2018: null,
    });
    expect(first.body.diaChi).toMatch(/^Số 12, đường Phó Đức Chính, .*Hà Nội$/);
    for (const maThe of ['0199000001', '001085990001']) {
      const res = await check(t, auth, { ...AN, maThe });
      expect(res.body).toMatchObject({ maKetQua: '000', maThe: 'DN4010199000001' });
    }
    const last = await check(t, auth, { ...AN, ngaySinh: '1985' });
    expect(last.body.maKetQua).toBe('000');
    expect(last.body.dsLichSuKT2018).toHaveLength(3);
    expect(last.body.dsLichSuKT2018[0]).toEqual({
      userKT: '01001_BV',
      thoiGianKT: '20260301090000',
      thongBao: expect.stringMatching(/^Thẻ còn giá trị/),
      maLoi: '000',
    });
    for (let i = 0; i < 8; i += 1) await check(t, auth, AN);
    expect((await check(t, auth, AN)).body.dsLichSuKT2018).toHaveLength(10);
  });

  it.each(PERSONS)('%s (%s, born %s) answers %s', async (maThe, hoTen, ngaySinh, code) => {
    const res = await check(t, auth, { maThe, hoTen, ngaySinh });
    expect({ maThe, status: res.status, code: res.body.maKetQua }).toEqual({ maThe, status: 200, code });
    expect(res.body.ghiChu.length).toBeGreaterThan(5);
  });

  it('003 and 004 name the new card; the new card itself is valid', async () => {
    const old = await check(t, auth, { maThe: 'DN4010199000014', hoTen: 'Trương Văn Lộc', ngaySinh: '21/10/1986' });
    expect(old.body).toMatchObject({
      maKetQua: '004',
      maTheCu: 'DN4010199000014',
      maTheMoi: 'GD4010199000014',
      gtTheTuMoi: '01/07/2026',
      gtTheDenMoi: '31/12/2031'.replace('31/12', '30/06'),
      maDKBDMoi: '01002',
      tenDKBDMoi: 'Trung tâm Y tế Mô Phỏng quận Ba Đình',
    });
    const renewed = await check(t, auth, { maThe: 'HT2010199000013', hoTen: 'Mai Thị Hạnh', ngaySinh: '14/02/1978' });
    expect(renewed.body).toMatchObject({ maKetQua: '000', maThe: 'HT2010199000013' });
  });

  it.each([
    ['060', { hoTen: 'Trần Văn An' }],
    ['061', { hoTen: 'Nguyễn Văn Ân' }],
    ['070', { ngaySinh: '13/03/1985' }],
    ['070', { ngaySinh: '1986' }],
    ['080', { gioiTinh: 'Nữ' }],
    ['090', { maDKBD: '01002' }],
    ['051', { maThe: 'DN401019900000X' }],
    ['051', { maThe: 'dn4010199000001' }],
    ['051', { maThe: '019900000' }],
    ['051', { maThe: '099085990001' }],
    ['052', { maThe: 'DN4990199000001' }],
    ['053', { maThe: 'DN6010199000001' }],
    ['050', { maThe: 'DN4010199999999' }],
    ['050', { maThe: '001090999999' }],
    ['050', { maThe: 'HN4010199000001' }],
    ['054', { cccdCb: '001090999999' }],
    ['055', { hoTenCb: 'Đặng Thị Lam' }],
    ['205', { ngaySinh: '31/02/1985' }],
    ['205', { ngaySinh: '' }],
    ['205', { gioiTinh: 'X' }],
    ['205', { cccdCb: '12345X' }],
  ])('answers %s for %j', async (code, change) => {
    const res = await check(t, auth, { ...AN, ...change });
    expect({ status: res.status, code: res.body.maKetQua }).toEqual({ status: 200, code });
  });

  it('forgives a member it does not know, except to a strict caller (205)', async () => {
    expect((await check(t, auth, { ...AN, maCSKCB: '01001' })).body.maKetQua).toBe('000');
    const strict = await check(t, auth, { ...AN, maCSKCB: '01001' }).set('X-Sim-Strict', 'true');
    expect(strict.body).toMatchObject({ maKetQua: '205', ghiChu: expect.stringMatching(/maCSKCB is not a member of this request/) });
  });

  it('answers 401 without a token, with a token of another account, and on a body that is not JSON says 205', async () => {
    const none = await t.http.post('/egw/api/egw/KQNhanLichSuKCB2024').send({ ...AN, hoTenCb: 'Đặng Thị Lan', cccdCb: '001196990007' });
    expect(none.body).toMatchObject({ maKetQua: '401', ghiChu: expect.stringMatching(/Thiếu token/), maThe: null });
    const forged = await check(t, { ...auth, username: '79001_BV' }, AN);
    expect(forged.body.maKetQua).toBe('401');
    const broken = await t.http.post('/egw/api/egw/KQNhanLichSuKCB2024').query(auth).set('content-type', 'application/json').send('{"maThe":');
    expect(broken.status).toBe(200);
    expect(broken.body.maKetQua).toBe('205');
  });
});
