import type Redis from 'ioredis';

/** How many minutes of history the overview keeps and draws. */
export const SERIES_MINUTES = 60;
/** Buckets outlive the window a little, so a slow reader never sees a hole at the far end. */
const BUCKET_TTL_SECONDS = (SERIES_MINUTES + 10) * 60;

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

  /** The last minute whose bucket this process gave its expiry to. */
  private expiredMinute = -1;

  /**
   * Counts one event. Fire-and-forget: a metrics write must never fail or slow a message. One
   * HINCRBY per event (auto-pipelined with the message's own commands); the bucket's expiry is set
   * once per minute by each process rather than with every event.
   */
  count(queue: string, counter: SeriesCounter): void {
    const minute = this.minuteOf(this.now());
    const key = this.key(minute);
    this.redis.hincrby(key, `${queue}|${counter}`, 1).catch(() => undefined);
    if (minute !== this.expiredMinute) {
      this.expiredMinute = minute;
      this.redis.expire(key, BUCKET_TTL_SECONDS).catch(() => undefined);
    }
  }

  /** The last hour for every queue that counted something in it. */
  async read(): Promise<Map<string, QueueSeries>> {
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
    return `${this.prefix}:admin:minute:${minute}`;
  }
}

export function emptySeries(): QueueSeries {
  return { completed: zeros(), failed: zeros(), retried: zeros() };
}

function zeros(): number[] {
  return new Array<number>(SERIES_MINUTES).fill(0);
}
