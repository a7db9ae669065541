import { startTestApp, type TestApp } from '../support/test-app';
import { parsePrometheusText, sampleValue } from './prometheus-text';

describe('GET /metrics', () => {
  let t: TestApp;
  let other: TestApp;
  let token: string;

  beforeAll(async () => {
    [t, other] = await Promise.all([startTestApp('metrics'), startTestApp('metrics-other')]);
    token = await t.token();
  });
  afterAll(async () => {
    await Promise.all([t.close(), other.close()]);
  });

  const scrape = async (app: TestApp = t) => {
    const res = await app.http.get('/metrics');
    expect(res.status).toBe(200);
    return { res, families: parsePrometheusText(res.text) };
  };

  it('needs no credential and answers the Prometheus text format', async () => {
    const { res } = await scrape();
    expect(res.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
  });

  it('declares every metric with exactly one HELP and one TYPE', async () => {
    await t.http.get('/livez');
    const { families } = await scrape();
    expect(families.size).toBeGreaterThan(10);
    for (const family of families.values()) {
      expect({ name: family.name, help: family.help.length, type: family.type.length }).toEqual({ name: family.name, help: 1, type: 1 });
    }
  });

  it('has the default process metrics and the simulator’s own', async () => {
    const { families } = await scrape();
    for (const name of [
      'process_cpu_user_seconds_total',
      'process_resident_memory_bytes',
      'nodejs_heap_size_used_bytes',
      'lgsp_messages_total',
      'lgsp_message_duration_seconds',
      'lgsp_job_retries_total',
      'lgsp_callback_attempts_total',
      'lgsp_http_request_duration_seconds',
      'lgsp_queue_jobs',
    ]) {
      expect({ name, present: families.has(name) }).toEqual({ name, present: true });
    }
    expect(families.get('lgsp_message_duration_seconds')?.type).toEqual(['histogram']);
    expect(families.get('lgsp_queue_jobs')?.type).toEqual(['gauge']);
  });

  it('counts messages by type and outcome, and times them', async () => {
    const code = t.app.reference.dataset.testPersons.activeEnterprise.id;
    const res = await t.http
      .post('/api/v1/messages')
      .auth(token, { type: 'bearer' })
      .set('prefer', 'wait=5')
      .send({ header: { messageId: 'metrics-1', messageType: 'dkdn.chiTietDoanhNghiep', from: t.config.devClient.agency }, body: { msdn: code } });
    expect(res.body.status).toBe('completed');
    const { families } = await scrape();
    const labels = { service: 'dkdn', message_type: 'dkdn.chiTietDoanhNghiep', status: 'completed', channel: 'unified' };
    expect(sampleValue(families, 'lgsp_messages_total', labels)).toBe(1);
    expect(sampleValue(families, 'lgsp_message_duration_seconds_count', { service: 'dkdn', status: 'completed' })).toBe(1);
    // Another app in the same process keeps its own registry.
    const { families: others } = await scrape(other);
    expect(sampleValue(others, 'lgsp_messages_total', labels)).toBeUndefined();
  });

  it('times HTTP requests by route pattern and status, never by raw URL', async () => {
    await t.http.get('/api/v1/messages/some-id-1').auth(token, { type: 'bearer' });
    await t.http.get('/api/v1/messages/some-id-2').auth(token, { type: 'bearer' });
    await t.http.get('/no/such/path/123');
    const { families } = await scrape();
    expect(
      sampleValue(families, 'lgsp_http_request_duration_seconds_count', { method: 'GET', route: '/api/v1/messages/:messageId', status: '404' }),
    ).toBe(2);
    expect(sampleValue(families, 'lgsp_http_request_duration_seconds_count', { method: 'GET', route: '(unmatched)', status: '404' })).toBe(1);
    expect(sampleValue(families, 'lgsp_http_request_duration_seconds_count', { method: 'POST', route: '/api/v1/messages', status: '200' })).toBe(1);
    const routes = families.get('lgsp_http_request_duration_seconds')?.samples.map((s) => s.labels.route) ?? [];
    expect(routes.some((r) => r?.includes('some-id'))).toBe(false);
  });
});
