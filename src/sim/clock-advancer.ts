import type { SimulationClock, TimerStore } from '../core/ports';
import type { TimerRunner } from './timer-runner';

/**
 * Moves simulation time forward and makes what falls due on the way happen, in time order, before
 * returning: the clock is set to each pending timer's due time in turn, that time's timers run (and
 * send their callbacks), then the clock goes to the target. Timers that those timers schedule inside
 * the window run too. Worker processes elsewhere may still pick up a due timer first; each timer
 * runs once either way.
 */
export class ClockAdvancer {
  constructor(private readonly deps: { clock: SimulationClock; scheduler: TimerStore; timers: TimerRunner }) {}

  async advance(byMs: number): Promise<{ ran: number }> {
    return this.runUntil(this.deps.clock.nowMs() + byMs);
  }

  /** Sets the clock to `targetMs`; moving forward runs what falls due on the way. */
  async runUntil(targetMs: number): Promise<{ ran: number }> {
    const { clock, scheduler, timers } = this.deps;
    return timers.exclusive(async () => {
      let ran = 0;
      for (;;) {
        const due = await scheduler.nextDueAt();
        if (due === undefined || due > targetMs) break;
        if (due > clock.nowMs()) await clock.set(due);
        ran += await timers.runDue(Math.max(due, clock.nowMs()));
      }
      await clock.set(targetMs);
      return { ran };
    });
  }
}
