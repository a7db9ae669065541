import type { QueueAdmin, QueueSummary } from '../../core/ports';
import { emptySeries, type MinuteSeries, type QueueSeries } from './minute-series';
import { readRedisStatus, type RedisStatus } from './redis-status';
import type Redis from 'ioredis';
import type { RecoveryCounts } from '../../queue/recovery-ledger';

/** Minutes counted as "recent" for retries and failures. */
export const RECENT_MINUTES = 15;

/**
 * How a queue is doing, worst first: `paused` (an operator stopped it), `failing` (dead letters wait
 * or jobs failed recently), `stalled` (jobs wait but no worker is connected), `ok`.
 */
export type QueueHealth = 'paused' | 'failing' | 'stalled' | 'ok';

export interface QueueRow extends QueueSummary {
  health: QueueHealth;
  /** Retries in the last RECENT_MINUTES minutes. */
  recentRetries: number;
  /** Failures in the last RECENT_MINUTES minutes. */
  recentFailures: number;
  /** Completed in the last full minute. */
  throughputPerMinute: number;
  /** Per-minute counts of the last hour, oldest first. */
  series: QueueSeries;
}

export interface Overview {
  generatedAt: string;
  redis: RedisStatus;
  queues: QueueRow[];
  totals: { waiting: number; active: number; failed: number; dead: number; workers: number };
  recentMinutes: number;
  /** Messages the recovery sweepers found without a live owner and finished (all processes, since the counts began). */
  recovery: RecoveryCounts;
}

function sumLast(values: number[], minutes: number): number {
  return values.slice(-minutes).reduce((a, b) => a + b, 0);
}

export function healthOf(summary: QueueSummary, recentFailures: number): QueueHealth {
  if (summary.isPaused) return 'paused';
  if (summary.counts.dead > 0 || recentFailures > 0) return 'failing';
  if (summary.counts.waiting > 0 && summary.workers === 0) return 'stalled';
  return 'ok';
}

/** One row per queue, built from counts only (never a job list), so it costs the same at 10 or 10,000 jobs. */
export async function buildOverview(deps: {
  queueAdmin: QueueAdmin;
  series: MinuteSeries;
  redis: Redis;
  recovery(): Promise<RecoveryCounts>;
  now(): Date;
}): Promise<Overview> {
  const [summaries, series, redis, recovery] = await Promise.all([
    deps.queueAdmin.summaries(),
    deps.series.read(),
    readRedisStatus(deps.redis),
    deps.recovery(),
  ]);
  const queues = summaries.map((summary): QueueRow => {
    const own = series.get(summary.name) ?? emptySeries();
    const recentFailures = sumLast(own.failed, RECENT_MINUTES);
    return {
      ...summary,
      health: healthOf(summary, recentFailures),
      recentRetries: sumLast(own.retried, RECENT_MINUTES),
      recentFailures,
      // The current minute is still filling; the one before it is the honest rate.
      throughputPerMinute: own.completed[own.completed.length - 2] ?? 0,
      series: own,
    };
  });
  const totals = { waiting: 0, active: 0, failed: 0, dead: 0, workers: 0 };
  for (const q of queues) {
    totals.waiting += q.counts.waiting;
    totals.active += q.counts.active;
    totals.failed += q.counts.failed;
    totals.dead += q.counts.dead;
    totals.workers += q.workers;
  }
  return { generatedAt: deps.now().toISOString(), redis, queues, totals, recentMinutes: RECENT_MINUTES, recovery };
}
