import type Redis from 'ioredis';
import { RedisKeys } from '../../store/keys';

/** How many minutes of history the overview keeps and draws. */
export const SERIES_MINUTES = 60;
/** Buckets outlive the window a little, so a slow reader never sees a hole at the far end. */
const BUCKET_TTL_SECONDS = (SERIES_MINUTES + 10) * 60;
/** How long counts are summed in the process before they are written. */
const FLUSH_MS = 1000;

/** What a per-minute bucket counts for one queue. */
export type SeriesCounter = 'completed' | 'failed' | 'retried';

/** Per-minute counts of one queue, oldest first: `completed[59]` is the current minute. */
export interface QueueSeries {
  completed: number[];
  failed: number[];
  retried: number[];
}

/**
 * Per-minute counters of the last hour in Redis, shared by every gateway and worker process: one
 * hash per minute (`<queue>|<counter>` → count) that expires on its own. The overview draws
 * throughput and recent retries from them without ever listing a job.
 */
export class MinuteSeries {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts not yet written, by bucket key and field. */
  private readonly unwritten = new Map<string, Map<string, number>>();
  private flushTimer: NodeJS.Timeout | undefined;

  /**
   * Counts one event. Fire-and-forget: a metrics write must never fail or slow a message. Counts
   * are summed in the process and written once a second (one HINCRBY per bucket and field, and the
   * bucket's expiry), so a busy process adds no Redis command per message and an idle one none.
   */
  count(queue: string, counter: SeriesCounter): void {
    const key = this.key(this.minuteOf(this.now()));
    const fields = this.unwritten.get(key) ?? new Map<string, number>();
    this.unwritten.set(key, fields);
    const field = `${queue}|${counter}`;
    fields.set(field, (fields.get(field) ?? 0) + 1);
    if (!this.flushTimer) {
      this.flushTimer = setTimeout(() => void this.flush(), FLUSH_MS);
      this.flushTimer.unref();
    }
  }

  /** Writes the counts summed so far. */
  async flush(): Promise<void> {
    if (this.flushTimer) clearTimeout(this.flushTimer);
    this.flushTimer = undefined;
    if (this.unwritten.size === 0) return;
    const pipeline = this.redis.pipeline();
    for (const [key, fields] of this.unwritten) {
      for (const [field, n] of fields) pipeline.hincrby(key, field, n);
      pipeline.expire(key, BUCKET_TTL_SECONDS);
    }
    this.unwritten.clear();
    await pipeline.exec().catch(() => undefined);
  }

  /** The last hour for every queue that counted something in it. */
  async read(): Promise<Map<string, QueueSeries>> {
    await this.flush();
    const current = this.minuteOf(this.now());
    const pipeline = this.redis.pipeline();
    for (let i = SERIES_MINUTES - 1; i >= 0; i--) pipeline.hgetall(this.key(current - i));
    const buckets = (await pipeline.exec()) ?? [];
    const series = new Map<string, QueueSeries>();
    buckets.forEach(([error, fields], index) => {
      if (error) throw error;
      for (const [field, value] of Object.entries((fields ?? {}) as Record<string, string>)) {
        const bar = field.lastIndexOf('|');
        const queue = field.slice(0, bar);
        const counter = field.slice(bar + 1) as SeriesCounter;
        let entry = series.get(queue);
        if (!entry) {
          entry = { completed: zeros(), failed: zeros(), retried: zeros() };
          series.set(queue, entry);
        }
        if (counter in entry) entry[counter][index] = Number(value);
      }
    });
    return series;
  }

  private minuteOf(ms: number): number {
    return Math.floor(ms / 60_000);
  }

  private key(minute: number): string {
    return new RedisKeys(this.prefix).adminMinute(minute);
  }
}

export function emptySeries(): QueueSeries {
  return { completed: zeros(), failed: zeros(), retried: zeros() };
}

function zeros(): number[] {
  return new Array<number>(SERIES_MINUTES).fill(0);
}
