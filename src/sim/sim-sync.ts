import type Redis from 'ioredis';
import type { Logger } from '../core/logger';
import { closeRedis, whenReady } from '../store/redis-client';
import type { SimKeys } from './sim-keys';

/** How often a process checks the version key, in case it missed a pub/sub message. */
export const SIM_SYNC_POLL_MS = 1000;

/**
 * Keeps every process's copy of the simulation state (clock, rules, reset epoch) current. The
 * state lives in Redis; a change bumps a version and is announced on a pub/sub channel, and each
 * process also polls the version every second. So a change is seen by the process that made it at
 * once, and by the others within milliseconds — at worst within SIM_SYNC_POLL_MS.
 */
export class SimSync {
  private subscriber: Redis | undefined;
  private poll: NodeJS.Timeout | undefined;
  private lastVersion: string | null = null;
  private refreshing: Promise<void> = Promise.resolve();
  private readonly listeners: (() => Promise<void>)[] = [];

  constructor(
    private readonly redis: Redis,
    private readonly keys: SimKeys,
    private readonly logger: Logger,
  ) {}

  /** The version this process's copy is of ('' before the first change). */
  version(): string {
    return this.lastVersion ?? '';
  }

  /** Reloads unless this process's copy is of `version` already. */
  async ensure(version: string): Promise<void> {
    if (version !== this.version()) await this.refresh();
  }

  /** Registers a reload; it runs at start and after every change. */
  onChange(reload: () => Promise<void>): void {
    this.listeners.push(reload);
  }

  async start(): Promise<void> {
    const subscriber = this.redis.duplicate();
    subscriber.on('error', (err: Error) => this.logger.debug('simulation sync connection error', { err: err.message }));
    subscriber.on('message', () => void this.refresh());
    this.subscriber = subscriber;
    await whenReady(subscriber);
    await subscriber.subscribe(this.keys.channel());
    this.poll = setInterval(() => void this.checkVersion(), SIM_SYNC_POLL_MS);
    this.poll.unref();
    await this.refresh();
  }

  /** Tells every process (this one first, before returning) that the simulation state changed. */
  async announce(): Promise<void> {
    await this.redis.multi().incr(this.keys.version()).publish(this.keys.channel(), 'changed').exec();
    await this.refresh();
  }

  private async checkVersion(): Promise<void> {
    const version = await this.redis.get(this.keys.version()).catch(() => this.lastVersion);
    if (version !== this.lastVersion) await this.refresh();
  }

  /** Runs the reloads one refresh at a time, so an older read never overwrites a newer one. */
  refresh(): Promise<void> {
    this.refreshing = this.refreshing.then(async () => {
      try {
        this.lastVersion = await this.redis.get(this.keys.version());
        for (const reload of this.listeners) await reload();
      } catch (err) {
        this.logger.warn('could not reload the simulation state', { err });
      }
    });
    return this.refreshing;
  }

  async close(): Promise<void> {
    if (this.poll) clearInterval(this.poll);
    this.poll = undefined;
    await this.refreshing;
    await closeRedis(this.subscriber);
    this.subscriber = undefined;
  }
}
