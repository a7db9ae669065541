import { parseCccd } from '../../src/core/ids';
import { pdfFacts } from '../support/pdf';
import { startTestApp, type TestApp } from '../support/test-app';
import { advance, birthBody, deathBody, marriageBody, PERSONS, postNative } from './civil-registry-fixtures';

describe('civil registry: registrations through /apiHoTichTuPhap, driven by simulation time', () => {
  let t: TestApp;
  let token: string;

  beforeAll(async () => {
    t = await startTestApp('hotich-life');
    token = await t.token();
  });
  afterAll(() => t.close());

  const status = async (body: { maDonVi: string; maHoSo: string }) =>
    (await postNative(t, token, 'traTrangThaiHoSo', { maDonVi: body.maDonVi, maHoSo: body.maHoSo })).body;

  it('a birth is received (1), becomes eligible (3) after review, and is registered (4) with a new personal ID and a BHYT card', async () => {
    const body = birthBody();
    const pushed = await postNative(t, token, 'dangKyHoTich', body);
    expect(pushed.status).toBe(200);
    expect(pushed.body).toMatchObject({ status: 1, errorCode: null, value: { maHoSo: body.maHoSo, status: 1, trangThai: '1' } });

    expect(await status(body)).toMatchObject({ status: 1, statusDescription: expect.stringMatching(/tiếp nhận/) });
    await advance(t, 2);
    expect(await status(body)).toMatchObject({ status: 3 });
    const early = await postNative(t, token, 'ketQuaDangKyHS', { maDonVi: body.maDonVi, maHoSo: body.maHoSo });
    expect(early.status).toBe(409);
    expect(early.body).toMatchObject({ status: 0, errorCode: '200', errorDescription: expect.stringMatching(/^RECORD_UNCOMPLETE/) });

    await advance(t, 7);
    expect(await status(body)).toMatchObject({ status: 4, statusDescription: 'Đã đăng ký' });
    const result = await postNative(t, token, 'ketQuaDangKyHS', { maDonVi: body.maDonVi, maHoSo: body.maHoSo });
    expect(result.status).toBe(200);
    const ketQua = result.body.value.ketQuaXuLy;
    expect(ketQua).toMatchObject({
      nksHoTen: 'Đỗ Minh Khang',
      soDangKy: expect.stringMatching(/^\d+$/),
      quyenSo: expect.stringMatching(/^\d{2}\/\d{4}$/),
      ndkksMaTinh: '01',
      ndkksMaXa: '00006',
    });
    // CCCD structure: 0 + province of the registering office (Hà Nội, 01), 2 = male born in the 2000s, 26 = 2026.
    expect(ketQua.soDinhDanh).toMatch(/^001226\d{6}$/);
    expect(parseCccd(ketQua.soDinhDanh)).toMatchObject({ ok: true, gender: 'male', birthYear: 2026, provinceCode: '01' });
    expect(ketQua.maTheBhyt).toBe(`TE101${ketQua.maSoBhxh}`);
    // The birth certificate is a whole PDF that names the record, and the same one every time it is asked for.
    const certificate = Buffer.from(ketQua.giayKhaiSinh, 'base64');
    expect(pdfFacts(certificate)).toEqual({ complete: true, pages: 1, title: `GIẤY KHAI SINH — số ${ketQua.soDangKy}, quyển số ${ketQua.quyenSo}` });
    expect(certificate.toString('latin1')).toContain('DejaVuSans');
    const again = await postNative(t, token, 'ketQuaDangKyHS', { maDonVi: body.maDonVi, maHoSo: body.maHoSo });
    expect(again.body.value.ketQuaXuLy.giayKhaiSinh).toBe(ketQua.giayKhaiSinh);

    // The card exists at the social-insurance backend, by BHXH number and by the child's personal ID.
    const byNumber = await t.http.post('/apiBHXH/getTraCuuTtHgdByMaSoBhxh').auth(token, { type: 'bearer' }).send({ maSoBhxh: ketQua.maSoBhxh });
    expect(byNumber.status).toBe(200);
    expect(byNumber.body).toMatchObject({
      hoTen: 'Đỗ Minh Khang',
      ngaySinh: '20260102',
      gioiTinh: '1',
      trangThai: '1',
      maThe: ketQua.maTheBhyt,
      gtTheTu: '20260102',
      gtTheDen: '20320101',
    });
    const byId = await t.http.post('/apiBHXH/getTraCuuThongTinHgd').auth(token, { type: 'bearer' }).send({ maTinh: '01', maThe: ketQua.soDinhDanh });
    expect(byId.body).toMatchObject({ maSo: ketQua.maSoBhxh, soDinhDanh: ketQua.soDinhDanh, maThe: ketQua.maTheBhyt });

    // The registry record by its id, alone and in a list, and in the day's list.
    const id = result.body.value.id as number;
    const record = await postNative(t, token, 'traHoSo', { module: 'KS', maHoSo: id });
    expect(record.body.value).toEqual([expect.objectContaining({ id, so: ketQua.soDangKy, quyenSo: ketQua.quyenSo, trangSo: ketQua.trangSo })]);
    const list = await postNative(t, token, 'traDanhSachHoSo', { maTinh: '01', module: 'KS', dsMaHoSo: [id, 999999] });
    expect(list.body.value.map((r: { id: number }) => r.id)).toEqual([id]);
    const day = ketQua.ngayDangKy.replace(/\./g, '/');
    const changed = await postNative(t, token, 'dsHoSoDangKy', { module: 'KS', ngayCapNhat: day });
    expect(changed.body.value).toContainEqual({ id, maDonVi: '00006' });
  });

  it('a late registration of a child aged six or more issues no BHYT card', async () => {
    const body = birthBody({ ngayTiepNhan: '15/01/2026 09:30:00' }, { loaiDangKy: '2', nksNgaySinh: '01.01.2019', ngayCapGCS: '01.01.2019' });
    await postNative(t, token, 'dangKyHoTich', body).expect(200);
    await advance(t, 10);
    const result = await postNative(t, token, 'ketQuaDangKyHS', { maDonVi: body.maDonVi, maHoSo: body.maHoSo });
    expect(result.body.value.ketQuaXuLy.soDinhDanh).toMatch(/^001219\d{6}$/);
    expect(result.body.value.ketQuaXuLy.maTheBhyt).toBeUndefined();
  });

  it('a birth without a birth-notice number needs a supplement (2); sending it again with one restarts it', async () => {
    const body = birthBody({}, { maGCS: undefined, ngayCapGCS: undefined });
    await postNative(t, token, 'dangKyHoTich', body).expect(200);
    await advance(t, 3);
    const waiting = await status(body);
    expect(waiting).toMatchObject({
      status: 2,
      statusDescription: expect.stringMatching(/Cần bổ sung.*maGCS/),
      value: { hanBoSungHoSo: expect.stringMatching(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}:\d{2}$/) },
    });

    const supplemented = await postNative(t, token, 'dangKyHoTich', {
      ...body,
      data: { ...body.data, maGCS: 'GCS-2026-9', ngayCapGCS: '03.01.2026' },
    });
    expect(supplemented.body.value).toMatchObject({ status: 1 });
    await advance(t, 10);
    expect(await status(body)).toMatchObject({ status: 4 });
  });

  it('sending a dossier again answers what the registry has and changes nothing', async () => {
    const body = birthBody();
    await postNative(t, token, 'dangKyHoTich', body).expect(200);
    const again = await postNative(t, token, 'dangKyHoTich', body);
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({
      status: 1,
      statusDescription: expect.stringMatching(/đã được tiếp nhận/),
      value: { duplicate: true, status: 1 },
    });
  });

  it('a death marks the person deceased: later deaths and marriages of that person are refused (500)', async () => {
    const death = deathBody(PERSONS.cleanRecord);
    await postNative(t, token, 'dangKyHoTich', death).expect(200);
    await advance(t, 10);
    expect(await status(death)).toMatchObject({ status: 4 });
    const result = await postNative(t, token, 'ketQuaDangKyHS', { maDonVi: death.maDonVi, maHoSo: death.maHoSo });
    expect(result.body.value.ketQuaXuLy).toMatchObject({ nktHoTen: PERSONS.cleanRecord.name, giayKhaiTu: expect.any(String) });
    const { soDangKy, quyenSo, giayKhaiTu } = result.body.value.ketQuaXuLy;
    expect(pdfFacts(Buffer.from(giayKhaiTu, 'base64'))).toMatchObject({
      complete: true,
      title: `TRÍCH LỤC KHAI TỬ — số ${soDangKy}, quyển số ${quyenSo}`,
    });

    const secondDeath = await postNative(t, token, 'dangKyHoTich', deathBody(PERSONS.cleanRecord));
    expect(secondDeath.status).toBe(422);
    expect(secondDeath.body).toMatchObject({
      status: 0,
      errorCode: '500',
      errorDescription: expect.stringMatching(/DATA_INCORRECT: .*đã được đăng ký khai tử/),
    });
    const marriage = await postNative(t, token, 'dangKyHoTich', marriageBody(PERSONS.cleanRecord, PERSONS.singleAdult));
    expect(marriage.status).toBe(422);
    expect(marriage.body.errorDescription).toMatch(/đã chết/);
  });

  it('two marriages of the same single person are both received; the first registered makes the second rejected', async () => {
    const stranger = { id: '001094123456', name: 'Lý Văn Tâm', born: '01.01.1994' };
    const first = marriageBody(PERSONS.singleAdultPartner, PERSONS.singleAdult);
    const second = marriageBody(stranger, PERSONS.singleAdult);
    await postNative(t, token, 'dangKyHoTich', first).expect(200);
    await postNative(t, token, 'dangKyHoTich', second).expect(200);
    await advance(t, 10);
    const states = [await status(first), await status(second)];
    expect(states.map((s) => s.status).sort()).toEqual([0, 4]);
    const rejected = states.find((s) => s.status === 0);
    expect(rejected).toMatchObject({ errorCode: '500', errorDescription: expect.stringMatching(/đang có vợ\/chồng/), value: { trangThai: '6' } });
    // Now married: a third marriage is refused at once.
    const third = await postNative(t, token, 'dangKyHoTich', marriageBody(stranger, PERSONS.singleAdult));
    expect(third.status).toBe(422);
  });
});
