import { PaymentStore } from '../../adapters/paygov/payment-store';
import { startTestApp, type TestApp } from '../support/test-app';
import {
  DEV_PARTNER,
  hasValidResultSignature,
  newRef,
  OPENCPS_PARTNER,
  signedInit,
  signedLookup,
  startIpnReceiver,
  type IpnReceiver,
} from './paygov-support';

const TTL_SECONDS = 600;
const LATE_SECONDS = 1800;

describe('PayGov payment lifecycle: magic amounts, IPNs, QUERY, expiry, the page over HTTP', () => {
  let t: TestApp;
  let receiver: IpnReceiver;

  beforeAll(async () => {
    receiver = await startIpnReceiver();
    t = await startTestApp(
      'paygov-life',
      {},
      {
        env: {
          DEV_PAYGOV_IPN_URL: receiver.url,
          PAYGOV_IPN_URLS: `SIMDOITAC02=${receiver.url}`,
          PAYGOV_PENDING_TTL_SECONDS: String(TTL_SECONDS),
          PAYGOV_LATE_IPN_SECONDS: String(LATE_SECONDS),
        },
        workers: true,
      },
    );
  });
  afterAll(async () => {
    await t.close();
    await receiver.close();
  });

  const create = async (amount: string, partner = DEV_PARTNER): Promise<string> => {
    const body = signedInit(partner, { SoTien: amount });
    const res = await t.http.post('/paygov/init').send(body);
    expect(res.body.MaLoi).toBe('00');
    return String(body.MaThamChieu);
  };
  const query = async (ref: string, partner = DEV_PARTNER) => (await t.http.post('/paygov/query').send(signedLookup('QUERY', partner, ref))).body;
  const view = (ref: string) => new PaymentStore(t.app.contextFor('paygov').state).view(ref);
  const ipnCount = (ref: string): number => receiver.received.filter((r) => r.body.MaThamChieu === ref).length;

  describe('magic amounts settle without the page', () => {
    it('10001 pays at once: a signed IPN with MaLoi 00 arrives, and QUERY says TrangThaiGD 1', async () => {
      const ref = await create('10001');
      const [ipn] = await receiver.waitFor(ref);
      expect(ipn?.path).toBe('/DvcPayment/Confirm');
      expect(ipn?.body).toMatchObject({
        LoaiBanTin: 'PAY',
        MaLoi: '00',
        MaDoiTac: 'dev-partner',
        SoTien: 10001,
        MaTienTe: 'VND',
        MaNganHang: 'SIMBANK',
      });
      expect(ipn?.body.MaGiaoDich).toMatch(/^PG\d{12}$/);
      expect(ipn?.body.ThoiGianGD).toMatch(/^\d{14}$/);
      expect(hasValidResultSignature(ipn?.body ?? {}, DEV_PARTNER)).toBe(true);
      const reply = await query(ref);
      expect(reply).toMatchObject({ LoaiBanTin: 'QUERY', MaLoi: '00', TrangThaiGD: '1', MaGiaoDich: ipn?.body.MaGiaoDich, SoTien: 10001 });
      expect(hasValidResultSignature(reply, DEV_PARTNER)).toBe(true);
    });

    it('10002 fails at once: the IPN says so and QUERY says TrangThaiGD 4', async () => {
      const ref = await create('10002');
      const [ipn] = await receiver.waitFor(ref);
      expect(ipn?.body.MaLoi).toBe('51');
      expect(hasValidResultSignature(ipn?.body ?? {}, DEV_PARTNER)).toBe(true);
      expect(await query(ref)).toMatchObject({ MaLoi: '00', TrangThaiGD: '4' });
    });

    it('10003 stays pending for good: TrangThaiGD 3 even past the expiry, and no IPN', async () => {
      const ref = await create('10003');
      expect(await query(ref)).toMatchObject({ TrangThaiGD: '3' });
      await t.app.timers.runDue(Date.now() + 10 * TTL_SECONDS * 1000);
      expect(await query(ref)).toMatchObject({ TrangThaiGD: '3' });
      expect((await view(ref))?.ipn).toEqual([]);
      expect(ipnCount(ref)).toBe(0);
    });

    it('10004 pays and sends the IPN twice', async () => {
      const ref = await create('10004');
      const ipns = await receiver.waitFor(ref, 2);
      expect(ipns[0]?.body).toEqual(ipns[1]?.body);
      expect(ipns[0]?.body.MaLoi).toBe('00');
    });

    it('10005 pays at once but sends the IPN late, on simulation time', async () => {
      const ref = await create('10005');
      expect(await query(ref)).toMatchObject({ TrangThaiGD: '1' });
      expect((await view(ref))?.ipn).toEqual([expect.objectContaining({ kind: 'scheduled' })]);
      await t.app.timers.runDue(Date.now() + (LATE_SECONDS - 60) * 1000);
      expect(ipnCount(ref)).toBe(0);
      await t.app.timers.runDue(Date.now() + (LATE_SECONDS + 1) * 1000);
      const [ipn] = await receiver.waitFor(ref);
      expect(ipn?.body.MaLoi).toBe('00');
      expect(hasValidResultSignature(ipn?.body ?? {}, DEV_PARTNER)).toBe(true);
    });

    it('10006 pays but the IPN is lost: only QUERY tells', async () => {
      const ref = await create('10006');
      expect(await query(ref)).toMatchObject({ TrangThaiGD: '1' });
      expect((await view(ref))?.ipn).toEqual([expect.objectContaining({ kind: 'skipped' })]);
    });

    it('an OpenCPS-style partner gets its IPN signed with HMAC in its own field order, with status 0', async () => {
      const ref = await create('10001', OPENCPS_PARTNER);
      const [ipn] = await receiver.waitFor(ref);
      expect(ipn?.body).toMatchObject({ MaLoi: '00', status: 0, MaDoiTac: 'SIMDOITAC02' });
      expect(hasValidResultSignature(ipn?.body ?? {}, OPENCPS_PARTNER)).toBe(true);
      expect(hasValidResultSignature(ipn?.body ?? {}, { ...OPENCPS_PARTNER, ipnFieldOrder: 'paseto' })).toBe(false);
      const reply = await query(ref, OPENCPS_PARTNER);
      expect(reply).toMatchObject({ TrangThaiGD: '1' });
      expect(hasValidResultSignature(reply, OPENCPS_PARTNER)).toBe(true);
    });
  });

  describe('expiry on simulation time', () => {
    it('a payment nobody settles is pending until its TTL, then failed (TrangThaiGD 4) without an IPN', async () => {
      const ref = await create('50000');
      expect(await query(ref)).toMatchObject({ TrangThaiGD: '3', MoTaLoi: 'Giao dịch đang chờ xử lý' });
      await t.app.timers.runDue(Date.now() + (TTL_SECONDS - 30) * 1000);
      expect(await query(ref)).toMatchObject({ TrangThaiGD: '3' });
      await t.app.timers.runDue(Date.now() + (TTL_SECONDS + 1) * 1000);
      expect(await query(ref)).toMatchObject({ TrangThaiGD: '4', MoTaLoi: expect.stringContaining('hết thời gian') });
      expect((await view(ref))?.settlement).toMatchObject({ outcome: 'expired', by: 'expiry' });
      expect(ipnCount(ref)).toBe(0);
      const page = await t.http.get(`/paygov/pay/${ref}`);
      expect(page.text).toContain('data-status="expired"');
      expect(page.text).not.toContain('<form');
    });
  });

  describe('the payment page over HTTP', () => {
    const choose = (ref: string, fields: Record<string, string>) => t.http.post(`/paygov/pay/${ref}`).type('form').send(fields);

    it('shows the payment, and "pay" with a bank sends the signed IPN naming that bank', async () => {
      const ref = await create('50000');
      const page = await t.http.get(`/paygov/pay/${ref}`);
      expect(page.status).toBe(200);
      expect(page.headers['content-type']).toMatch(/text\/html/);
      expect(page.headers['content-security-policy']).toContain("default-src 'none'");
      expect(page.text).toContain('Nguyễn Văn An');
      const res = await choose(ref, { action: 'pay', bank: 'VCB' });
      expect(res.status).toBe(303);
      expect(res.headers.location).toBe(`/paygov/pay/${ref}`);
      const [ipn] = await receiver.waitFor(ref);
      expect(ipn?.body).toMatchObject({ MaLoi: '00', MaNganHang: 'VCB' });
      expect(hasValidResultSignature(ipn?.body ?? {}, DEV_PARTNER)).toBe(true);
      expect(await query(ref)).toMatchObject({ TrangThaiGD: '1', MaNganHang: 'VCB' });
      expect((await t.http.get(`/paygov/pay/${ref}`)).text).toContain('data-status="paid"');
    });

    it('"cancel" fails it with IPN MaLoi 24; "fail" with 51', async () => {
      const cancelled = await create('50000');
      await choose(cancelled, { action: 'cancel' }).expect(303);
      expect((await receiver.waitFor(cancelled))[0]?.body.MaLoi).toBe('24');
      expect(await query(cancelled)).toMatchObject({ TrangThaiGD: '4' });
      const failed = await create('50000');
      await choose(failed, { action: 'fail', bank: 'BIDV' }).expect(303);
      expect((await receiver.waitFor(failed))[0]?.body).toMatchObject({ MaLoi: '51', MaNganHang: 'BIDV' });
    });

    it('"leave pending" keeps it at TrangThaiGD 3 past its expiry, and it can still be paid later', async () => {
      const ref = await create('50000');
      await choose(ref, { action: 'pending' }).expect(303);
      await t.app.timers.runDue(Date.now() + 10 * TTL_SECONDS * 1000);
      expect(await query(ref)).toMatchObject({ TrangThaiGD: '3' });
      expect(ipnCount(ref)).toBe(0);
      await choose(ref, { action: 'pay' }).expect(303);
      expect((await receiver.waitFor(ref))[0]?.body.MaLoi).toBe('00');
    });

    it('"pay, IPN lost" pays without an IPN', async () => {
      const ref = await create('50000');
      await choose(ref, { action: 'pay-no-ipn' }).expect(303);
      expect(await query(ref)).toMatchObject({ TrangThaiGD: '1' });
      expect((await view(ref))?.ipn).toEqual([expect.objectContaining({ kind: 'skipped' })]);
    });

    it('a second choice on an ended payment → 409 and nothing changes; a double click pays once', async () => {
      const ref = await create('50000');
      const [a, b] = await Promise.all([choose(ref, { action: 'pay' }), choose(ref, { action: 'fail' })]);
      expect([a.status, b.status].sort()).toEqual([303, 409]);
      const settled = (await view(ref))?.settlement;
      const again = await choose(ref, { action: 'cancel' });
      expect(again.status).toBe(409);
      expect(again.text).toContain('already ended');
      expect((await view(ref))?.settlement).toEqual(settled);
      await receiver.waitFor(ref);
      expect((await view(ref))?.ipn.filter((e) => e.kind === 'sent')).toHaveLength(1);
    });

    it('an unknown action or bank → 400 and the payment stays pending', async () => {
      const ref = await create('50000');
      const bad = await choose(ref, { action: 'steal' });
      expect(bad.status).toBe(400);
      expect(bad.text).toContain('unknown action');
      const badBank = await choose(ref, { action: 'pay', bank: 'EVIL' });
      expect(badBank.status).toBe(400);
      const empty = await t.http.post(`/paygov/pay/${ref}`);
      expect(empty.status).toBe(400);
      // Names every object has are not actions (they once settled the payment with no outcome).
      for (const action of ['toString', 'constructor', '__proto__', 'hasOwnProperty']) {
        const inherited = await choose(ref, { action });
        expect({ action, status: inherited.status, says: inherited.text.includes('unknown action') }).toEqual({ action, status: 400, says: true });
      }
      expect((await choose(ref, { action: 'pay', bank: 'toString' })).status).toBe(400);
      expect((await view(ref))?.status).toBe('pending');
      expect((await t.http.get(`/paygov/pay/${ref}`)).status).toBe(200);
    });

    it('an unknown reference → 404 page, for GET and POST', async () => {
      const page = await t.http.get('/paygov/pay/no-such-ref');
      expect(page.status).toBe(404);
      expect(page.text).toContain('Không tìm thấy giao dịch');
      expect((await choose('no-such-ref', { action: 'pay' })).status).toBe(404);
    });
  });

  describe('QUERY refusals', () => {
    let ref: string;
    beforeAll(async () => {
      ref = await create('50000');
    });

    it('a wrong MaXacThuc → 01', async () => {
      const res = await t.http.post('/paygov/query').send({ ...signedLookup('QUERY', DEV_PARTNER, ref), MaXacThuc: 'd'.repeat(64) });
      expect(res.body).toMatchObject({ MaLoi: '01', MoTaLoi: expect.stringContaining(`QUERY|1.0.6|dev-partner|${ref}|20260115093015`) });
    });

    it('an unknown partner → 02', async () => {
      const res = await t.http.post('/paygov/query').send(signedLookup('QUERY', { ...DEV_PARTNER, id: 'NOBODY' }, ref));
      expect(res.body.MaLoi).toBe('02');
    });

    it('an unknown reference, or another partner’s → 04', async () => {
      expect((await t.http.post('/paygov/query').send(signedLookup('QUERY', DEV_PARTNER, newRef()))).body.MaLoi).toBe('04');
      expect((await t.http.post('/paygov/query').send(signedLookup('QUERY', OPENCPS_PARTNER, ref))).body.MaLoi).toBe('04');
    });

    it('a ThoiGianGD other than the INIT’s (a 12-hour clock, say) → 04 naming the INIT’s', async () => {
      const res = await t.http.post('/paygov/query').send(signedLookup('QUERY', DEV_PARTNER, ref, '20260115213015'));
      expect(res.body).toMatchObject({ MaLoi: '04', MoTaLoi: expect.stringContaining('20260115093015') });
    });

    it('a malformed request → 05', async () => {
      const res = await t.http.post('/paygov/query').send({ LoaiBanTin: 'QUERY' });
      expect(res.status).toBe(200);
      expect(res.body.MaLoi).toBe('05');
    });
  });

  describe('GET_BILL', () => {
    it('answers a paid payment’s receipt as PDF bytes natively, and as base64 through the unified API', async () => {
      const ref = await create('10001');
      const res = await t.http
        .post('/paygov/getbill')
        .send(signedLookup('GET_BILL', DEV_PARTNER, ref))
        .buffer(true)
        .parse((r, cb) => {
          const chunks: Buffer[] = [];
          r.on('data', (c: Buffer) => chunks.push(c));
          r.on('end', () => cb(null, Buffer.concat(chunks)));
        });
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      const pdf = res.body as Buffer;
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      expect(pdf.length).toBeGreaterThan(2000);
      expect(pdf.toString('latin1')).toContain('DejaVuSans');
      const token = await t.token();
      const unified = await t.http
        .post('/api/v1/messages')
        .auth(token, { type: 'bearer' })
        .set('prefer', 'wait=10')
        .send({
          header: { messageId: newRef('bill'), messageType: 'paygov.getBill', from: t.config.devClient.agency },
          body: signedLookup('GET_BILL', DEV_PARTNER, ref),
        });
      expect(unified.body.response.contentType).toBe('application/pdf');
      expect(Buffer.from(unified.body.response.base64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
    });

    it('a payment that is not paid has no receipt → 04 as JSON', async () => {
      const ref = await create('50000');
      const res = await t.http.post('/paygov/getbill').send(signedLookup('GET_BILL', DEV_PARTNER, ref));
      expect(res.headers['content-type']).toMatch(/application\/json/);
      expect(res.body).toMatchObject({ MaLoi: '04', MoTaLoi: expect.stringContaining('TrangThaiGD 3') });
    });

    it('a wrong signature → 01', async () => {
      const ref = await create('10001');
      const res = await t.http.post('/paygov/getbill').send({ ...signedLookup('GET_BILL', DEV_PARTNER, ref), MaXacThuc: 'e'.repeat(64) });
      expect(res.body.MaLoi).toBe('01');
    });
  });
});
