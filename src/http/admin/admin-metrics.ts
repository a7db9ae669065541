import type { NextFunction, Request, Response } from 'express';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { QueueSummary, Telemetry } from '../../core/ports';
import type { MinuteSeries } from './minute-series';
import type { RecoveryCounts } from '../../queue/recovery-ledger';

const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60];
const QUEUE_STATES = ['waiting', 'active', 'delayed', 'completed', 'failed', 'paused', 'dead'] as const;

/** Queue names as the delivery side builds them. */
export const serviceQueue = (service: string): string => `svc-${service}`;
export const callbackQueue = (service: string): string => `cb-${service}`;

/** The express route pattern that answered (`/api/v1/messages/:messageId`), never the raw URL. */
export function routeLabel(req: Request): string {
  // express types `route` as any; only its path is read.
  const { route } = req as { route?: { path?: unknown } };
  if (!route || route.path === undefined) return '(unmatched)';
  const path = Array.isArray(route.path) ? route.path.join('|') : String(route.path);
  return `${req.baseUrl ?? ''}${path}`;
}

/**
 * Everything /metrics shows, on a registry of this app's own (tests build several apps in one
 * process; prom-client's global registry would mix them). It is also the Telemetry the executor and
 * the queue workers report to, and it feeds the overview's per-minute series.
 */
export class AdminMetrics implements Telemetry {
  readonly registry = new Registry();
  private queueSource: () => Promise<QueueSummary[]> = async () => [];
  private recoverySource: () => Promise<RecoveryCounts | undefined> = async () => undefined;

  private readonly messages = new Counter({
    name: 'lgsp_messages_total',
    help: 'Messages that reached a terminal status, by service, message type, status and channel',
    labelNames: ['service', 'message_type', 'status', 'channel'] as const,
    registers: [this.registry],
  });
  private readonly messageDuration = new Histogram({
    name: 'lgsp_message_duration_seconds',
    help: 'Time from receipt to terminal status of a message, by service, message type and status',
    labelNames: ['service', 'message_type', 'status'] as const,
    buckets: DURATION_BUCKETS,
    registers: [this.registry],
  });
  private readonly retries = new Counter({
    name: 'lgsp_job_retries_total',
    help: 'Queue jobs that failed and were scheduled for another attempt, by queue and service',
    labelNames: ['queue', 'service'] as const,
    registers: [this.registry],
  });
  private readonly callbacks = new Counter({
    name: 'lgsp_callback_attempts_total',
    help: 'Callback delivery attempts, by service, kind (result, status-change, ipn) and outcome',
    labelNames: ['service', 'kind', 'outcome'] as const,
    registers: [this.registry],
  });
  private readonly httpDuration = new Histogram({
    name: 'lgsp_http_request_duration_seconds',
    help: 'HTTP request duration by method, route pattern and status code',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: DURATION_BUCKETS,
    registers: [this.registry],
  });

  constructor(private readonly series?: MinuteSeries) {
    collectDefaultMetrics({ register: this.registry });
    // The collectors below are called with the metric as `this`; these read the sources set later.
    const collectQueues = async (): Promise<QueueSummary[]> => this.queueSource().catch(() => []);
    const collectRecovery = async (): Promise<RecoveryCounts | undefined> => this.recoverySource().catch(() => undefined);
    new Gauge({
      name: 'lgsp_queue_jobs',
      help: 'Jobs in each queue by state, read from the queues at scrape time (dead: dead letters awaiting redrive)',
      labelNames: ['queue', 'state'] as const,
      registers: [this.registry],
      async collect() {
        this.reset();
        for (const summary of await collectQueues()) {
          for (const state of QUEUE_STATES) this.set({ queue: summary.name, state }, summary.counts[state]);
        }
      },
    });
    new Gauge({
      name: 'lgsp_queue_workers',
      help: 'Workers connected to each queue (all processes)',
      labelNames: ['queue'] as const,
      registers: [this.registry],
      async collect() {
        this.reset();
        for (const summary of await collectQueues()) this.set({ queue: summary.name }, summary.workers);
      },
    });
    new Gauge({
      name: 'lgsp_queue_paused',
      help: '1 when the queue is paused, else 0',
      labelNames: ['queue'] as const,
      registers: [this.registry],
      async collect() {
        this.reset();
        for (const summary of await collectQueues()) this.set({ queue: summary.name }, summary.isPaused ? 1 : 0);
      },
    });
    new Counter({
      name: 'lgsp_recovered_messages_total',
      help: 'Messages the recovery sweepers found with no live owner past their lease, by service and outcome (requeued, failed, discarded); read from Redis at scrape time, so every process shows the total of all worker processes',
      labelNames: ['service', 'outcome'] as const,
      registers: [this.registry],
      async collect() {
        const counts = await collectRecovery();
        if (!counts) return;
        this.reset();
        for (const { service, outcome, count } of counts.byService) this.inc({ service, outcome }, count);
      },
    });
  }

  /** Where the recovery counter reads from; set once the delivery side exists. */
  readRecoveryFrom(source: () => Promise<RecoveryCounts>): void {
    this.recoverySource = source;
  }

  /** Where the queue gauges read from; set once the queues exist. */
  readQueuesFrom(source: () => Promise<QueueSummary[]>): void {
    this.queueSource = source;
  }

  messageFinished(event: Parameters<Telemetry['messageFinished']>[0]): void {
    this.messages.inc({ service: event.service, message_type: event.messageType, status: event.status, channel: event.channel });
    this.messageDuration.observe(
      { service: event.service, message_type: event.messageType, status: event.status },
      Math.max(0, event.durationMs) / 1000,
    );
    this.series?.count(serviceQueue(event.service), event.status === 'completed' ? 'completed' : 'failed');
  }

  jobRetried(event: Parameters<Telemetry['jobRetried']>[0]): void {
    this.retries.inc({ queue: event.queue, service: event.service });
    this.series?.count(event.queue, 'retried');
  }

  callbackAttempted(event: Parameters<Telemetry['callbackAttempted']>[0]): void {
    this.callbacks.inc({ service: event.service, kind: event.kind, outcome: event.outcome });
    const counter = event.outcome === 'delivered' ? 'completed' : event.outcome === 'retrying' ? 'retried' : 'failed';
    this.series?.count(callbackQueue(event.service), counter);
  }

  /** Times every request and labels it with the route pattern once the response is sent. */
  httpTimer() {
    return (req: Request, res: Response, next: NextFunction): void => {
      const end = this.httpDuration.startTimer();
      res.once('finish', () => end({ method: req.method, route: routeLabel(req), status: String(res.statusCode) }));
      next();
    };
  }

  async text(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }
}
