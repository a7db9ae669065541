import { SimControl } from 'lgsp-sim/testing';
import { expectUndescribedResponses } from '../support/openapi-responses';
import { startTestApp, type TestApp } from '../support/test-app';
import { startCallbackServer, type CallbackServer } from './support/callback-server';

/** Every effect as a real HTTP client sees it, against a listening simulator. */
describe('fault scenarios observed by a real HTTP client', () => {
  let t: TestApp;
  let sim: SimControl;
  let base: string;
  let token: string;
  let msdn: string;
  let counter = 0;
  const agency = '000.00.00.H30';

  beforeAll(async () => {
    // Fast retries and three attempts, so retry and dead-letter sequences run quickly.
    t = await startTestApp('sim-faults', {}, { env: { DELIVERY_BACKOFF_MS: '20', DELIVERY_ATTEMPTS_DKDN: '3', CALLBACK_BACKOFF_MS: '20' } });
    await t.app.startWorkers();
    base = (await t.app.listen()).url;
    sim = new SimControl({ baseUrl: base });
    token = await t.token();
    msdn = t.app.reference.dataset.testPersons.activeEnterprise.id;
  });
  afterAll(() => t.close());
  beforeEach(() => sim.reset());

  const native = (code = msdn, init: RequestInit = {}) =>
    fetch(`${base}/apiCSDLDKDN/chiTietDoanhNghiep?msdn=${code}`, { headers: { authorization: `Bearer ${token}` }, ...init });
  const unified = (options: { wait?: boolean; callbackUrl?: string; id?: string } = {}) =>
    fetch(`${base}/api/v1/messages`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...(options.wait === false ? {} : { prefer: 'wait=5' }) },
      body: JSON.stringify({
        header: {
          messageId: options.id ?? `fault-${++counter}`,
          messageType: 'dkdn.chiTietDoanhNghiep',
          from: agency,
          ...(options.callbackUrl ? { callbackUrl: options.callbackUrl } : {}),
        },
        body: { msdn },
      }),
    });

  async function finalRecord(messageId: string): Promise<Record<string, unknown>> {
    for (let i = 0; i < 200; i++) {
      const res = await fetch(`${base}/api/v1/messages/${messageId}`, { headers: { authorization: `Bearer ${token}` } });
      const record = (await res.json()) as Record<string, unknown>;
      if (['completed', 'failed', 'dead'].includes(String(record.status))) return record;
      await new Promise((resolve) => setImmediate(resolve));
    }
    throw new Error(`message ${messageId} did not finish`);
  }

  it('latency: the answer comes after the delay has elapsed, and it is the normal answer', async () => {
    await sim.scenarios.add({ match: { messageType: 'dkdn.chiTietDoanhNghiep' }, effect: { type: 'latency', ms: 300 } });
    const started = Date.now();
    const res = await native();
    expect(Date.now() - started).toBeGreaterThanOrEqual(300);
    expect(res.status).toBe(200);
    expect(((await res.json()) as { Status: string }).Status).toBe('1');
  });

  it('latency: uniform and log-normal delays also hold the answer back', async () => {
    await sim.scenarios.add({ effect: { type: 'latency', distribution: 'uniform', minMs: 150, maxMs: 250 } });
    let started = Date.now();
    expect((await native()).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(150);
    await sim.scenarios.clear();
    await sim.scenarios.add({ effect: { type: 'latency', distribution: 'lognormal', medianMs: 100, sigma: 0.1 } });
    started = Date.now();
    expect((await native()).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(50);
  });

  it('error on a native path: the status and message in the backend’s own envelope', async () => {
    await sim.scenarios.add({
      match: { nativePath: '/apiCSDLDKDN/*' },
      effect: { type: 'error', status: 503, code: 'DKDN_BUSY', message: 'Hệ thống đang bận' },
    });
    const res = await native();
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ MainInformation: null, DataCount: 0, Status: '0', Message: 'Hệ thống đang bận' });
  });

  it('error on the unified API: problem+json with the rule’s status; the record keeps the backend code', async () => {
    await sim.scenarios.add({ effect: { type: 'error', status: 502, code: 'UPSTREAM_DOWN', message: 'upstream down' } });
    const res = await unified({ id: 'fault-unified-error' });
    expect(res.status).toBe(502);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(await res.json()).toMatchObject({
      type: 'urn:lgsp-sim:problem:injected-fault',
      status: 502,
      detail: 'upstream down',
      code: 'UPSTREAM_DOWN',
      ruleId: expect.stringMatching(/^rule-/),
    });
    const record = await finalRecord('fault-unified-error');
    expect(record).toMatchObject({ status: 'failed', error: { type: 'injected-fault', code: 'UPSTREAM_DOWN' } });
  });

  it('timeout: no answer at all, so the client’s own timeout fires; the simulator lets go when it does', async () => {
    await sim.scenarios.add({ effect: { type: 'timeout' }, count: 1 });
    const error = await native(msdn, { signal: AbortSignal.timeout(400) }).catch((e: unknown) => e);
    expect((error as Error).name).toBe('TimeoutError');
    const after = await native();
    expect(after.status).toBe(200);
  });

  it('timeout on the unified API: held even with Prefer: wait, until the client gives up', async () => {
    await sim.scenarios.add({ effect: { type: 'timeout' }, count: 1 });
    const error = await fetch(`${base}/api/v1/messages`, {
      method: 'POST',
      signal: AbortSignal.timeout(400),
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', prefer: 'wait=1' },
      body: JSON.stringify({ header: { messageId: 'fault-timeout', messageType: 'dkdn.chiTietDoanhNghiep', from: agency }, body: { msdn } }),
    }).catch((e: unknown) => e);
    expect((error as Error).name).toBe('TimeoutError');
  });

  it('drop: the connection is closed without an answer (a socket error at the client)', async () => {
    await sim.scenarios.add({ effect: { type: 'drop' }, count: 1 });
    const error = (await native().catch((e: unknown) => e)) as Error & { cause?: { code?: string; message?: string } };
    expect(error.name).toBe('TypeError');
    expect(error.message).toBe('fetch failed');
    expect(error.cause?.code ?? error.cause?.message).toMatch(/UND_ERR_SOCKET|other side closed|ECONNRESET/);
  });

  it('malformed: a 200 whose body does not parse', async () => {
    // Garbage on purpose: no document describes it.
    expectUndescribedResponses('GET', /^\/apiCSDLDKDN\//);
    await sim.scenarios.add({ effect: { type: 'malformed' }, count: 1 });
    const res = await native();
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/json');
    await expect(res.json()).rejects.toMatchObject({ name: 'SyntaxError' });
    await sim.scenarios.add({ effect: { type: 'malformed', body: '<html>502 Bad Gateway' }, count: 1 });
    expect(await (await native()).text()).toBe('<html>502 Bad Gateway');
  });

  it('count: only the next N matching calls are affected; the list shows hits and what is left', async () => {
    const [rule] = await sim.scenarios.add({ effect: { type: 'error', status: 503 }, count: 2 });
    expect((await native()).status).toBe(503);
    expect((await native()).status).toBe(503);
    expect((await native()).status).toBe(200);
    expect(await sim.scenarios.get(rule.id)).toMatchObject({ hits: 2, remaining: 0 });
  });

  it('body fields: equality and regex conditions select the calls; sender and type must match too', async () => {
    const other = t.app.reference.dataset.enterprises.find((e) => e.code !== msdn)?.code as string;
    await sim.scenarios.add({ match: { body: [{ path: '$.msdn', equals: msdn }], from: agency }, effect: { type: 'error', status: 500 } });
    expect((await native()).status).toBe(500);
    expect((await native(other)).status).not.toBe(500);
    await sim.scenarios.clear();
    await sim.scenarios.add({ match: { body: [{ path: 'msdn', matches: `^${other}$` }] }, effect: { type: 'error', status: 500 } });
    expect((await native(other)).status).toBe(500);
    expect((await native()).status).toBe(200);
    await sim.scenarios.clear();
    await sim.scenarios.add({ match: { from: '999.99.99.H99' }, effect: { type: 'error', status: 500 } });
    await sim.scenarios.add({ match: { messageType: 'lltp.*' }, effect: { type: 'error', status: 500 } });
    expect((await native()).status).toBe(200);
  });

  it('probability 0 never fires; expiry (simulation time) ends a rule', async () => {
    await sim.scenarios.add({ effect: { type: 'error', status: 500 }, probability: 0 });
    for (let i = 0; i < 5; i++) expect((await native()).status).toBe(200);
    await sim.scenarios.clear();
    await sim.scenarios.add({ effect: { type: 'error', status: 500 }, expiresIn: '1h' });
    expect((await native()).status).toBe(500);
    await sim.clock.advance('2h');
    expect((await native()).status).toBe(200);
  });

  it('worker stage: a queued message fails with the rule’s backend code; sync-stage rules leave it alone', async () => {
    await sim.scenarios.add({ match: { stage: 'sync' }, effect: { type: 'error', status: 500 } });
    await sim.scenarios.add({
      match: { stage: 'worker' },
      effect: { type: 'error', status: 422, code: 'HO_SO_KHONG_HOP_LE', message: 'refused in the worker' },
    });
    const accepted = await unified({ wait: false, id: 'fault-worker' });
    expect(accepted.status).toBe(202);
    expect(await finalRecord('fault-worker')).toMatchObject({
      status: 'failed',
      error: { type: 'injected-fault', code: 'HO_SO_KHONG_HOP_LE', message: 'refused in the worker' },
    });
  });

  it('worker stage: a timeout, a drop or a 5xx is a transient failure, so the queue retries and the message completes', async () => {
    await sim.scenarios.add({ match: { stage: 'worker' }, effect: { type: 'timeout' }, count: 1 });
    await sim.scenarios.add({ match: { stage: 'worker' }, effect: { type: 'error', status: 503, code: 'BUSY' }, count: 1 });
    await unified({ wait: false, id: 'fault-worker-transient' });
    const record = await finalRecord('fault-worker-transient');
    expect(record).toMatchObject({ status: 'completed', attempts: 3 });
    const retries = (record.history as { status: string; detail?: string }[]).filter((h) => h.status === 'retrying');
    expect(retries.map((h) => h.detail)).toEqual([
      expect.stringMatching(/^attempt 1 of 3 failed: The backend did not answer in time \(scenario rule-\d+\)/),
      expect.stringMatching(/^attempt 2 of 3 failed: Fault injected by scenario rule-\d+/),
    ]);
  });

  it('retry → dead letter → redrive: a counted worker error outlasts the attempts, then the redriven message completes', async () => {
    const [rule] = await sim.scenarios.add({
      match: { stage: 'worker', messageType: 'dkdn.*' },
      effect: { type: 'error', status: 503, code: 'DKDN_DOWN', message: 'registry down' },
      count: 4,
    });
    await unified({ wait: false, id: 'fault-dead' });
    const dead = await finalRecord('fault-dead');
    expect(dead).toMatchObject({ status: 'dead', attempts: 3, error: { type: 'transient', code: 'DKDN_DOWN', message: 'registry down' } });
    expect(await sim.scenarios.get(rule.id)).toMatchObject({ hits: 3, remaining: 1 });

    const letters = await fetch(`${base}/api/v1/admin/dead-letters?service=dkdn`, { headers: { authorization: 'Bearer dev-admin' } });
    const { items } = (await letters.json()) as { items: { messageId: string; reason: string }[] };
    expect(items).toEqual([expect.objectContaining({ messageId: 'fault-dead', reason: expect.stringContaining('registry down') })]);
    const redrive = await fetch(`${base}/api/v1/admin/dead-letters/fault-dead/redrive`, {
      method: 'POST',
      headers: { authorization: 'Bearer dev-admin' },
    });
    expect(redrive.status).toBe(202);
    // The rule has one failure left: the first redriven attempt fails, the retry completes.
    const record = await finalRecord('fault-dead');
    expect(record).toMatchObject({ status: 'completed' });
    expect((record.history as { status: string }[]).map((h) => h.status)).toEqual(
      expect.arrayContaining(['dead', 'redriven', 'retrying', 'completed']),
    );
    expect(await sim.scenarios.get(rule.id)).toMatchObject({ hits: 4, remaining: 0 });
  });

  describe('callbacks', () => {
    let receiver: CallbackServer;
    beforeAll(async () => {
      receiver = await startCallbackServer();
    });
    afterAll(() => receiver.close());
    beforeEach(() => receiver.received.splice(0));

    it('duplicate: one result delivered twice', async () => {
      await sim.scenarios.add({ match: { stage: 'callback', callbackKind: 'result' }, effect: { type: 'duplicate' }, count: 1 });
      await unified({ wait: false, id: 'fault-cb-dup', callbackUrl: receiver.url });
      const got = await receiver.waitFor(2);
      expect(got.map((c) => (c.body as { messageId: string }).messageId)).toEqual(['fault-cb-dup', 'fault-cb-dup']);
    });

    it('delayed: the first result is held back, so a later one overtakes it (out of order)', async () => {
      await sim.scenarios.add({ match: { stage: 'callback' }, effect: { type: 'latency', ms: 400 }, count: 1 });
      await unified({ wait: false, id: 'fault-cb-first', callbackUrl: receiver.url });
      await finalRecord('fault-cb-first');
      await unified({ wait: false, id: 'fault-cb-second', callbackUrl: receiver.url });
      const got = await receiver.waitFor(2);
      expect(got.map((c) => (c.body as { messageId: string }).messageId)).toEqual(['fault-cb-second', 'fault-cb-first']);
    });
  });
});
