import type Redis from 'ioredis';

/**
 * Redis's own clock, as this process reads it: the offset of Redis's `TIME` from `Date.now()`,
 * measured when the connection becomes ready (again after every reconnect). A deadline handed to a
 * script in Redis's time stays right when Redis runs on another host whose clock is off.
 */
export class RedisTime {
  private offsetMs = 0;

  constructor(private readonly redis: Redis) {
    redis.on('ready', () => void this.measure());
    if (redis.status === 'ready') void this.measure();
  }

  /** Now on Redis's clock, in milliseconds since the epoch. */
  now(): number {
    return Date.now() + this.offsetMs;
  }

  /** Reads `TIME` once and keeps its offset from this process's clock (the midpoint of the round trip). */
  async measure(): Promise<void> {
    try {
      const before = Date.now();
      const [seconds, micros] = await this.redis.time();
      const after = Date.now();
      this.offsetMs = Number(seconds) * 1000 + Math.floor(Number(micros) / 1000) - Math.round((before + after) / 2);
    } catch {
      // Not answered (Redis going away): keep the last offset; the next 'ready' measures again.
    }
  }
}
