import type { Request } from 'express';
import { AdminMetrics, routeLabel } from './admin-metrics';

describe('AdminMetrics', () => {
  it('counts telemetry events on its own registry', async () => {
    const a = new AdminMetrics();
    const b = new AdminMetrics();
    a.messageFinished({ service: 'dkdn', messageType: 'dkdn.chiTietDoanhNghiep', status: 'completed', channel: 'unified', durationMs: 120 });
    a.jobRetried({ queue: 'svc-dkdn', service: 'dkdn' });
    a.callbackAttempted({ service: 'paygov', kind: 'ipn', outcome: 'dead' });
    const text = (await a.text()).body;
    expect(text).toContain('lgsp_messages_total{service="dkdn",message_type="dkdn.chiTietDoanhNghiep",status="completed",channel="unified"} 1');
    expect(text).toContain('lgsp_job_retries_total{queue="svc-dkdn",service="dkdn"} 1');
    expect(text).toContain('lgsp_callback_attempts_total{service="paygov",kind="ipn",outcome="dead"} 1');
    expect(text).toContain('lgsp_message_duration_seconds_sum{service="dkdn",message_type="dkdn.chiTietDoanhNghiep",status="completed"} 0.12');
    expect((await b.text()).body).not.toContain('lgsp_messages_total{');
  });

  it('reads queue gauges from the queues at scrape time', async () => {
    const metrics = new AdminMetrics();
    metrics.readQueuesFrom(async () => [
      {
        name: 'svc-lltp',
        kind: 'service',
        service: 'lltp',
        isPaused: true,
        workers: 2,
        counts: { waiting: 5, active: 1, delayed: 0, completed: 7, failed: 3, paused: 0, dead: 2 },
      },
    ]);
    const text = (await metrics.text()).body;
    expect(text).toContain('lgsp_queue_jobs{queue="svc-lltp",state="waiting"} 5');
    expect(text).toContain('lgsp_queue_jobs{queue="svc-lltp",state="dead"} 2');
    expect(text).toContain('lgsp_queue_paused{queue="svc-lltp"} 1');
    expect(text).toContain('lgsp_queue_workers{queue="svc-lltp"} 2');
  });

  it('still answers when the queues cannot be read', async () => {
    const metrics = new AdminMetrics();
    metrics.readQueuesFrom(async () => {
      throw new Error('Redis down');
    });
    expect((await metrics.text()).body).toContain('# TYPE lgsp_queue_jobs gauge');
  });
});

describe('routeLabel', () => {
  const req = (route: unknown, baseUrl = ''): Request => ({ route, baseUrl }) as unknown as Request;
  it('is the route pattern, with the mount path of a sub-router', () => {
    expect(routeLabel(req({ path: '/api/v1/messages/:messageId' }))).toBe('/api/v1/messages/:messageId');
    expect(routeLabel(req({ path: '/api/queues' }, '/admin/queues'))).toBe('/admin/queues/api/queues');
    expect(routeLabel(req({ path: ['/token', '/oauth2/token'] }))).toBe('/token|/oauth2/token');
  });
  it('is "(unmatched)" when no route answered, so unknown URLs cannot grow the label set', () => {
    expect(routeLabel(req(undefined))).toBe('(unmatched)');
  });
});
