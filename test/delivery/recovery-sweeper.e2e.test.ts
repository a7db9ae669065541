import type { Queue } from 'bullmq';
import { fingerprint } from '../../src/core/fingerprint';
import type { MessageRecord } from '../../src/core/message';
import { SYNC_ABANDONED } from '../../src/queue/recovery-sweeper';
import { startTestApp, type TestApp } from '../support/test-app';
import { verifyCallbackSignature } from '../../src/core/signature';
import { startReceiver, statuses, waitForRecord } from './delivery-helpers';

const FROM = '000.00.00.H30';
const LEASE_MS = 1000;
/** Workers on, the app's own sweeper effectively off: each test sweeps when it says so. */
const ENV = { RECOVERY_LEASE_MS: String(LEASE_MS), RECOVERY_INTERVAL_MS: '3600000', DELIVERY_BACKOFF_MS: '10' };

describe('the recovery sweeper', () => {
  let t: TestApp;
  let token: string;
  let n = 0;
  const id = (label: string) => `rec-${label}-${Date.now()}-${++n}`;
  const queue = (): Queue => t.app.delivery.bullQueues().find((q) => q.name === 'svc-diag') as Queue;
  /** A sweep at a time past every lease, so nothing waits for one to run out. */
  const sweep = () => t.app.delivery.recovery.sweeper.sweepOnce(Date.now() + 10 * LEASE_MS);
  const record = (messageId: string, over: Partial<MessageRecord>): MessageRecord => {
    const now = new Date().toISOString();
    const body = { echo: messageId };
    const header = { messageId, messageType: 'diag.echo', from: FROM };
    return {
      ...header,
      service: 'diag',
      channel: 'unified',
      clientId: 'dev-client',
      status: 'queued',
      attempts: 0,
      receivedAt: now,
      updatedAt: now,
      fingerprint: fingerprint({ header, body }),
      history: [{ status: 'queued', at: now }],
      body,
      delivery: 'async',
      jobId: `m_never-queued-${messageId}`,
      ...over,
    };
  };
  /** A sync record left `processing` by a request that is gone. */
  const syncRecord = (messageId: string, over: Partial<MessageRecord> = {}): MessageRecord =>
    record(messageId, {
      status: 'processing',
      attempts: 1,
      delivery: 'sync',
      jobId: undefined,
      history: [{ status: 'processing', at: new Date().toISOString() }],
      ...over,
    });
  const ref = (messageId: string) => ({ from: FROM, messageId });
  /** Bounded: asks the store again after every answer until the record is gone. */
  const waitForGone = async (messageId: string): Promise<void> => {
    for (let i = 0; i < 100_000; i += 1) {
      if (!(await t.app.store.get(ref(messageId)))) return;
      await new Promise((resolve) => setImmediate(resolve));
    }
    throw new Error(`${messageId} was not discarded`);
  };

  beforeAll(async () => {
    t = await startTestApp('recovery', {}, { env: ENV, workers: true });
    token = await t.token();
  });
  afterAll(() => t.close());

  it('an accepted queued record whose job is gone is queued again and completes; the history says why', async () => {
    const messageId = id('lost-job');
    await t.app.store.create(record(messageId, {}), LEASE_MS);
    const result = await sweep();
    expect(result.requeued).toBeGreaterThanOrEqual(1);
    const done = await waitForRecord(t, token, messageId, (r) => r.status === 'completed');
    expect(done.response).toMatchObject({ echo: messageId });
    expect(done.history.find((h: { detail?: string }) => h.detail?.startsWith('recovery:'))?.detail).toContain('no job was left to run it');
    expect(statuses(done)).toEqual(['queued', 'queued', 'processing', 'completed']);
  });

  it('a sync record whose request is gone ends failed with the reason, and a retry gets that outcome', async () => {
    const messageId = id('sync-orphan');
    await t.app.store.create(syncRecord(messageId), LEASE_MS);
    expect((await sweep()).failed).toBeGreaterThanOrEqual(1);
    const failed = await t.app.store.get(ref(messageId));
    expect(failed).toMatchObject({ status: 'failed', error: { type: 'abandoned', message: SYNC_ABANDONED } });
    const retry = await t.http
      .post('/api/v1/messages')
      .auth(token, { type: 'bearer' })
      .set('prefer', 'wait=5')
      .send({ header: { messageId, messageType: 'diag.echo', from: FROM }, body: { echo: messageId } });
    expect(retry.status).toBe(200);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(retry.body).toMatchObject({ status: 'failed', error: { type: 'abandoned' } });
  });

  it('a sync record with a callbackUrl whose request is gone gets its failed outcome POSTed there, signed', async () => {
    const receiver = await startReceiver();
    try {
      const messageId = id('sync-orphan-callback');
      await t.app.store.create(syncRecord(messageId, { callbackUrl: receiver.url }), LEASE_MS);
      expect((await sweep()).failed).toBeGreaterThanOrEqual(1);
      const [callback] = await receiver.waitFor(1);
      expect(callback?.body).toEqual({
        messageId,
        messageType: 'diag.echo',
        status: 'failed',
        error: { type: 'abandoned', message: SYNC_ABANDONED },
      });
      expect(
        verifyCallbackSignature(String(callback?.headers['x-lgsp-signature']), callback?.raw ?? '', 'dev-secret', Math.floor(Date.now() / 1000)),
      ).toBe(true);
      const done = await waitForRecord(t, token, messageId, (r) => (r.callbacks ?? []).length > 0);
      expect(done.callbacks).toEqual([expect.objectContaining({ status: 200, outcome: 'delivered' })]);
    } finally {
      await receiver.close();
    }
  });

  it('a pending record (the request was refused) with no job is discarded; the same messageId is then processed fresh', async () => {
    const messageId = id('refused');
    await t.app.store.create(record(messageId, { pending: true }), LEASE_MS);
    expect((await sweep()).discarded).toBeGreaterThanOrEqual(1);
    expect(await t.app.store.get(ref(messageId))).toBeUndefined();
    expect((await t.app.store.findById(messageId)).length).toBe(0);
    const again = await t.http
      .post('/api/v1/messages')
      .auth(token, { type: 'bearer' })
      .send({ header: { messageId, messageType: 'diag.echo', from: FROM }, body: { echo: 'fresh' } });
    expect(again.status).toBe(202);
    expect(again.headers['idempotent-replayed']).toBeUndefined();
    expect((await waitForRecord(t, token, messageId, (r) => r.status === 'completed')).response).toMatchObject({ echo: 'fresh' });
  });

  it('a retry of a refused request before any sweep replaces the leftover: processed, never a replay of a record nobody runs', async () => {
    const messageId = id('retried');
    await t.app.store.create(record(messageId, { pending: true }), LEASE_MS);
    const again = await t.http
      .post('/api/v1/messages')
      .auth(token, { type: 'bearer' })
      .send({ header: { messageId, messageType: 'diag.echo', from: FROM }, body: { echo: messageId } });
    expect(again.status).toBe(202);
    expect(again.headers['idempotent-replayed']).toBeUndefined();
    await waitForRecord(t, token, messageId, (r) => r.status === 'completed');
  });

  it('a job whose record is still pending (left by a gateway of the earlier accept protocol that never confirmed it) discards the record when it comes up', async () => {
    const messageId = id('unconfirmed');
    const left = record(messageId, { pending: true, jobId: t.app.delivery.dispatcher.newJobId(ref(messageId)) });
    await t.app.store.create(left, LEASE_MS);
    await t.app.delivery.dispatcher.enqueue({ header: { messageId, messageType: 'diag.echo', from: FROM }, body: left.body }, left);
    // Nobody confirms: the job comes up and finds the record naming it still pending.
    await waitForGone(messageId);
    expect((await t.http.get(`/api/v1/messages/${messageId}`).auth(token, { type: 'bearer' })).status).toBe(404);
  });

  it('records with a live owner are left alone: a waiting job, or a sync request still renewing its lease', async () => {
    await queue().pause();
    try {
      const queued = id('live-job');
      const res = await t.http
        .post('/api/v1/messages')
        .auth(token, { type: 'bearer' })
        .send({ header: { messageId: queued, messageType: 'diag.echo', from: FROM }, body: {} });
      expect(res.status).toBe(202);
      const before = await t.app.store.get(ref(queued));
      const result = await sweep();
      expect(result).toMatchObject({ requeued: 0, failed: 0, discarded: 0 });
      expect(await t.app.store.get(ref(queued))).toEqual(before);
    } finally {
      await queue().resume();
    }
    const syncId = id('live-sync');
    await t.app.store.create(record(syncId, { status: 'processing', delivery: 'sync', jobId: undefined }), 60_000);
    // A sweep now, not past every lease: this owner renewed its lease a moment ago.
    await t.app.delivery.recovery.sweeper.sweepOnce();
    expect((await t.app.store.get(ref(syncId)))?.status).toBe('processing');
  });

  it('two sweeps at once (as two worker processes run them) never recover one record twice', async () => {
    const ids = Array.from({ length: 20 }, (_, i) => id(`pair-${i}`));
    await queue().pause();
    try {
      for (const messageId of ids) await t.app.store.create(record(messageId, {}), LEASE_MS);
      const [a, b] = await Promise.all([sweep(), sweep()]);
      expect(a.requeued + b.requeued).toBe(ids.length);
    } finally {
      await queue().resume();
    }
    for (const messageId of ids) {
      const done = await waitForRecord(t, token, messageId, (r) => r.status === 'completed');
      expect(done.history.filter((h: { detail?: string }) => h.detail?.startsWith('recovery:'))).toHaveLength(1);
      expect(statuses(done).filter((s) => s === 'processing')).toHaveLength(1);
    }
  });

  it('what it recovered shows on the admin summary and in /metrics', async () => {
    const summary = await t.http.get('/api/v1/admin/summary').auth('dev-admin', { type: 'bearer' });
    expect(summary.status).toBe(200);
    expect(summary.body.recovery.totals.requeued).toBeGreaterThanOrEqual(21);
    expect(summary.body.recovery.totals.failed).toBeGreaterThanOrEqual(1);
    expect(summary.body.recovery.totals.discarded).toBeGreaterThanOrEqual(1);
    const metrics = await t.http.get('/metrics');
    expect(metrics.text).toMatch(/lgsp_recovered_messages_total\{service="diag",outcome="requeued"\} (2[1-9]|[3-9]\d)/);
    expect(metrics.text).toMatch(/lgsp_recovered_messages_total\{service="diag",outcome="failed"\} [1-9]/);
  });
});
