import { startTestApp, type TestApp } from '../support/test-app';

describe('BHXH lookups on /apiBHXH', () => {
  let t: TestApp;
  let token: string;
  beforeAll(async () => {
    t = await startTestApp('bhxh');
    token = await t.token();
  });
  afterAll(() => t.close());

  const post = (op: string, body: object) => t.http.post(`/apiBHXH/${op}`).auth(token, { type: 'bearer' }).send(body);

  it('finds a seeded person by BHXH number, and the number by name, birth date, gender and place', async () => {
    const person = await post('getTraCuuTtHgdByMaSoBhxh', { maSoBhxh: '0199000001' });
    expect(person.status).toBe(200);
    expect(person.body).toMatchObject({ hoTen: 'Nguyễn Văn An', ngaySinh: '19850312', gioiTinh: '1', maTinhKs: '01', trangThai: '1' });
    const byCriteria = await post('getMaSoBhxhTheoTieuChi', {
      hoTen: 'nguyễn văn an',
      ngaySinh: '1985',
      loaiNgaySinh: '1',
      gioiTinh: '1',
      maTinhKs: '01',
      maHuyenKs: '',
      maXaKs: '',
      isKs: '1',
    });
    expect(byCriteria.body).toEqual({ maSoBhxh: '0199000001', trangThai: '1', errorCode: '0' });
  });

  it('takes empty strings for unused optional codes and spaces around codes, as one-stop clients send them, and journals each leniency', async () => {
    const byCard = await post('getTraCuuThongTinHgd', {
      maTinh: '01',
      hoTen: '',
      ngaySinh: '',
      loaiNgaySinh: '',
      gioiTinh: '',
      soSo: '',
      maThe: '0199000001 ',
      isKs: '',
    });
    expect(byCard.status).toBe(200);
    expect(byCard.body).toMatchObject({ maSo: '0199000001', hoTen: 'Nguyễn Văn An', trangThai: '1' });
    const entry = await t.http
      .get('/sim/journal')
      .query({ nativePath: '/apiBHXH/getTraCuuThongTinHgd', limit: 1 })
      .auth(t.config.adminToken, { type: 'bearer' });
    expect(entry.body.entries[0].coercions).toEqual([
      { path: 'loaiNgaySinh', kind: 'empty-dropped', from: '' },
      { path: 'gioiTinh', kind: 'empty-dropped', from: '' },
      { path: 'isKs', kind: 'empty-dropped', from: '' },
    ]);
    const byCriteria = await post('getMaSoBhxhTheoTieuChi', {
      hoTen: 'Nguyễn Văn An',
      ngaySinh: '19850312',
      loaiNgaySinh: '0 ',
      gioiTinh: '1',
      maTinhKs: '1 ',
      isKs: '1',
    });
    expect(byCriteria.body).toEqual({ maSoBhxh: '0199000001', trangThai: '1', errorCode: '0' });
    // A required code left empty is missing, named as such.
    const missing = await post('getMaSoBhxhTheoTieuChi', {
      hoTen: 'Nguyễn Văn An',
      ngaySinh: '19850312',
      loaiNgaySinh: '',
      gioiTinh: '1',
      maTinhKs: '01',
      isKs: '1',
    });
    expect(missing.status).toBe(400);
    expect(missing.body).toEqual({ trangThai: '0', errorCode: 'INVALID_DATA', errorMessage: 'loaiNgaySinh is required' });
  });

  it('answers 404 NOT_FOUND for an unknown number, and 400 INVALID_DATA for a bad card or date', async () => {
    const missing = await post('getTraCuuTtHgdByMaSoBhxh', { maSoBhxh: '0199999999' });
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({ trangThai: '0', errorCode: 'NOT_FOUND' });
    const badCard = await post('getTraCuuThongTinHgd', { maTinh: '01', maThe: 'TE14444220012X4' });
    expect(badCard.status).toBe(400);
    expect(badCard.body).toMatchObject({
      trangThai: '0',
      errorCode: 'INVALID_DATA',
      errorMessage: expect.stringMatching(/maThe is not a card number/),
    });
    const badDate = await post('getMaSoBhxhTheoTieuChi', {
      hoTen: 'X',
      ngaySinh: '12/03/1985',
      loaiNgaySinh: '0',
      gioiTinh: '1',
      maTinhKs: '01',
      isKs: '1',
    });
    expect(badDate.status).toBe(400);
    expect(badDate.body.errorMessage).toMatch(/ngaySinh must be a real date written yyyyMMdd/);
  });

  it.each(['0', '1', '2'])('a blank ngaySinh (loaiNgaySinh %s) is 400 INVALID_DATA naming it, not a 500', async (loaiNgaySinh) => {
    for (const ngaySinh of ['', ' ']) {
      const blank = await post('getMaSoBhxhTheoTieuChi', { hoTen: 'X', ngaySinh, loaiNgaySinh, gioiTinh: '1', maTinhKs: '01', isKs: '1' });
      expect({ status: blank.status, body: blank.body }).toEqual({
        status: 400,
        body: { trangThai: '0', errorCode: 'INVALID_DATA', errorMessage: 'ngaySinh is required' },
      });
    }
  });
});
