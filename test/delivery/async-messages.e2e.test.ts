import { storedMessages } from '../support/stored';
import { startTestApp, type TestApp } from '../support/test-app';
import { statuses, waitForRecord } from './delivery-helpers';

/** Fast retries so a whole retry schedule runs in a test. */
const FAST = { DELIVERY_BACKOFF_MS: '20', DELIVERY_ATTEMPTS_DIAG: '3', CALLBACK_BACKOFF_MS: '20' };

describe('asynchronous messages through BullMQ', () => {
  let t: TestApp;
  let token: string;
  let n = 0;
  const id = (label: string): string => `async-${label}-${Date.now()}-${++n}`;
  const echo = (messageId: string, body: Record<string, unknown> = {}) => ({
    header: { messageId, messageType: 'diag.echo', from: '000.00.00.H30' },
    body,
  });
  const post = (message: unknown) =>
    t.http
      .post('/api/v1/messages')
      .auth(token, { type: 'bearer' })
      .send(message as object);
  const finished = (r: Record<string, any>): boolean => ['completed', 'failed', 'dead'].includes(r.status);

  beforeAll(async () => {
    t = await startTestApp('async', {}, { env: FAST });
    await t.app.startWorkers();
    token = await t.token();
  });
  afterAll(() => t.close());

  it('answers 202 {messageId, status: queued, statusUrl} once the job is in the backend’s queue', async () => {
    const messageId = id('accept');
    const res = await post(echo(messageId, { echo: { a: 1 } }));
    expect(res.status).toBe(202);
    expect(res.body).toEqual({ messageId, status: 'queued', statusUrl: `/api/v1/messages/${messageId}` });
    const queue = t.app.delivery.bullQueues().find((q) => q.name === 'svc-diag');
    const jobId = (await t.app.store.get({ from: '000.00.00.H30', messageId }))?.jobId as string;
    const job = await queue?.getJob(jobId);
    expect(job?.data.message.header.messageId).toBe(messageId);

    const record = await waitForRecord(t, token, messageId, finished);
    expect(record).toMatchObject({ status: 'completed', attempts: 1, response: { echo: { a: 1 } } });
    expect(statuses(record)).toEqual(['queued', 'processing', 'completed']);
    expect(record.history[1].detail).toBe('attempt 1 of 3');
    for (const entry of record.history) expect(Date.parse(entry.at)).not.toBeNaN();
  });

  it('the same messageId is never processed twice: same body → existing record, other body → 409, while queued, running and finished', async () => {
    const messageId = id('idem');
    const message = echo(messageId, { delayMs: 300 });
    expect((await post(message)).status).toBe(202);
    const whileEarly = await post(message);
    expect(whileEarly.status).toBe(202);
    expect(whileEarly.headers['idempotent-replayed']).toBe('true');
    expect((await post(echo(messageId, { delayMs: 301 }))).status).toBe(409);

    await waitForRecord(t, token, messageId, (r) => r.status === 'processing');
    expect((await post(message)).headers['idempotent-replayed']).toBe('true');
    expect((await post(echo(messageId, { echo: 'other' }))).status).toBe(409);

    const done = await waitForRecord(t, token, messageId, finished);
    const after = await post(message);
    expect(after.status).toBe(200);
    expect(after.body.status).toBe('completed');
    const conflict = await post(echo(messageId));
    expect(conflict.status).toBe(409);
    expect(conflict.headers['content-type']).toContain('application/problem+json');
    expect(statuses(done).filter((s) => s === 'processing')).toHaveLength(1);
    const queue = t.app.delivery.bullQueues().find((q) => q.name === 'svc-diag');
    expect(await queue?.getJob(done.jobId ?? (await t.app.store.get({ from: '000.00.00.H30', messageId }))?.jobId ?? '')).toBeDefined();
    // Each replay and conflict queued a job before its record told it apart, and took it back (or
    // the job, taken up first, found the record naming another job and ended): none is left to run.
    const left = (await queue?.getJobs(['waiting', 'delayed', 'active', 'prioritized'])) ?? [];
    expect(left.filter((job) => job.data.message.header.messageId === messageId)).toEqual([]);
  });

  it('transient failures are retried with backoff and the history says why and when', async () => {
    const messageId = id('retry');
    await post(echo(messageId, { failTimes: 2, echo: 'ok' }));
    const record = await waitForRecord(t, token, messageId, finished);
    expect(record).toMatchObject({ status: 'completed', attempts: 3, response: { echo: 'ok', failedBefore: 2 } });
    expect(record.error).toBeUndefined();
    expect(statuses(record)).toEqual(['queued', 'processing', 'retrying', 'processing', 'retrying', 'processing', 'completed']);
    expect(record.history[2].detail).toMatch(
      /^attempt 1 of 3 failed: diag.echo was asked to fail 2 time\(s\); this was failure 1; next attempt in \d+ ms$/,
    );
    expect(record.history[5].detail).toBe('attempt 3 of 3');
  });

  it('a permanent failure (business refusal) fails at once, without retries', async () => {
    const messageId = id('permanent');
    await post(echo(messageId, { fail: 'permanent' }));
    const record = await waitForRecord(t, token, messageId, finished);
    expect(record).toMatchObject({ status: 'failed', attempts: 1, error: { type: 'business-rule', code: 'DIAG_REFUSED' } });
    expect(statuses(record)).toEqual(['queued', 'processing', 'failed']);
    const dead = await t.app.delivery.queueAdmin.deadLetters({ service: 'diag' });
    expect(dead.map((d) => d.messageId)).not.toContain(messageId);
  });

  it('after the last attempt the message is dead, listed as a dead letter, and a redrive completes it', async () => {
    const messageId = id('dead');
    await post(echo(messageId, { failTimes: 4, echo: 'late' }));
    const dead = await waitForRecord(t, token, messageId, finished);
    expect(dead).toMatchObject({ status: 'dead', attempts: 3, error: { type: 'transient', code: 'DIAG_TRANSIENT' } });
    expect(statuses(dead)).toEqual(['queued', 'processing', 'retrying', 'processing', 'retrying', 'processing', 'dead']);

    const list = await t.http.get('/api/v1/admin/dead-letters?service=diag').auth('dev-admin', { type: 'bearer' });
    expect(list.status).toBe(200);
    const letter = list.body.items.find((d: { messageId: string }) => d.messageId === messageId);
    expect(letter).toMatchObject({ messageId, service: 'diag', messageType: 'diag.echo', queue: 'svc-diag', kind: 'service', attempts: 3 });
    expect(letter.reason).toMatch(/attempt 3 of 3 failed: .*failure 3/);

    const redrive = await t.http.post(`/api/v1/admin/dead-letters/${messageId}/redrive`).auth('dev-admin', { type: 'bearer' });
    expect(redrive.status).toBe(202);
    expect(redrive.body).toEqual({ messageId, status: 'queued', statusUrl: `/api/v1/messages/${messageId}` });
    const record = await waitForRecord(t, token, messageId, (r) => r.status === 'completed');
    expect(record.response).toMatchObject({ echo: 'late', failedBefore: 4 });
    expect(record.error).toBeUndefined();
    expect(statuses(record).slice(6)).toEqual(['dead', 'redriven', 'queued', 'processing', 'retrying', 'processing', 'completed']);
    expect(record.history[7].detail).toMatch(/^redriven from svc-diag after: attempt 3 of 3 failed/);

    const again = await t.http.post(`/api/v1/admin/dead-letters/${messageId}/redrive`).auth('dev-admin', { type: 'bearer' });
    expect(again.status).toBe(404);
    expect(again.headers['content-type']).toContain('application/problem+json');
  });

  it('a dead message whose record has expired is not redriven: 404 saying so, and its letter is dropped', async () => {
    const messageId = id('expired');
    await post(echo(messageId, { failTimes: 3 }));
    expect((await waitForRecord(t, token, messageId, finished)).status).toBe('dead');
    // What MESSAGE_TTL_SECONDS does to a record, done now.
    await t.app.store.remove({ from: '000.00.00.H30', messageId });

    const redrive = await t.http.post(`/api/v1/admin/dead-letters/${messageId}/redrive`).auth('dev-admin', { type: 'bearer' });
    expect(redrive.status).toBe(404);
    expect(redrive.body.detail).toBe(
      `Message ${messageId} can no longer be redriven: its record has expired (MESSAGE_TTL_SECONDS), so its dead letter was dropped`,
    );
    const left = await t.app.delivery.queueAdmin.deadLetters({ service: 'diag' });
    expect(left.map((d) => d.messageId)).not.toContain(messageId);
    const queue = t.app.delivery.bullQueues().find((q) => q.name === 'svc-diag');
    expect(await queue?.getWaitingCount()).toBe(0);
    expect((await t.http.get(`/api/v1/messages/${messageId}`).auth(token, { type: 'bearer' })).status).toBe(404);
  });

  it('bulk redrive re-queues every dead letter of a service', async () => {
    const ids = [id('bulk'), id('bulk')];
    for (const messageId of ids) await post(echo(messageId, { failTimes: 3 }));
    for (const messageId of ids) expect((await waitForRecord(t, token, messageId, finished)).status).toBe('dead');
    const res = await t.http.post('/api/v1/admin/dead-letters/redrive?service=diag').auth('dev-admin', { type: 'bearer' });
    expect(res.status).toBe(200);
    expect(res.body.redriven).toBeGreaterThanOrEqual(2);
    expect(res.body.expired).toBe(0);
    for (const messageId of ids) {
      const record = await waitForRecord(t, token, messageId, (r) => r.status === 'completed');
      expect(statuses(record)).toContain('redriven');
    }
    const left = await t.app.delivery.queueAdmin.deadLetters({ service: 'diag' });
    expect(left.map((d) => d.messageId)).toEqual(expect.not.arrayContaining(ids));
  });

  describe('the dead-letter API guards and checks its input', () => {
    it('needs the admin credential; the read-only one may list but not redrive', async () => {
      const admin = await startTestApp('async-ro', {}, { env: { ADMIN_READONLY_TOKEN: 'look-only' } });
      try {
        expect((await admin.http.get('/api/v1/admin/dead-letters')).status).toBe(401);
        expect((await admin.http.get('/api/v1/admin/dead-letters').auth('look-only', { type: 'bearer' })).status).toBe(200);
        const refused = await admin.http.post('/api/v1/admin/dead-letters/x/redrive').auth('look-only', { type: 'bearer' });
        expect(refused.status).toBe(403);
        expect((await admin.http.post('/api/v1/admin/dead-letters/redrive').auth('look-only', { type: 'bearer' })).status).toBe(403);
      } finally {
        await admin.close();
      }
    });

    it('an unknown service or a bad limit → 400 naming the parameter', async () => {
      const bad = await t.http.get('/api/v1/admin/dead-letters?service=nope').auth('dev-admin', { type: 'bearer' });
      expect(bad.status).toBe(400);
      expect(bad.body.errors[0]).toEqual({ path: 'query.service', message: expect.stringMatching(/must be one of .*diag/) });
      for (const limit of ['0', 'ten', '5000']) {
        const res = await t.http.get(`/api/v1/admin/dead-letters?limit=${limit}`).auth('dev-admin', { type: 'bearer' });
        expect(res.status).toBe(400);
        expect(res.body.errors[0].path).toBe('query.limit');
      }
      const bulk = await t.http.post('/api/v1/admin/dead-letters/redrive?service=nope').auth('dev-admin', { type: 'bearer' });
      expect(bulk.status).toBe(400);
    });

    it('a misspelt parameter → 400 naming it, and nothing is redriven (it redrove every backend’s letters)', async () => {
      const messageId = id('typo');
      await post(echo(messageId, { failTimes: 3 }));
      expect((await waitForRecord(t, token, messageId, finished)).status).toBe('dead');
      const admin = { type: 'bearer' as const };
      const bulk = await t.http.post('/api/v1/admin/dead-letters/redrive?servce=diag').auth('dev-admin', admin);
      expect({ status: bulk.status, errors: bulk.body.errors }).toEqual({
        status: 400,
        errors: [{ path: 'query.servce', message: 'query.servce is not a known parameter; it takes service' }],
      });
      expect((await t.http.get('/api/v1/admin/dead-letters?servce=diag').auth('dev-admin', admin)).status).toBe(400);
      expect((await t.http.post(`/api/v1/admin/dead-letters/${messageId}/redrive?form=x`).auth('dev-admin', admin)).status).toBe(400);
      const letters = await t.app.delivery.queueAdmin.deadLetters({ service: 'diag' });
      expect(letters.map((d) => d.messageId)).toContain(messageId);
      expect((await t.http.get(`/api/v1/messages/${messageId}`).auth(token, admin)).body.status).toBe('dead');
    });
  });

  it('a bad diag.echo body → 400 and nothing is stored or queued', async () => {
    const messageId = id('bad');
    const res = await post(echo(messageId, { delayMs: 999999, fail: 'sometimes' }));
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(['body.delayMs', 'body.fail']);
    const stored = await storedMessages(t.prefix);
    expect(stored.messageKeys.filter((k) => k.includes(messageId))).toEqual([]);
    const queue = t.app.delivery.bullQueues().find((q) => q.name === 'svc-diag');
    const jobs = (await queue?.getJobs(['waiting', 'active', 'delayed', 'completed', 'failed'])) ?? [];
    expect(jobs.filter((j) => j.data.message.header.messageId === messageId)).toEqual([]);
  });
});
