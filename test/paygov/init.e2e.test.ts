import { startTestApp, type TestApp } from '../support/test-app';
import { DEV_PARTNER, newRef, OPENCPS_PARTNER, PASETO_PARTNER, signedInit } from './paygov-support';

describe('PayGov INIT (POST /paygov/init and paygov.init)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp('paygov-init');
  });
  afterAll(() => t.close());

  const init = (body: unknown) => t.http.post('/paygov/init').send(body as object);
  const paymentKeys = async (ref: string): Promise<string[]> => t.app.redis.keys(`${t.prefix}:state:paygov:*${ref}*`);
  const base = (): string => t.app.contextFor('paygov').publicBaseUrl;

  it('creates a pending payment for the development partner and answers the page URL (direct envelope)', async () => {
    const body = signedInit(DEV_PARTNER);
    const res = await init(body);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      MaLoi: '00',
      MoTaLoi: 'Thành công',
      MaDoiTac: 'dev-partner',
      MaThamChieu: body.MaThamChieu,
      UrlThanhToan: `${base()}/paygov/pay/${String(body.MaThamChieu)}`,
    });
    const page = await t.http.get(`/paygov/pay/${String(body.MaThamChieu)}`);
    expect(page.status).toBe(200);
    expect(page.text).toContain('50.000 ₫');
    expect(page.text).toContain('data-status="pending"');
  });

  it('accepts DOMAIN.md’s INIT example verbatim and answers in the PASETO partner’s wrapped envelope', async () => {
    const example = signedInit(PASETO_PARTNER, {
      MaThamChieu: 'dvc0000000H99260115000120260115093015',
      ThongTinGiaoDich: 'THANH TOAN HO SO 000.00.00.H99-260115-0001',
    });
    expect(example.MaXacThuc).toBe('1a64bc0b84232ef171227425c7e6a69066be0cf99d4f76ef6e844b9121f6224b');
    const res = await init(example);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ error_code: '0', message: expect.any(String) });
    expect(JSON.parse(res.body.message)).toEqual({
      MaLoi: '00',
      MoTaLoi: 'Thành công',
      MaDoiTac: 'SIMDOITAC01',
      MaThamChieu: 'dvc0000000H99260115000120260115093015',
      UrlThanhToan: `${base()}/paygov/pay/dvc0000000H99260115000120260115093015`,
    });
  });

  it('checks an HMAC-SHA256 partner’s signature with its own variant', async () => {
    const res = await init(signedInit(OPENCPS_PARTNER));
    expect(res.body).toMatchObject({ MaLoi: '00', MaDoiTac: 'SIMDOITAC02' });
  });

  it('accepts field names in any casing, as C# clients bind them', async () => {
    const body = signedInit(DEV_PARTNER);
    const lower = Object.fromEntries(Object.entries(body).map(([k, v]) => [k.charAt(0).toLowerCase() + k.slice(1), v]));
    const res = await init(lower);
    expect(res.body).toMatchObject({ MaLoi: '00', MaThamChieu: body.MaThamChieu });
  });

  it('accepts a bearer token when one is sent', async () => {
    const token = await t.token();
    const res = await init(signedInit(DEV_PARTNER)).auth(token, { type: 'bearer' });
    expect(res.body.MaLoi).toBe('00');
  });

  it('works through the unified API with the same handler', async () => {
    const token = await t.token();
    const body = signedInit(DEV_PARTNER);
    const res = await t.http
      .post('/api/v1/messages')
      .auth(token, { type: 'bearer' })
      .set('prefer', 'wait=10')
      .send({ header: { messageId: newRef('msg'), messageType: 'paygov.init', from: t.config.devClient.agency }, body });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'completed', response: { MaLoi: '00', UrlThanhToan: expect.stringContaining('/paygov/pay/') } });
  });

  describe('refusals: PayGov’s own answer, and no payment stored', () => {
    it('a wrong MaXacThuc → MaLoi 01, naming the string PayGov signed', async () => {
      const body: Record<string, unknown> = { ...signedInit(DEV_PARTNER), MaXacThuc: 'a'.repeat(64) };
      const res = await init(body);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ MaLoi: '01', MaDoiTac: 'dev-partner', MaThamChieu: body.MaThamChieu });
      expect(res.body.MoTaLoi).toContain(`INIT|1.0.6|dev-partner|${String(body.MaThamChieu)}|50000|`);
      expect(res.body.MoTaLoi).not.toContain('dev-paygov-secret');
      expect(await paymentKeys(String(body.MaThamChieu))).toEqual([]);
    });

    it('a ThoiGianGD of 13 digits, or with a space after it, is a bad field (05): a signed field is never padded or trimmed', async () => {
      for (const time of ['2026011509301', '20260115093015 ']) {
        const body = signedInit(DEV_PARTNER, { ThoiGianGD: time });
        const res = await init(body);
        expect(res.status).toBe(200);
        expect(res.body).toMatchObject({ MaLoi: '05', MoTaLoi: expect.stringContaining('ThoiGianGD must be written as 14 digits') });
        expect(await paymentKeys(String(body.MaThamChieu))).toEqual([]);
      }
    });

    it('a field changed after signing → 01', async () => {
      const body: Record<string, unknown> = { ...signedInit(DEV_PARTNER), SoTien: '60000' };
      const res = await init(body);
      expect(res.body.MaLoi).toBe('01');
      expect(await paymentKeys(String(body.MaThamChieu))).toEqual([]);
    });

    it('a wrong signature for a wrapped partner → error_code "01" with the answer inside', async () => {
      const body: Record<string, unknown> = { ...signedInit(PASETO_PARTNER), MaXacThuc: 'b'.repeat(64) };
      const res = await init(body);
      expect(res.body.error_code).toBe('01');
      expect(JSON.parse(res.body.message)).toMatchObject({ MaLoi: '01', MaThamChieu: body.MaThamChieu });
    });

    it('an unknown partner → MaLoi 02', async () => {
      const body = signedInit({ ...DEV_PARTNER, id: 'NO-SUCH-PARTNER' });
      const res = await init(body);
      expect(res.body).toMatchObject({ MaLoi: '02', MoTaLoi: expect.stringContaining('NO-SUCH-PARTNER') });
      expect(await paymentKeys(String(body.MaThamChieu))).toEqual([]);
    });

    it('a duplicate MaThamChieu → MaLoi 03, and the first payment is untouched', async () => {
      const first = signedInit(DEV_PARTNER);
      expect((await init(first)).body.MaLoi).toBe('00');
      const before = await t.app.redis.get(`${t.prefix}:state:paygov:payment:${String(first.MaThamChieu)}`);
      const again = signedInit(DEV_PARTNER, { MaThamChieu: first.MaThamChieu, SoTien: '70000' });
      const res = await init(again);
      expect(res.body).toMatchObject({ MaLoi: '03', MaThamChieu: first.MaThamChieu });
      expect(await t.app.redis.get(`${t.prefix}:state:paygov:payment:${String(first.MaThamChieu)}`)).toBe(before);
    });

    it.each([['50.000'], ['-5'], ['0'], ['12abc'], [''], ['5000000000000000000']])('the amount %j → MaLoi 05', async (amount) => {
      const body = signedInit(DEV_PARTNER, { SoTien: amount });
      const res = await init(body);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ MaLoi: '05', MoTaLoi: expect.stringContaining('SoTien') });
      expect(await paymentKeys(String(body.MaThamChieu))).toEqual([]);
    });

    it('an amount sent as a JSON number is read as its digits (lenient door); a strict caller gets MaLoi 05', async () => {
      const res = await init(signedInit(DEV_PARTNER, { SoTien: 50000 }));
      expect(res.body).toMatchObject({ MaLoi: '00' });
      const strict = await t.http
        .post('/paygov/init')
        .set('X-Sim-Strict', 'true')
        .send(signedInit(DEV_PARTNER, { SoTien: 50000 }));
      expect(strict.body).toMatchObject({
        MaLoi: '05',
        MoTaLoi: expect.stringContaining('SoTien must be a string: send "50000", not the number 50000'),
      });
    });

    it('fees that do not add up to SoTien → MaLoi 05', async () => {
      const body = signedInit(DEV_PARTNER);
      const receipt = { ...(body.ThongTinBienLai as object), PhiLePhi: [{ TenPhiLePhi: 'Lệ phí', SoTien: '40000' }] };
      const res = await init({ ...body, ThongTinBienLai: receipt });
      expect(res.body).toMatchObject({ MaLoi: '05', MoTaLoi: expect.stringContaining('adds up to 40000') });
      expect(await paymentKeys(String(body.MaThamChieu))).toEqual([]);
    });

    it('a re-formatted ThoiGianGD → MaLoi 05', async () => {
      const res = await init(signedInit(DEV_PARTNER, { ThoiGianGD: '2026-01-15 09:30:15' }));
      expect(res.body).toMatchObject({ MaLoi: '05', MoTaLoi: expect.stringContaining('ThoiGianGD must be written as 14 digits') });
    });

    it('a QUERY sent to the INIT path → MaLoi 05', async () => {
      const res = await init({ ...signedInit(DEV_PARTNER), LoaiBanTin: 'QUERY' });
      expect(res.body).toMatchObject({ MaLoi: '05', MoTaLoi: expect.stringContaining('LoaiBanTin') });
    });

    it('a missing MaXacThuc → MaLoi 05 (an unknown field beside it is ignored, as the real platform does)', async () => {
      const { MaXacThuc: _omit, ...body } = signedInit(DEV_PARTNER);
      const res = await init({ ...body, Extra: 1 });
      expect(res.body.MaLoi).toBe('05');
      expect(res.body.MoTaLoi).toContain('MaXacThuc is required');
      expect(res.body.MoTaLoi).not.toContain('Extra');
    });

    it('an empty body → MaLoi 05', async () => {
      const res = await t.http.post('/paygov/init');
      expect(res.status).toBe(200);
      expect(res.body.MaLoi).toBe('05');
    });

    it('broken JSON → MaLoi 05', async () => {
      const res = await t.http.post('/paygov/init').set('content-type', 'application/json').send('{"LoaiBanTin": ');
      expect(res.body.MaLoi).toBe('05');
    });

    it('a body that is not JSON → 415 with MaLoi 05', async () => {
      const res = await t.http.post('/paygov/init').set('content-type', 'text/csv').send('a,b');
      expect(res.status).toBe(415);
      expect(res.body.MaLoi).toBe('05');
    });

    it('a bad bearer token → the gateway’s 401 fault', async () => {
      const res = await init(signedInit(DEV_PARTNER)).auth('bad-token', { type: 'bearer' });
      expect(res.status).toBe(401);
      expect(res.body.fault.code).toBe(900901);
    });

    it('a client without the PayGov right → 403 MaLoi 99', async () => {
      const token = await t.token('tuphap-h44', 'tuphap-h44-secret');
      const body = signedInit(DEV_PARTNER);
      const res = await init(body).auth(token, { type: 'bearer' });
      expect(res.status).toBe(403);
      expect(res.body).toMatchObject({ MaLoi: '99', MoTaLoi: expect.stringContaining('no right to the service paygov') });
      expect(await paymentKeys(String(body.MaThamChieu))).toEqual([]);
    });

    it('through the unified API a bad signature fails the message with error.code "01"', async () => {
      const token = await t.token();
      const res = await t.http
        .post('/api/v1/messages')
        .auth(token, { type: 'bearer' })
        .set('prefer', 'wait=10')
        .send({
          header: { messageId: newRef('msg'), messageType: 'paygov.init', from: t.config.devClient.agency },
          body: { ...signedInit(DEV_PARTNER), MaXacThuc: 'c'.repeat(64) },
        });
      expect(res.body).toMatchObject({ status: 'failed', error: { code: '01', type: 'business-rule' } });
    });
  });
});
