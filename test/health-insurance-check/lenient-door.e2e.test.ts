import { coercionsOf } from '../native/native-support';
import { startTestApp, type TestApp } from '../support/test-app';
import { ACCOUNT, freezeAt, login, md5, OFFICER, type EgwLogin } from './egw-client';

const PATH = '/egw/api/egw/KQNhanLichSuKCB2024';
const AN = { maThe: 'DN4010199000001', hoTen: 'Nguyễn Văn An', ngaySinh: '12/03/1985', ...OFFICER };

describe('health-insurance card check: the native door forgives what hospital software sends, and says so', () => {
  let t: TestApp;
  let auth: EgwLogin;
  beforeAll(async () => {
    t = await startTestApp('bhyt-lenient');
    await freezeAt(t, '2026-03-01T02:00:00Z');
    auth = await login(t);
  });
  afterAll(() => t.close());

  it('logs in with the query members in another casing (ASP.NET binds them so), noting each', async () => {
    const res = await t.http
      .post(PATH)
      .query({ Token: auth.token, ID_TOKEN: auth.id_token, UserName: auth.username, password: md5(ACCOUNT.password) })
      .send(AN);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ maKetQua: '000', maThe: 'DN4010199000001' });
    expect(await coercionsOf(t, PATH)).toEqual([
      { path: 'token', kind: 'key-case', from: 'Token', to: 'token' },
      { path: 'id_token', kind: 'key-case', from: 'ID_TOKEN', to: 'id_token' },
      { path: 'username', kind: 'key-case', from: 'UserName', to: 'username' },
    ]);
  });

  it('reads a card code and birth date typed with spaces around them, noting the trim', async () => {
    const res = await t.http
      .post(PATH)
      .query(auth)
      .send({ ...AN, maThe: ' DN4010199000001 ', NgaySinh: ' 12/03/1985 ', ngaySinh: undefined });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ maKetQua: '000', ngaySinh: '12/03/1985' });
    expect(await coercionsOf(t, PATH)).toEqual(
      expect.arrayContaining([
        { path: 'maThe', kind: 'whitespace-trimmed', from: ' DN4010199000001 ', to: 'DN4010199000001' },
        { path: 'ngaySinh', kind: 'whitespace-trimmed', from: ' 12/03/1985 ', to: '12/03/1985' },
        { path: 'ngaySinh', kind: 'key-case', from: 'NgaySinh', to: 'ngaySinh' },
      ]),
    );
  });

  it('pads a facility code sent as a number (1001 for 01001) and checks it, noting the padding', async () => {
    const res = await t.http
      .post(PATH)
      .query(auth)
      .send({ ...AN, maDKBD: 1001 });
    expect(res.body.maKetQua).toBe('000');
    expect(await coercionsOf(t, PATH)).toEqual([{ path: 'maDKBD', kind: 'zero-padded', from: 1001, to: '01001' }]);
    const other = await t.http
      .post(PATH)
      .query(auth)
      .send({ ...AN, maDKBD: 1002 });
    expect(other.body.maKetQua).toBe('090');
    const letters = await t.http
      .post(PATH)
      .query(auth)
      .send({ ...AN, maDKBD: 'BV001' });
    expect(letters.body).toMatchObject({ maKetQua: '205', ghiChu: expect.stringMatching(/maDKBD must be written as 5 digits/) });
  });

  it('a strict caller is refused with 205 naming the spelling instead', async () => {
    const res = await t.http
      .post(PATH)
      .set('X-Sim-Strict', 'true')
      .query({ TOKEN: auth.token, id_token: auth.id_token, username: auth.username })
      .send(AN);
    expect(res.status).toBe(200);
    expect(res.body.maKetQua).toBe('205');
    expect(res.body.ghiChu).toMatch(/TOKEN must be spelled token/);
  });
});
