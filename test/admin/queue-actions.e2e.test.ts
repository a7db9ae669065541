import { startTestApp, type TestApp } from '../support/test-app';
import { until } from '../support/until';
import { FAST_DELIVERY, sendDeadMessages, waitForStatus } from './dead-messages';
import { parsePrometheusText, sampleValue } from './prometheus-text';

/** The admin API over real BullMQ queues: summary, pause, resume, redrive, clean, and their metrics. */
describe('admin queue actions', () => {
  let t: TestApp;
  let token: string;
  const admin = { type: 'bearer' as const };
  const ids = [`qa-dead-1-${Date.now()}`, `qa-dead-2-${Date.now()}`];

  const summary = async () => {
    const res = await t.http.get('/api/v1/admin/summary').auth('dev-admin', admin);
    expect(res.status).toBe(200);
    return res.body as {
      queues: {
        name: string;
        health: string;
        isPaused: boolean;
        recentRetries: number;
        counts: Record<string, number>;
        series: { completed: number[]; failed: number[] };
      }[];
      totals: Record<string, number>;
    };
  };
  const diag = async () => (await summary()).queues.find((q) => q.name === 'svc-diag');
  const metrics = async () => parsePrometheusText((await t.http.get('/metrics')).text);

  beforeAll(async () => {
    t = await startTestApp('admin-queues', {}, { env: FAST_DELIVERY });
    await t.app.startWorkers();
    token = await t.token();
    await sendDeadMessages(t, token, ids);
  });
  afterAll(() => t.close());

  it('the summary has a row per backend and callback queue, and shows the dead letters and retries', async () => {
    const body = await summary();
    const names = body.queues.map((q) => q.name);
    expect(names).toEqual(expect.arrayContaining(['svc-diag', 'cb-diag', 'svc-dkdn', 'cb-dkdn']));
    const row = body.queues.find((q) => q.name === 'svc-diag');
    expect(row).toMatchObject({ health: 'failing', isPaused: false, counts: expect.objectContaining({ dead: 2 }) });
    expect(row?.recentRetries).toBe(4);
    expect(row?.series.failed.at(-1) ?? 0).toBeGreaterThanOrEqual(0);
    expect(body.totals.dead).toBe(2);
  });

  it('/metrics shows the queue counts, the retries and the dead messages', async () => {
    const families = await metrics();
    expect(sampleValue(families, 'lgsp_queue_jobs', { queue: 'svc-diag', state: 'dead' })).toBe(2);
    expect(sampleValue(families, 'lgsp_job_retries_total', { queue: 'svc-diag', service: 'diag' })).toBe(4);
    expect(sampleValue(families, 'lgsp_messages_total', { service: 'diag', message_type: 'diag.echo', status: 'dead', channel: 'unified' })).toBe(2);
    expect(sampleValue(families, 'lgsp_queue_workers', { queue: 'svc-diag' })).toBeGreaterThanOrEqual(1);
  });

  it('pause and resume a queue', async () => {
    const paused = await t.http.post('/api/v1/admin/queues/svc-diag/pause').auth('dev-admin', admin);
    expect(paused.status).toBe(200);
    expect(paused.body).toEqual({ queue: 'svc-diag', isPaused: true });
    expect(await diag()).toMatchObject({ isPaused: true, health: 'paused' });
    expect(sampleValue(await metrics(), 'lgsp_queue_paused', { queue: 'svc-diag' })).toBe(1);
    const resumed = await t.http.post('/api/v1/admin/queues/svc-diag/resume').auth('dev-admin', admin);
    expect(resumed.body).toEqual({ queue: 'svc-diag', isPaused: false });
    expect((await diag())?.isPaused).toBe(false);
  });

  it('redrive re-queues the dead letters of the queue; they complete', async () => {
    const res = await t.http.post('/api/v1/admin/queues/svc-diag/redrive').auth('dev-admin', admin);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ queue: 'svc-diag', redriven: 2, remaining: 0 });
    for (const id of ids) expect(await waitForStatus(t, id, ['completed', 'dead', 'failed'])).toBe('completed');
    const row = await diag();
    expect(row?.counts.dead).toBe(0);
    const again = await t.http.post('/api/v1/admin/queues/svc-diag/redrive').auth('dev-admin', admin);
    expect(again.body).toEqual({ queue: 'svc-diag', redriven: 0, remaining: 0 });
  });

  it('clean removes the completed jobs and says how many', async () => {
    const before = (await diag())?.counts.completed ?? 0;
    expect(before).toBeGreaterThanOrEqual(2);
    const res = await t.http.post('/api/v1/admin/queues/svc-diag/clean').auth('dev-admin', admin).send({ state: 'completed' });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ queue: 'svc-diag', state: 'completed', removed: before });
    expect((await diag())?.counts.completed).toBe(0);
  });

  describe('bad input gets a clear answer and changes nothing', () => {
    it('an unknown queue → 404 problem+json', async () => {
      for (const action of ['pause', 'resume', 'redrive', 'clean']) {
        const res = await t.http.post(`/api/v1/admin/queues/svc-nope/${action}`).auth('dev-admin', admin);
        expect({ action, status: res.status, type: res.body.type }).toEqual({ action, status: 404, type: 'urn:lgsp-sim:problem:not-found' });
      }
    });

    it('clean with a state other than completed or failed → 400, nothing removed', async () => {
      await sendDeadMessages(t, token, []);
      const before = (await diag())?.counts;
      for (const state of ['active', 42, null]) {
        const res = await t.http.post('/api/v1/admin/queues/svc-diag/clean').auth('dev-admin', admin).send({ state });
        expect({ state, status: res.status }).toEqual({ state, status: 400 });
        expect(res.body.errors).toEqual([expect.objectContaining({ path: 'state' })]);
      }
      expect((await diag())?.counts).toEqual(before);
    });

    it('clean with a misspelt member or parameter → 400, nothing removed (it cleaned the completed jobs)', async () => {
      const messageId = `qa-kept-${Date.now()}`;
      const sent = await t.http
        .post('/api/v1/messages')
        .auth(token, { type: 'bearer' })
        .send({ header: { messageId, messageType: 'diag.echo', from: t.config.devClient.agency }, body: { echo: 1 } });
      expect(sent.status).toBe(202);
      // Its job reaches BullMQ's completed set a moment after its record says completed.
      const before = await until('a completed job on svc-diag', async () => {
        const counts = (await diag())?.counts;
        return counts && counts.completed > 0 && counts.active === 0 && counts.waiting === 0 && counts.delayed === 0 ? counts : undefined;
      });
      const typo = await t.http.post('/api/v1/admin/queues/svc-diag/clean').auth('dev-admin', admin).send({ stat: 'failed' });
      expect({ status: typo.status, errors: typo.body.errors }).toEqual({
        status: 400,
        errors: [{ path: 'body.stat', message: 'is not a known field; the only one is state' }],
      });
      expect((await t.http.post('/api/v1/admin/queues/svc-diag/clean?sate=failed').auth('dev-admin', admin)).status).toBe(400);
      expect((await diag())?.counts).toEqual(before);
    });

    it('clean with malformed JSON → 400', async () => {
      const res = await t.http
        .post('/api/v1/admin/queues/svc-diag/clean')
        .auth('dev-admin', admin)
        .set('content-type', 'application/json')
        .send('{"state": ');
      expect(res.status).toBe(400);
      expect(res.body.type).toBe('urn:lgsp-sim:problem:bad-request');
    });
  });
});
