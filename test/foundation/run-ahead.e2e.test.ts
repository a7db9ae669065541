import { SimControl } from 'lgsp-sim/testing';
import { startTestApp, type TestApp } from '../support/test-app';
import { startReceiver, statuses, waitForRecord } from '../delivery/delivery-helpers';

/**
 * A read-only operation on the synchronous path (OperationSpec.readOnly; here `diag.echo` neither
 * slow nor asked to fail) runs ahead of its record, which is stored already finished in one step.
 * What a client and QA see must be what the stored path gives: the answer is the record a read
 * gives back, a duplicate is replayed, a callback arrives; a slow or failing echo (not read-only)
 * goes the stored path as before. (A read-only handler outlasting the wait: src/core/pipeline.test.ts.)
 */
describe('a read-only operation on the synchronous path (run ahead, stored finished in one step)', () => {
  let t: TestApp;
  let token: string;
  let sim: SimControl;
  let counter = 0;
  const nextId = (): string => `ahead-${Date.now()}-${++counter}`;
  const echo = (messageId: string, body: Record<string, unknown> = { echo: { n: 1 } }, header: Record<string, unknown> = {}) => ({
    header: { messageId, messageType: 'diag.echo', from: '000.00.00.H30', ...header },
    body,
  });
  const post = (message: unknown, wait = 5) =>
    t.http
      .post('/api/v1/messages')
      .auth(token, { type: 'bearer' })
      .set('prefer', `wait=${wait}`)
      .send(message as object);

  beforeAll(async () => {
    t = await startTestApp('run-ahead', {}, { workers: true });
    token = await t.token();
    sim = new SimControl({ baseUrl: (await t.app.listen()).url });
  });
  afterAll(() => t.close());

  it('answers the record a read gives back: completed, both history entries, the response; journaled once', async () => {
    const id = nextId();
    const res = await post(echo(id));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ messageId: id, status: 'completed', attempts: 1, response: { echo: { n: 1 } } });
    expect(statuses(res.body)).toEqual(['processing', 'completed']);
    const read = await t.http.get(`/api/v1/messages/${id}`).auth(token, { type: 'bearer' });
    expect(read.body).toEqual(res.body);
    expect(await sim.journal.find({ messageId: id })).toMatchObject([{ messageId: id, messageType: 'diag.echo', body: { echo: { n: 1 } } }]);
  });

  it('the same message again is replayed (Idempotent-Replayed), another body under the id is 409', async () => {
    const id = nextId();
    const first = await post(echo(id));
    const again = await post(echo(id));
    expect(again.status).toBe(200);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body).toEqual(first.body);
    const other = await post(echo(id, { echo: { n: 2 } }));
    expect(other.status).toBe(409);
    expect(other.headers['content-type']).toMatch(/problem\+json/);
  });

  it('a slow echo (delayMs, not read-only) outlasting the wait is answered 202 processing and ends completed on its own', async () => {
    const id = nextId();
    const res = await post(echo(id, { echo: 'slow', delayMs: 1500 }), 1);
    expect(res.status).toBe(202);
    expect(res.body).toMatchObject({ messageId: id, status: 'processing' });
    const read = await t.http.get(`/api/v1/messages/${id}`).auth(token, { type: 'bearer' });
    expect(read.body).toMatchObject({ status: 'processing' });
    const done = await waitForRecord(t, token, id, (r) => r.status === 'completed');
    expect(statuses(done)).toEqual(['processing', 'completed']);
    expect(done.response).toMatchObject({ echo: 'slow' });
  });

  it('sends the result callback of a message with a callbackUrl', async () => {
    const receiver = await startReceiver();
    try {
      const id = nextId();
      const res = await post(echo(id, { echo: 'cb' }, { callbackUrl: receiver.url }));
      expect(res.status).toBe(200);
      const [callback] = await receiver.waitFor(1);
      expect(callback?.body).toMatchObject({ messageId: id, status: 'completed', response: { echo: 'cb' } });
    } finally {
      await receiver.close();
    }
  });

  it('a message asked to fail (not read-only) takes the stored path and fails as before', async () => {
    const id = nextId();
    const res = await post(echo(id, { echo: 'x', failTimes: 1 }));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'failed', error: { type: 'transient' } });
    expect(statuses(res.body)).toEqual(['processing', 'failed']);
  });
});
