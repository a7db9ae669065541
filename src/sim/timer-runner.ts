import type { AdapterContext } from '../core/adapter';
import type { Logger } from '../core/logger';
import type { Clock, TimerStore } from '../core/ports';
import type { AdapterRegistry } from '../core/registry';

/** Where the runner hears that a timer was scheduled (its due time) or that it should look again. */
export interface TimerSignals {
  listen(wake: (dueAt?: number) => void): Promise<void>;
  close(): Promise<void>;
}

/** Longest sleep between two looks at the timers, in case a wake-up call was missed. */
export const MAX_SLEEP_MS = 10_000;
/**
 * First sleep after the runner woke for a due time the clock had not reached (it stands still, or
 * was set back); doubled on each such wake up to MAX_SLEEP_MS, until a signal or a due timer.
 */
const STALLED_SLEEP_MS = 250;
/** Sleep after a look that failed (Redis away). */
const RETRY_SLEEP_MS = 1000;

/**
 * Runs adapter timers (dossier lifecycles, payment expiry) when simulation time reaches them.
 * In worker processes it sleeps until the next due time: a timer scheduled anywhere wakes it by its
 * signal (when it is due sooner than the one awaited), and so does a change of the clock (`nudge`),
 * so at rest it costs Redis nothing but a look every MAX_SLEEP_MS. Advancing the clock calls
 * `runDue` directly so transitions happen in time order before the call returns.
 */
export class TimerRunner {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private held = 0;
  private started = false;
  /** A wake-up came while a look was running: look again when it ends. */
  private again = false;
  /** The due time (simulation ms) the runner sleeps until, undefined when nothing is scheduled. */
  private awaiting: number | undefined;
  /** The due time the current sleep was meant to reach (not one cut short by MAX_SLEEP_MS). */
  private timedFor: number | undefined;
  private stalledSleepMs = 0;

  constructor(
    private readonly deps: {
      scheduler: TimerStore;
      registry: AdapterRegistry;
      clock: Clock;
      contextFor(service: string): AdapterContext;
      logger: Logger;
      signals?: TimerSignals;
    },
  ) {}

  /** Runs every task due by `now`, earliest first, including tasks those tasks schedule. */
  async runDue(now = this.deps.clock.now().getTime()): Promise<number> {
    let count = 0;
    for (;;) {
      const batch = await this.deps.scheduler.claimDue(now, 50);
      if (batch.length === 0) return count;
      for (const task of batch) {
        const timer = this.deps.registry.adapter(task.service)?.timers?.[task.kind];
        if (!timer) {
          this.deps.logger.warn('dropping a timer nobody handles', { service: task.service, kind: task.kind });
          continue;
        }
        try {
          await timer(task, this.deps.contextFor(task.service));
          count++;
        } catch (err) {
          this.deps.logger.error('timer failed', { err, service: task.service, kind: task.kind, taskId: task.id });
        }
      }
    }
  }

  /**
   * Runs `work` while this process's runner stands aside (and after its current look ends), so a
   * clock advance runs due timers in time order itself rather than racing it; the runner looks
   * again afterwards.
   */
  async exclusive<T>(work: () => Promise<T>): Promise<T> {
    this.held++;
    try {
      await this.running;
      return await work();
    } finally {
      this.held--;
      if (this.held === 0) this.nudge();
    }
  }

  /** Starts running due timers in this process (worker processes), and listening for signals. */
  start(): void {
    if (this.started) return;
    this.started = true;
    this.deps.signals
      ?.listen((dueAt) => this.nudge(dueAt))
      .catch((err: unknown) => this.deps.logger.warn('timer signals unavailable; looking every few seconds', { err }));
    this.wakeIn(0);
  }

  /**
   * Looks at the timers now: a timer due at `dueAt` was scheduled (nothing to do when the runner
   * already wakes by then), or, without `dueAt`, the clock changed.
   */
  nudge(dueAt?: number): void {
    if (!this.started) return;
    if (dueAt !== undefined && this.awaiting !== undefined && dueAt >= this.awaiting) return;
    this.stalledSleepMs = 0;
    this.timedFor = undefined;
    this.wakeIn(0);
  }

  async stop(): Promise<void> {
    this.started = false;
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.deps.signals?.close();
    await this.running;
  }

  private wakeIn(ms: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.wake(), ms);
    this.timer.unref();
  }

  private wake(): void {
    this.timer = undefined;
    if (!this.started || this.held > 0) return; // exclusive nudges when it ends
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.look().finally(() => {
      this.running = undefined;
      if (this.again) {
        this.again = false;
        this.wake();
      }
    });
  }

  /** Runs what is due, then sleeps until the next due time (or MAX_SLEEP_MS). */
  private async look(): Promise<void> {
    const { clock, scheduler, logger } = this.deps;
    try {
      const now = clock.now().getTime();
      // Woken for a due time the clock has not reached: it stands still or went back, so sleeping
      // until that time again (perhaps a millisecond) would spin; sleep longer each time instead.
      const stalled = this.timedFor !== undefined && now < this.timedFor;
      this.stalledSleepMs = stalled ? Math.min(Math.max(this.stalledSleepMs * 2, STALLED_SLEEP_MS), MAX_SLEEP_MS) : 0;
      await this.runDue(now);
      const next = await scheduler.nextDueAt();
      this.awaiting = next;
      if (!this.started) return;
      const untilDue = next === undefined ? MAX_SLEEP_MS : next - clock.now().getTime();
      const sleep = Math.min(Math.max(untilDue, this.stalledSleepMs, 0), MAX_SLEEP_MS);
      this.timedFor = next !== undefined && untilDue <= MAX_SLEEP_MS ? next : undefined;
      this.wakeIn(sleep);
    } catch (err) {
      logger.warn('timer look failed', { err });
      this.awaiting = undefined;
      this.timedFor = undefined;
      if (this.started) this.wakeIn(RETRY_SLEEP_MS);
    }
  }
}
