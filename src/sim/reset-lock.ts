import { randomBytes } from 'node:crypto';
import type Redis from 'ioredis';
import { ConflictError } from '../core/errors';

/** A reset that could not start because another one held the lock for the whole wait: 409 with Retry-After. */
export class ResetBusyError extends ConflictError {
  constructor(
    waitedSeconds: number,
    readonly retryAfterSeconds = 1,
  ) {
    super(`Another reset is still running (waited ${waitedSeconds} s for it); nothing was changed. Try again shortly.`);
  }
}

export interface ResetLockOptions {
  redis: Redis;
  /** The lock's key; every process of one simulator (one Redis prefix) shares it. */
  key: string;
  /** How long a caller waits for a running reset before it gets ResetBusyError. */
  waitMs: number;
  /** How long the Redis lock lives unless renewed: a process that dies holding it frees it after this. Default 30 s. */
  leaseMs?: number;
  /** How often a waiter asks Redis again. Default 25 ms. */
  pollMs?: number;
}

// Deletes or extends the lock only while it is still ours (its value is our token).
const RELEASE = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end";
const RENEW = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) else return 0 end";

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs resets one at a time. Within a process a queue keeps them in order (no Redis traffic for a
 * local wait); across processes that share a Redis a lock (SET NX PX, renewed while the work runs,
 * released only by its owner) does. A caller waits at most `waitMs` for its turn, then gets
 * ResetBusyError, having changed nothing.
 */
export class ResetLock {
  private tail: Promise<void> = Promise.resolve();
  private readonly leaseMs: number;
  private readonly pollMs: number;

  constructor(private readonly options: ResetLockOptions) {
    this.leaseMs = options.leaseMs ?? 30_000;
    this.pollMs = options.pollMs ?? 25;
  }

  async run<T>(work: () => Promise<T>): Promise<T> {
    const deadline = Date.now() + this.options.waitMs;
    const previous = this.tail;
    let done!: () => void;
    const mine = new Promise<void>((resolve) => (done = resolve));
    this.tail = previous.then(() => mine);
    try {
      if (!(await this.before(previous, deadline))) throw this.busy();
      const token = await this.acquire(deadline);
      const renewal = setInterval(
        () => void this.options.redis.eval(RENEW, 1, this.options.key, token, this.leaseMs).catch(() => undefined),
        this.leaseMs / 3,
      );
      renewal.unref();
      try {
        return await work();
      } finally {
        clearInterval(renewal);
        await this.options.redis.eval(RELEASE, 1, this.options.key, token).catch(() => undefined);
      }
    } finally {
      done();
    }
  }

  /** True when `previous` ends before the deadline. */
  private async before(previous: Promise<void>, deadline: number): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), Math.max(0, deadline - Date.now()))));
    try {
      return await Promise.race([previous.then(() => true as const), late]);
    } finally {
      clearTimeout(timer);
    }
  }

  private async acquire(deadline: number): Promise<string> {
    const token = randomBytes(16).toString('hex');
    for (;;) {
      if ((await this.options.redis.set(this.options.key, token, 'PX', this.leaseMs, 'NX')) === 'OK') return token;
      const left = deadline - Date.now();
      if (left <= 0) throw this.busy();
      await pause(Math.min(this.pollMs, left));
    }
  }

  private busy(): ResetBusyError {
    return new ResetBusyError(Math.round(this.options.waitMs / 1000));
  }
}
