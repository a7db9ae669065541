/**
 * Required fields follow the real forms: what PASETO's forms never send does not stall a flow that
 * production completes, and a child registered at the civil registry is found by every BHXH
 * look-up, criteria included (one person, one truth).
 */
import { startTestApp, type TestApp } from '../support/test-app';
import { advance, birthBody, deathBody, marriageBody, PERSONS, postNative } from './civil-registry-fixtures';

describe('civil registry: the real forms complete their lifecycle', () => {
  let t: TestApp;
  let token: string;
  beforeAll(async () => {
    t = await startTestApp('hotich-forms');
    token = await t.token();
  });
  afterAll(() => t.close());

  it('a v2 birth as PASETO pushes it (no maGCS; ngayCapGCS and the notice as a file) is registered', async () => {
    const { data, maHoSo, ...rest } = birthBody({ module: 'LTKS' }, { maGCS: undefined, nksHoTen: 'Đỗ Minh Quân' });
    const files = [{ id: 1, loaiGiayTo: 1, tenGiayTo: 'Giấy chứng sinh', tenTepDinhKem: 'gcs.pdf', huyGiayTo: 0, duLieuTepDinhKem: 'JVBERi0xLjQK' }];
    const res = await t.http
      .post('/apiHoTichTuPhap/v2/nhanDKHT')
      .send({ ...rest, maHoSoMCDT: maHoSo, maHoSoLT: 'LT-2601-9', data: JSON.stringify(data), fileDinhKem: files });
    expect(res.body).toMatchObject({ status: '1' });
    await advance(t, 10);
    const poll = await t.http.post('/apiHoTichTuPhap/v2/layKetQua').send({ maDinhDanhHoSo: [maHoSo], maTinh: '01', module: 'LTKS' });
    expect(poll.body.value).toEqual([
      expect.objectContaining({ maHoSoMCDT: maHoSo, trangThai: '4', ketQuaXuLy: expect.objectContaining({ nksHoTen: 'Đỗ Minh Quân' }) }),
    ]);
  });

  it('a birth without maGCS but with the notice date is registered too; one with no notice at all waits for a supplement', async () => {
    const dated = birthBody({}, { maGCS: undefined, nksHoTen: 'Đỗ Minh Tâm' });
    const bare = birthBody({}, { maGCS: undefined, ngayCapGCS: undefined, nksHoTen: 'Đỗ Minh Trí' });
    await postNative(t, token, 'dangKyHoTich', dated).expect(200);
    await postNative(t, token, 'dangKyHoTich', bare).expect(200);
    await advance(t, 10);
    const state = async (b: { maDonVi: string; maHoSo: string }) =>
      (await postNative(t, token, 'traTrangThaiHoSo', { maDonVi: b.maDonVi, maHoSo: b.maHoSo })).body.status;
    expect(await state(dated)).toBe(4);
    expect(await state(bare)).toBe(2);
  });

  it('a marriage without requester fields (the marriage form has none) is registered', async () => {
    const body = marriageBody(PERSONS.singleAdultPartner, PERSONS.singleAdult);
    const data = Object.fromEntries(Object.entries(body.data).filter(([key]) => !key.startsWith('nyc')));
    const res = await postNative(t, token, 'dangKyHoTich', { ...body, data });
    expect(res.status).toBe(200);
    await advance(t, 10);
    const result = await postNative(t, token, 'ketQuaDangKyHS', { maDonVi: body.maDonVi, maHoSo: body.maHoSo });
    expect(result.body).toMatchObject({ status: 1, value: { ketQuaXuLy: expect.objectContaining({ giayChungNhanKetHon: expect.any(String) }) } });
    // A requester that is sent is still checked.
    const badRequester = await postNative(t, token, 'dangKyHoTich', {
      ...marriageBody(PERSONS.married, PERSONS.singleAdult),
      data: { ...data, nycQuanHe: '77' },
    });
    expect(badRequester.body).toMatchObject({ status: 0, errorCode: '500', errorDescription: expect.stringContaining('nycQuanHe') });
  });

  it('results carry the member names and types PASETO reads (DOMAIN.md §4.2)', async () => {
    const birth = birthBody(
      {},
      {
        nksHoTen: 'Đỗ Minh Hải',
        nksGioiTinh: '1',
        meLoaiCuTru: '2',
        meNoiCuTru: { maTinh: '01', maHuyen: '001', maXa: '00001', dcChiTiet: 'Số 1' },
        meSoDDCN: undefined,
        meSoGiayToTuyThan: PERSONS.birthMother.id,
        meLoaiGiayToTuyThan: '2',
      },
    );
    const death = deathBody(PERSONS.cleanRecord);
    const deathWithNotice = { ...death, data: { ...death.data, gbtLoai: '1', gbtSo: 'GBT-77', nktNoiCuTru: 'Thôn 3, xã Mô Phỏng' } };
    await postNative(t, token, 'dangKyHoTich', birth).expect(200);
    await postNative(t, token, 'dangKyHoTich', deathWithNotice).expect(200);
    await advance(t, 10);
    const born = (await postNative(t, token, 'ketQuaDangKyHS', { maDonVi: birth.maDonVi, maHoSo: birth.maHoSo })).body.value.ketQuaXuLy;
    expect(born).toMatchObject({
      nksHoTen: 'Đỗ Minh Hải',
      nksGioiTinh: 1,
      meLoaiCuTru: 2,
      meNoiCuTru: { maTinh: '01', maHuyen: '001', maXa: '00001', dcChiTiet: 'Số 1' },
      meSoGiayTo: PERSONS.birthMother.id,
      chaLoaiCuTru: 1,
      chaSoGiayTo: PERSONS.birthFather.id,
      nycHoTen: PERSONS.birthMother.name,
      nycQuanHe: '02',
      nycSoGiayTo: PERSONS.birthMother.id,
    });
    expect(born).not.toHaveProperty('meSoGiayToTuyThan');
    const died = (await postNative(t, token, 'ketQuaDangKyHS', { maDonVi: death.maDonVi, maHoSo: death.maHoSo })).body.value.ketQuaXuLy;
    expect(died).toMatchObject({
      nktHoTen: PERSONS.cleanRecord.name,
      nktGioiTinh: 1,
      nktLoaiCuTru: 1,
      nktNoiCuTru: { dcChiTiet: 'Thôn 3, xã Mô Phỏng' },
      nktSoGiayTo: PERSONS.cleanRecord.id,
      giayBaoTuLoai: '1',
      giayBaoTuSo: 'GBT-77',
    });
    expect(died).not.toHaveProperty('gbtSo');
  });

  it('a newborn registered at the civil registry is found by BHXH criteria and by name, as by number and ID', async () => {
    const body = birthBody({}, { nksHoTen: 'Đỗ Gia Bảo', nksNgaySinh: '05.01.2026' });
    await postNative(t, token, 'dangKyHoTich', body).expect(200);
    await advance(t, 10);
    const ketQua = (await postNative(t, token, 'ketQuaDangKyHS', { maDonVi: body.maDonVi, maHoSo: body.maHoSo })).body.value.ketQuaXuLy;
    expect(ketQua.maSoBhxh).toMatch(/^\d{10}$/);
    const bhxh = (op: string, b: object) => t.http.post(`/apiBHXH/${op}`).auth(token, { type: 'bearer' }).send(b);

    const byNumber = await bhxh('getTraCuuTtHgdByMaSoBhxh', { maSoBhxh: ketQua.maSoBhxh });
    expect(byNumber.body).toMatchObject({ hoTen: 'Đỗ Gia Bảo', maTinhKs: '01' });
    const { maTinhKs, maHuyenKs, maXaKs } = byNumber.body;
    const criteria = { hoTen: 'đỗ gia bảo', ngaySinh: '20260105', loaiNgaySinh: '0', gioiTinh: '1', maTinhKs, maHuyenKs, maXaKs, isKs: '1' };
    expect((await bhxh('getMaSoBhxhTheoTieuChi', criteria)).body).toEqual({ maSoBhxh: ketQua.maSoBhxh, trangThai: '1', errorCode: '0' });
    expect(
      (await bhxh('getMaSoBhxhTheoTieuChi', { ...criteria, ngaySinh: '202601', loaiNgaySinh: '2', maHuyenKs: '', maXaKs: '', isKs: '0' })).body,
    ).toMatchObject({ maSoBhxh: ketQua.maSoBhxh });
    const household = await bhxh('getTraCuuThongTinHgd', { maTinh: '01', hoTen: 'Đỗ Gia Bảo', ngaySinh: '2026', loaiNgaySinh: '1', isKs: '1' });
    expect(household.body).toMatchObject({ maSo: ketQua.maSoBhxh, maThe: ketQua.maTheBhyt });
    // Another day of birth does not find the child.
    expect((await bhxh('getMaSoBhxhTheoTieuChi', { ...criteria, ngaySinh: '20260106' })).status).toBe(404);
  });
});
