import { ipnCallbackId } from '../../adapters/paygov/ipn';
import { PaymentStore } from '../../adapters/paygov/payment-store';
import type { Queue } from 'bullmq';
import type { CallbackVerifier } from '../../src/core/adapter';
import type { CallbackRequest } from '../../src/core/ports';
import { startTestApp, type TestApp } from '../support/test-app';
import { DEV_PARTNER, echoSuccess, signedInit, startIpnReceiver, type IpnReceiver } from './paygov-support';

/**
 * The partner's reply to an IPN decides delivery: accepted only on MaLoi "00", and a reply that
 * does not echo the IPN's MaXacThuc is recorded on the payment. The verifier is called directly
 * first; the last test runs the callback queue, which calls the same function after each attempt.
 */
describe('PayGov IPN replies', () => {
  let t: TestApp;
  let receiver: IpnReceiver;
  let verify: CallbackVerifier;

  beforeAll(async () => {
    receiver = await startIpnReceiver();
    t = await startTestApp('paygov-ipn', {}, { env: { DEV_PAYGOV_IPN_URL: receiver.url } });
    verify = t.app.registry.adapter('paygov')?.callbackVerifiers?.ipn as CallbackVerifier;
  });
  afterAll(async () => {
    await t.close();
    await receiver.close();
    receiver.reply = echoSuccess;
  });

  /** A paid payment's IPN as queued for delivery (no worker runs until the last test). */
  const paidIpn = async (): Promise<Record<string, unknown>> => {
    const body = signedInit(DEV_PARTNER, { SoTien: '10001' });
    await t.http.post('/paygov/init').send(body).expect(200);
    const queue = t.app.delivery.bullQueues().find((q) => q.name === 'cb-paygov') as Queue;
    const jobs = await queue.getJobs(['waiting', 'delayed', 'prioritized']);
    const job = jobs.find(
      (j) => (j.data as CallbackRequest).body && ((j.data as CallbackRequest).body as Record<string, unknown>).MaThamChieu === body.MaThamChieu,
    );
    if (!job) throw new Error(`no IPN queued for ${String(body.MaThamChieu)}`);
    return (job.data as CallbackRequest).body as Record<string, unknown>;
  };
  const replies = async (ref: string) =>
    (await new PaymentStore(t.app.contextFor('paygov').state).view(ref))?.ipn.filter((e) => e.kind === 'reply') ?? [];
  const context = () => t.app.contextFor('paygov');

  it('accepts the partner’s "00" reply that echoes MaXacThuc, and records it as valid', async () => {
    const ipn = await paidIpn();
    const verdict = await verify(echoSuccess(ipn), ipn, context());
    expect(verdict.accepted).toBe(true);
    expect(await replies(String(ipn.MaThamChieu))).toEqual([expect.objectContaining({ replyCode: '00', replySignatureOk: true, httpStatus: 200 })]);
  });

  it('accepts a reply given as a JSON string', async () => {
    const ipn = await paidIpn();
    expect((await verify({ status: 200, body: JSON.stringify(echoSuccess(ipn).body) }, ipn, context())).accepted).toBe(true);
  });

  it('retries on MaLoi "99" (the partner’s "other errors")', async () => {
    const ipn = await paidIpn();
    const verdict = await verify({ status: 200, body: { ...(echoSuccess(ipn).body as object), MaLoi: '99' } }, ipn, context());
    expect(verdict).toEqual({ accepted: false, detail: expect.stringContaining('MaLoi "99"') });
  });

  it('retries on PASETO’s HTTP 500 plain-text answer and on OpenCPS’s return_code -1', async () => {
    const ipn = await paidIpn();
    expect((await verify({ status: 500, body: 'Invalid signature' }, ipn, context())).accepted).toBe(false);
    expect((await verify({ status: 200, body: { return_code: -1, return_msg: 'bad checksum' } }, ipn, context())).accepted).toBe(false);
    const recorded = await replies(String(ipn.MaThamChieu));
    expect(recorded).toHaveLength(2);
    expect(recorded[0]?.detail).toContain('HTTP 500');
  });

  it('records a "00" reply with a wrong MaXacThuc on the payment, without refusing it', async () => {
    const ipn = await paidIpn();
    const verdict = await verify({ status: 200, body: { ...(echoSuccess(ipn).body as object), MaXacThuc: 'f'.repeat(64) } }, ipn, context());
    expect(verdict.accepted).toBe(true);
    expect(verdict.detail).toContain('does not echo');
    const [reply] = await replies(String(ipn.MaThamChieu));
    expect(reply).toMatchObject({ replyCode: '00', replySignatureOk: false });
    const page = await t.http.get(`/paygov/pay/${String(ipn.MaThamChieu)}`);
    expect(page.text).toContain('MaXacThuc sai');
  });

  it('uses a distinct callback id per copy, so "IPN twice" is two deliveries', () => {
    expect(ipnCallbackId('R', 1)).not.toBe(ipnCallbackId('R', 2));
  });

  it('retries the IPN until the partner answers "00", and records the bad reply signature', async () => {
    // The earlier tests call the verifier directly; this one runs the real callback queue.
    await t.app.startWorkers();
    const body = signedInit(DEV_PARTNER, { SoTien: '10001' });
    const ref = String(body.MaThamChieu);
    // The IPNs queued by the earlier tests are delivered too now; only this payment's are refused once.
    let calls = 0;
    receiver.reply = (ipn) => {
      if (ipn.MaThamChieu !== ref) return echoSuccess(ipn);
      calls += 1;
      if (calls === 1) return { status: 200, body: { ...(echoSuccess(ipn).body as object), MaLoi: '99' } };
      return { status: 200, body: { ...(echoSuccess(ipn).body as object), MaXacThuc: '0'.repeat(64) } };
    };
    await t.http.post('/paygov/init').send(body).expect(200);
    await receiver.waitFor(ref, 2, 20_000);
    // The verifier runs right after the receiver answers; poll the payment's log for a bounded time.
    for (const deadline = Date.now() + 5000; Date.now() < deadline && (await replies(ref)).length < 2;) await new Promise((r) => setImmediate(r));
    const recorded = await replies(ref);
    expect(recorded.map((r) => r.replyCode)).toEqual(['99', '00']);
    expect(recorded[1]?.replySignatureOk).toBe(false);
  });
});
