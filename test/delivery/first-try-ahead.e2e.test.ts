import type { Queue } from 'bullmq';
import { startTestApp, type TestApp } from '../support/test-app';
import { startReceiver, statuses, waitForRecord } from './delivery-helpers';

/**
 * A worker's first try of a read-only message runs from the job's data and is stored in one step
 * (docs/adr/0021; which store steps a try takes is shown by src/queue/message-processor.test.ts).
 * Here, with real queues and workers: what the gateway puts in the job, and what a user then sees.
 */
describe('a first try run ahead of its record', () => {
  let t: TestApp;
  let token: string;
  let n = 0;

  const send = async (body: Record<string, unknown>, extra: Record<string, unknown> = {}): Promise<string> => {
    const messageId = `ahead-${Date.now()}-${++n}`;
    const res = await t.http
      .post('/api/v1/messages')
      .auth(token, { type: 'bearer' })
      .send({ header: { messageId, messageType: 'diag.echo', from: t.config.devClient.agency, ...extra }, body });
    expect(res.status).toBe(202);
    return messageId;
  };
  const done = (r: Record<string, unknown>): boolean => ['completed', 'failed', 'dead'].includes(r.status as string);
  const jobData = async (messageId: string): Promise<Record<string, unknown> | undefined> => {
    const record = await t.app.store.get({ from: t.config.devClient.agency, messageId });
    const queue = t.app.delivery.bullQueues().find((q) => q.name === 'svc-diag') as Queue;
    return (await queue.getJob(record?.jobId as string))?.data as Record<string, unknown> | undefined;
  };

  beforeAll(async () => {
    t = await startTestApp('first-try-ahead', {}, { workers: true });
    token = await t.token();
  });
  afterAll(() => t.close());

  it('a read-only message: its job carries who sent it, how and when; the record shows the try as any other', async () => {
    const messageId = await send({ echo: 'fast' });
    const record = await waitForRecord(t, token, messageId, done);
    expect(record).toMatchObject({ status: 'completed', attempts: 1, response: { echo: 'fast' } });
    expect(statuses(record)).toEqual(['queued', 'processing', 'completed']);
    expect(record.history[1].detail).toMatch(/^attempt 1 of \d+$/);
    expect((await jobData(messageId))?.ahead).toEqual({ clientId: 'dev-client', channel: 'unified', receivedAt: record.receivedAt });
    // Off the recovery list, as a finished record is.
    const open = await t.app.store.claimExpired(Date.now() + 3_600_000, 1000, 1000);
    expect(open).not.toContainEqual({ from: t.config.devClient.agency, messageId });
  });

  it('a message with a result callback: its job carries nothing ahead, and the callback comes from the record', async () => {
    const receiver = await startReceiver();
    try {
      const messageId = await send({ echo: 'called back' }, { callbackUrl: receiver.url });
      const [callback] = await receiver.waitFor(1);
      expect(callback?.body).toMatchObject({ messageId, status: 'completed', response: { echo: 'called back' } });
      expect(await jobData(messageId)).not.toHaveProperty('ahead');
    } finally {
      await receiver.close();
    }
  });

  it('while a fault rule is set, a read-only message is tried the long way and the rule applies', async () => {
    const admin = { type: 'bearer' } as const;
    const added = await t.http
      .post('/sim/scenarios')
      .auth('dev-admin', admin)
      .send({ match: { messageType: 'diag.echo', stage: 'worker' }, effect: { type: 'error', status: 422, code: 'RULED', message: 'by the rule' } });
    expect(added.status).toBe(201);
    try {
      const messageId = await send({ echo: 'ruled' });
      const record = await waitForRecord(t, token, messageId, done);
      expect(record).toMatchObject({ status: 'failed', attempts: 1, error: { code: 'RULED' } });
      expect(statuses(record)).toEqual(['queued', 'processing', 'failed']);
    } finally {
      await t.http.delete('/sim/scenarios').auth('dev-admin', admin);
    }
  });
});
