import type { Queue } from 'bullmq';
import { startTestApp, type TestApp } from '../support/test-app';
import { loginAs } from './admin-login';

const JOBS = 10_000;

/** The overview reads counts, never job lists: 10,000 waiting jobs change neither its size nor its shape. */
describe('the overview with 10,000 jobs in a queue', () => {
  let t: TestApp;
  let queue: Queue;
  const admin = { type: 'bearer' as const };

  beforeAll(async () => {
    t = await startTestApp('admin-large');
    queue = t.app.delivery.bullQueues().find((q) => q.name === 'svc-diag') as Queue;
    expect(queue).toBeDefined();
    await queue.pause();
  });
  afterAll(() => t.close());

  it('answers the summary and the page with the same sizes as for an empty queue', async () => {
    const { cookie } = await loginAs(t, t.config.adminToken);
    const emptySummary = await t.http.get('/api/v1/admin/summary').auth('dev-admin', admin);
    const emptyPage = await t.http.get('/admin').set('cookie', cookie);

    for (let start = 0; start < JOBS; start += 1000) {
      await queue.addBulk(Array.from({ length: 1000 }, (_, i) => ({ name: 'bulk', data: { n: start + i }, opts: { jobId: `bulk-${start + i}` } })));
    }

    const fullSummary = await t.http.get('/api/v1/admin/summary').auth('dev-admin', admin);
    expect(fullSummary.status).toBe(200);
    const row = fullSummary.body.queues.find((q: { name: string }) => q.name === 'svc-diag');
    expect(row.counts.waiting).toBe(JOBS);
    expect(row.isPaused).toBe(true);
    expect(row.oldestWaitingMs).toEqual(expect.any(Number));
    // Only digits change (0 → 10000, a timestamp); no job is listed.
    expect(fullSummary.text.length - emptySummary.text.length).toBeLessThan(100);
    expect(fullSummary.text).not.toContain('bulk-');

    const fullPage = await t.http.get('/admin').set('cookie', cookie);
    expect(fullPage.text.length).toBe(emptyPage.text.length);

    const metrics = await t.http.get('/metrics');
    expect(metrics.text).toContain(`lgsp_queue_jobs{queue="svc-diag",state="waiting"} ${JOBS}`);
  });
});
