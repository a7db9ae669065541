import { coercionsOf } from '../native/native-support';
import { startTestApp, type TestApp } from '../support/test-app';

describe('budget-relation unit codes at /apiMSNS/traCuuMaSo', () => {
  let t: TestApp;
  let token: string;
  beforeAll(async () => {
    t = await startTestApp('msns');
    token = await t.token();
  });
  afterAll(() => t.close());

  const freeze = (at: string) => t.http.post('/sim/clock/freeze').auth(t.config.adminToken, { type: 'bearer' }).send({ at }).expect(200);
  const lookup = (query: Record<string, string>) => t.http.get('/apiMSNS/traCuuMaSo').query(query).auth(token, { type: 'bearer' });
  beforeEach(() => freeze('2026-12-01T03:00:00Z'));

  it('answers a unit hung under the province agency that governs it', async () => {
    const res = await lookup({ maSo: '1099001' });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      Status: '1',
      Message: 'success',
      DataCount: 1,
      Data: [
        expect.objectContaining({
          maSoDVQHNS: '1099001',
          tenDonVi: 'Trường Tiểu học Mô Phỏng',
          loaiDonVi: '1',
          maDonViCapTren: '1099000',
          tenCoQuanChuQuan: 'UBND thành phố Vị Thanh',
          maTinh: '93',
          maXa: '31318',
          ngayCapMa: '05/01/2016',
          trangThai: '1',
          ngayDongMa: null,
        }),
      ],
    });
    const department = await lookup({ maSo: '1098014' });
    expect(department.body.Data[0]).toMatchObject({
      tenDonVi: 'Sở Tư pháp tỉnh Hậu Giang',
      tenCoQuanChuQuan: 'UBND tỉnh Hậu Giang',
      capDuToan: '1',
      maDonViCapTren: null,
      diaChi: expect.stringContaining('Hậu Giang'),
    });
  });

  it('answers projects with their investor and phase', async () => {
    expect((await lookup({ maSo: '7099123' })).body.Data[0]).toMatchObject({
      loaiDonVi: '7',
      giaiDoan: 'CBDT',
      maSoChuDauTu: '1099000',
      tenCoQuanChuQuan: 'UBND thành phố Vị Thanh',
      capDuToan: null,
      nhomDuAn: 'C',
      tongMucDauTu: 15000000000,
    });
    expect((await lookup({ maSo: '8098001' })).body.Data[0]).toMatchObject({ loaiDonVi: '8', giaiDoan: 'THDT' });
  });

  it('takes the code under every name clients use, in the query or a JSON body', async () => {
    for (const name of ['MA_DVQHNS', 'MaSoDVQHNS', 'MA_QHNS', 'maQHNS', 'MaQuanHeNganSach', 'MaDonViQuanHeNganSach', 'MDVQHNSach', 'masodvqhns']) {
      const res = await lookup({ [name]: ' 1099001 ' });
      expect({ name, code: res.body.Data?.[0]?.maSoDVQHNS }).toEqual({ name, code: '1099001' });
    }
    const posted = await t.http.post('/apiMSNS/traCuuMaSo').auth(token, { type: 'bearer' }).send({ MDVQHNSach: 1099001 });
    expect(posted.body.Data[0].maSoDVQHNS).toBe('1099001');
  });

  it('notes the spaces it trimmed around a code, and refuses them for a strict caller', async () => {
    expect((await lookup({ maSo: ' 1099001 ' })).body.Status).toBe('1');
    expect(await coercionsOf(t, '/apiMSNS/traCuuMaSo', token)).toEqual([
      { path: 'maSo', kind: 'whitespace-trimmed', from: ' 1099001 ', to: '1099001' },
    ]);
    const strict = await lookup({ maSo: ' 1099001 ' }).set('X-Sim-Strict', 'true');
    expect(strict.status).toBe(400);
    expect(strict.body).toMatchObject({ Status: '0', Message: expect.stringMatching(/maSo must not carry spaces around it/), Data: [] });
  });

  it('a strict caller must spell the name as listed and send the code as text', async () => {
    const strict = (query: Record<string, string>) => lookup(query).set('X-Sim-Strict', 'true');
    expect((await strict({ MA_DVQHNS: '1099001' })).status).toBe(200);
    const cased = await strict({ ma_dvqhns: '1099001' });
    expect(cased.status).toBe(400);
    expect(cased.body.Message).toMatch(/ma_dvqhns must be spelled MA_DVQHNS \(strict mode: key-case\)/);
    const number = await t.http.post('/apiMSNS/traCuuMaSo').auth(token, { type: 'bearer' }).set('X-Sim-Strict', 'true').send({ maSo: 1099001 });
    expect(number.body.Message).toMatch(/maSo must be a string: send "1099001", not the number 1099001/);
  });

  it('answers a closed code as closed, with the unit that took it over', async () => {
    const res = await lookup({ maSo: '1098021' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      Status: '1',
      Message: expect.stringMatching(/đã đóng từ ngày 01\/07\/2025 \(sáp nhập vào 1098022\); mã số không được cấp lại/),
    });
    expect(res.body.Data[0]).toMatchObject({ trangThai: '0', ngayDongMa: '01/07/2025', maDonViTiepNhan: '1098022' });
  });

  it('closes a code on its closing day and knows a code only from the day it was issued', async () => {
    expect((await lookup({ maSo: '1099004' })).body.Data[0]).toMatchObject({ trangThai: '1', ngayDongMa: null, maDonViTiepNhan: null });
    await freeze('2027-01-01T01:00:00Z');
    expect((await lookup({ maSo: '1099004' })).body.Data[0]).toMatchObject({ trangThai: '0', ngayDongMa: '01/01/2027', maDonViTiepNhan: '1099001' });
    await freeze('2025-06-01T01:00:00Z');
    expect((await lookup({ maSo: '1098022' })).status).toBe(404);
    expect((await lookup({ maSo: '1098021' })).body.Data[0].trangThai).toBe('1');
  });

  it.each([
    [{ maSo: '109900' }, 400, /exactly 7 digits, but it has 6 digits/],
    [{ maSo: '10990A1' }, 400, /contains characters other than digits/],
    [{}, 400, /maSo is required|must have required property 'maSo'/],
    [{ maSo: '1099001', MA_DVQHNS: '1099002' }, 400, /given twice with different values/],
    [{ maSo: '9999999' }, 404, /^Không tìm thấy mã số ĐVQHNS 9999999 \(cảnh báo: chữ số đầu 9/],
    [{ maSo: '5099001' }, 404, /cảnh báo: chữ số đầu 5 không thuộc loại mã số đã biết/],
    [{ maSo: '1099999' }, 404, /^Không tìm thấy mã số ĐVQHNS 1099999$/],
  ])('refuses %j with %s', async (query, status, message) => {
    const res = await lookup(query);
    expect(res.status).toBe(status);
    expect(res.body).toEqual({ Status: '0', Message: expect.stringMatching(message), DataCount: 0, Data: [] });
  });

  it('answers through the unified API, which takes maSo only and names the field of a bad one', async () => {
    const send = (body: object) =>
      t.http
        .post('/api/v1/messages')
        .auth(token, { type: 'bearer' })
        .set('prefer', 'wait=5')
        .send({ header: { messageId: `msns-${Math.random()}`, messageType: 'msns.traCuuMaSo', from: t.config.devClient.agency }, body });
    expect((await send({ maSo: '1099001' })).body.response.Data[0].maSoDVQHNS).toBe('1099001');
    const bad = await send({ maSo: '109900' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([{ path: 'body.maSo', message: expect.stringMatching(/exactly 7 digits/) }]);
    expect((await send({ MA_DVQHNS: '1099001' })).status).toBe(400);
    expect((await t.http.get('/apiMSNS/traCuuMaSo?maSo=1099001')).status).toBe(401);
  });
});
