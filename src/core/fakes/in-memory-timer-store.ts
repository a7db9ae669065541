import type { ScheduledTask, TimerStore } from '../ports';

/**
 * Adapter timers in a Map, for fast tests of lifecycles; it passes the same contract
 * (test/support/timer-store-contract.ts) as the Redis store. Tasks are kept as JSON text, as Redis
 * keeps them, so a test sees the same round trip.
 */
export class InMemoryTimerStore implements TimerStore {
  private readonly tasks = new Map<string, { dueAt: number; json: string }>();

  schedule(task: ScheduledTask): Promise<void> {
    this.tasks.set(task.id, { dueAt: task.dueAt, json: JSON.stringify(task) });
    return Promise.resolve();
  }

  cancel(taskId: string): Promise<void> {
    this.tasks.delete(taskId);
    return Promise.resolve();
  }

  /** Scheduled tasks, earliest first (ties by id, as a Redis sorted set orders them); nothing is claimed. */
  pending(): ScheduledTask[] {
    return this.ordered().map(([, { json }]) => JSON.parse(json) as ScheduledTask);
  }

  claimDue(now: number, limit = 100): Promise<ScheduledTask[]> {
    const due = this.ordered()
      .filter(([, { dueAt }]) => dueAt <= now)
      .slice(0, limit);
    for (const [id] of due) this.tasks.delete(id);
    return Promise.resolve(due.map(([, { json }]) => JSON.parse(json) as ScheduledTask));
  }

  nextDueAt(): Promise<number | undefined> {
    return Promise.resolve(this.ordered()[0]?.[1].dueAt);
  }

  clear(service?: string): Promise<void> {
    for (const task of this.pending()) if (service === undefined || task.service === service) this.tasks.delete(task.id);
    return Promise.resolve();
  }

  private ordered(): [string, { dueAt: number; json: string }][] {
    return [...this.tasks].sort(([a, x], [b, y]) => x.dueAt - y.dueAt || (a < b ? -1 : a > b ? 1 : 0));
  }
}
