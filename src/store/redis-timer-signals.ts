import type Redis from 'ioredis';
import type { Logger } from '../core/logger';
import type { RedisKeys } from './keys';
import { closeRedis, whenReady } from './redis-client';

/**
 * Wake-up calls for the timer runners of worker processes: RedisScheduler publishes each new
 * timer's due time (simulation ms) on a channel, and a runner that listens sleeps until its next
 * due time instead of polling. A signal sent while the subscriber was disconnected is lost, so the
 * runner is also woken, without a due time, each time the subscriber is ready again.
 */
export class RedisTimerSignals {
  private subscriber: Redis | undefined;

  constructor(
    private readonly redis: Redis,
    private readonly keys: RedisKeys,
    private readonly logger: Logger,
  ) {}

  /** Subscribes on a connection of its own; `wake` gets the due time of each timer scheduled from now on. */
  async listen(wake: (dueAt?: number) => void): Promise<void> {
    if (this.subscriber) return;
    const subscriber = this.redis.duplicate();
    this.subscriber = subscriber;
    subscriber.on('error', (err: Error) => this.logger.debug('timer signal connection error', { err: err.message }));
    subscriber.on('message', (_channel: string, message: string) => {
      const dueAt = Number(message);
      wake(Number.isFinite(dueAt) ? dueAt : undefined);
    });
    await whenReady(subscriber);
    await subscriber.subscribe(this.keys.timersChannel());
    // From now on, a ready event is a reconnection (ioredis subscribes again by itself).
    subscriber.on('ready', () => wake());
  }

  async close(): Promise<void> {
    const subscriber = this.subscriber;
    this.subscriber = undefined;
    await closeRedis(subscriber);
  }
}
