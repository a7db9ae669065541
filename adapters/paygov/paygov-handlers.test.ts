import type { NativeRequest, PageRoute } from '../../src/core/adapter';
import { BusinessRuleError } from '../../src/core/errors';
import { DEV_PARTNER, hasValidResultSignature, signedInit, signedLookup } from '../../test/paygov/paygov-support';
import { asRequest, UNIT_EPOCH, unitBackend, type UnitBackend } from '../../test/support/unit-context';
import { createPaygovAdapter } from '.';
import { PaymentStore } from './payment-store';

const IPN_URL = 'http://127.0.0.1:9/paygov-ipn';
const SECOND = 1000;

const refusal = (code: string, status: number, message: RegExp) =>
  expect.objectContaining({ constructor: BusinessRuleError, code, status, message: expect.stringMatching(message) });

describe('paygov handlers (in-memory context)', () => {
  let paygov: UnitBackend;
  beforeEach(() => {
    paygov = unitBackend(createPaygovAdapter, { env: { DEV_PAYGOV_IPN_URL: IPN_URL } });
  });

  /** The support helpers sign loose JSON, as a partner's code builds it; each is a valid INIT, QUERY or GET_BILL. */
  const init = (overrides: Record<string, unknown> = {}) => {
    const body = asRequest('paygov.init', signedInit(DEV_PARTNER, overrides));
    return { body, answer: paygov.call('paygov.init', body) };
  };
  const query = (ref: string, time?: string) => paygov.call('paygov.query', asRequest('paygov.query', signedLookup('QUERY', DEV_PARTNER, ref, time)));
  const getBill = (ref: string) => paygov.call('paygov.getBill', asRequest('paygov.getBill', signedLookup('GET_BILL', DEV_PARTNER, ref)));
  const page = (method: PageRoute['method']): PageRoute => paygov.adapter.manifest.pages?.find((p) => p.method === method) as PageRoute;
  const choose = (ref: string, action: string, bank = 'VCB') => {
    const request: NativeRequest = { method: 'POST', path: `/paygov/pay/${ref}`, params: { ref }, query: {}, headers: {}, body: { action, bank } };
    return page('POST').handle(request, paygov.context);
  };
  const ipns = () => paygov.callbacks.sent.filter((c) => c.kind === 'ipn');

  it('INIT answers the payment page URL and schedules the expiry of the pending payment', async () => {
    const { body, answer } = init();
    const answered = await answer;
    expect(paygov.undocumented('paygov.init', answered)).toEqual([]);
    expect(answered).toEqual({
      MaLoi: '00',
      MoTaLoi: 'Thành công',
      MaDoiTac: 'dev-partner',
      MaThamChieu: body.MaThamChieu,
      UrlThanhToan: `http://localhost:8080/paygov/pay/${body.MaThamChieu}`,
    });
    expect(paygov.scheduler.pending()).toEqual([
      {
        id: `paygov:expire:${body.MaThamChieu}`,
        service: 'paygov',
        kind: 'expire',
        dueAt: UNIT_EPOCH + 900 * SECOND,
        payload: { ref: body.MaThamChieu },
      },
    ]);
    expect(await query(body.MaThamChieu)).toMatchObject({ MaLoi: '00', TrangThaiGD: '3', MoTaLoi: 'Giao dịch đang chờ xử lý', SoTien: 50000 });
    expect(ipns()).toEqual([]);
  });

  it('paying on the page settles the payment, cancels its expiry and queues one signed IPN to the partner', async () => {
    const { body, answer } = init();
    await answer;
    expect(await choose(body.MaThamChieu, 'pay')).toMatchObject({ status: 303, headers: { location: `/paygov/pay/${body.MaThamChieu}` } });
    expect(paygov.scheduler.pending()).toEqual([]);
    expect(ipns()).toEqual([
      {
        id: `paygov:${body.MaThamChieu}:ipn:1`,
        service: 'paygov',
        url: IPN_URL,
        signing: 'none',
        verifier: 'ipn',
        kind: 'ipn',
        body: expect.objectContaining({
          LoaiBanTin: 'PAY',
          MaLoi: '00',
          MaDoiTac: 'dev-partner',
          MaThamChieu: body.MaThamChieu,
          SoTien: 50000,
          MaTienTe: 'VND',
          MaNganHang: 'VCB',
          ThoiGianGD: '20260301090000',
          MaGiaoDich: expect.any(String),
          MaXacThuc: expect.stringMatching(/^[0-9a-f]{64}$/),
        }),
      },
    ]);
    expect(hasValidResultSignature(ipns()[0]?.body as Record<string, unknown>, DEV_PARTNER)).toBe(true);
    expect(await new PaymentStore(paygov.context.state).view(body.MaThamChieu)).toMatchObject({
      status: 'paid',
      ipn: [expect.objectContaining({ kind: 'sent', url: IPN_URL })],
    });

    const answered = await query(body.MaThamChieu);
    expect(paygov.undocumented('paygov.query', answered)).toEqual([]);
    expect(answered).toMatchObject({ LoaiBanTin: 'QUERY', MaLoi: '00', MoTaLoi: 'Giao dịch thành công', TrangThaiGD: '1', MaNganHang: 'VCB' });
    expect(Object.keys(answered).slice(0, 3)).toEqual(['LoaiBanTin', 'MaLoi', 'MoTaLoi']);
    expect(hasValidResultSignature(Object.fromEntries(Object.entries(answered)), DEV_PARTNER)).toBe(true);
    const bill = await getBill(body.MaThamChieu);
    expect(paygov.undocumented('paygov.getBill', bill)).toEqual([]);
    expect(bill.contentType).toBe('application/pdf');
    expect(Buffer.from(bill.base64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');

    // A payment ends once: the page refuses a second choice.
    expect(await choose(body.MaThamChieu, 'fail')).toMatchObject({ status: 409 });
    expect(ipns()).toHaveLength(1);
  });

  it('a pending payment nobody settles expires on simulation time (QUERY: TrangThaiGD 4), sends no IPN and has no receipt', async () => {
    const { body, answer } = init();
    await answer;
    await paygov.advance(900 * SECOND);
    expect(await query(body.MaThamChieu)).toMatchObject({ MaLoi: '00', TrangThaiGD: '4', MoTaLoi: 'Giao dịch thất bại: hết thời gian thanh toán' });
    expect(ipns()).toEqual([]);
    await expect(getBill(body.MaThamChieu)).rejects.toEqual(refusal('04', 404, /has no receipt: it is expired/));
  });

  it('magic amounts settle at INIT: 10001 pays with one IPN, 10002 fails, 10004 sends it twice, 10005 late, 10003 holds for good', async () => {
    const paid = init({ SoTien: '10001' });
    await paid.answer;
    expect(ipns().map((c) => [c.id, (c.body as { MaLoi: string }).MaLoi])).toEqual([[`paygov:${paid.body.MaThamChieu}:ipn:1`, '00']]);

    const failed = init({ SoTien: '10002' });
    await failed.answer;
    expect(ipns().at(-1)?.body).toMatchObject({ MaThamChieu: failed.body.MaThamChieu, MaLoi: '51' });

    const twice = init({ SoTien: '10004' });
    await twice.answer;
    expect(
      ipns()
        .filter((c) => (c.body as { MaThamChieu: string }).MaThamChieu === twice.body.MaThamChieu)
        .map((c) => c.id),
    ).toEqual([`paygov:${twice.body.MaThamChieu}:ipn:1`, `paygov:${twice.body.MaThamChieu}:ipn:2`]);

    const late = init({ SoTien: '10005' });
    await late.answer;
    const before = ipns().length;
    expect(paygov.scheduler.pending()).toEqual([expect.objectContaining({ kind: 'lateIpn', dueAt: UNIT_EPOCH + 2100 * SECOND })]);
    await paygov.advance(2100 * SECOND);
    expect(
      ipns()
        .slice(before)
        .map((c) => c.id),
    ).toEqual([`paygov:${late.body.MaThamChieu}:ipn:1`]);

    const held = init({ SoTien: '10003' });
    await held.answer;
    await paygov.advance(30 * 86_400 * SECOND);
    expect(await query(held.body.MaThamChieu)).toMatchObject({ TrangThaiGD: '3' });
  });

  it('refuses a reused MaThamChieu (03), a bad MaXacThuc (01) and an unknown partner (02)', async () => {
    const first = init();
    await first.answer;
    await expect(paygov.call('paygov.init', first.body)).rejects.toEqual(refusal('03', 422, /already used/));
    await expect(paygov.call('paygov.init', { ...init().body, MaXacThuc: '0'.repeat(64) })).rejects.toEqual(refusal('01', 422, /^Sai mã xác thực/));
    await expect(paygov.call('paygov.init', { ...init().body, MaDoiTac: 'NOBODY' })).rejects.toEqual(refusal('02', 422, /^Đối tác không tồn tại/));
  });

  it('a lookup finds nothing (04) for an unknown reference or a ThoiGianGD that is not the INIT’s', async () => {
    const { body, answer } = init();
    await answer;
    await expect(query('dvcNOPE')).rejects.toEqual(refusal('04', 404, /no payment with MaThamChieu "dvcNOPE"/));
    await expect(query(body.MaThamChieu, '20260115093016')).rejects.toEqual(refusal('04', 404, /byte for byte/));
    await expect(getBill(body.MaThamChieu)).rejects.toEqual(refusal('04', 404, /it is pending/));
  });
});
