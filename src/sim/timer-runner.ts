import type { AdapterContext } from '../core/adapter';
import type { Logger } from '../core/logger';
import type { Clock, TimerStore } from '../core/ports';
import type { AdapterRegistry } from '../core/registry';

/**
 * Runs adapter timers (dossier lifecycles, payment expiry) when simulation time reaches them.
 * Workers poll it; advancing the clock calls `runDue` directly so transitions happen in time order
 * before the call returns.
 */
export class TimerRunner {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<number> | undefined;
  private held = 0;

  constructor(
    private readonly deps: {
      scheduler: TimerStore;
      registry: AdapterRegistry;
      clock: Clock;
      contextFor(service: string): AdapterContext;
      logger: Logger;
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
   * Runs `work` while this process's poll stands aside (and after its current round ends), so a clock
   * advance runs due timers in time order itself rather than racing the poll.
   */
  async exclusive<T>(work: () => Promise<T>): Promise<T> {
    this.held++;
    try {
      await this.running;
      return await work();
    } finally {
      this.held--;
    }
  }

  start(pollMs = 250): void {
    if (this.timer) return;
    this.timer = setInterval(() => {
      if (this.running || this.held > 0) return;
      this.running = this.runDue()
        .catch((err: unknown) => {
          this.deps.logger.warn('timer poll failed', { err });
          return 0;
        })
        .finally(() => {
          this.running = undefined;
        });
    }, pollMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }
}
