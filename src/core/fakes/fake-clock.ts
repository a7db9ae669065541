import { type ClockState, REAL_TIME, clockReading, clockSetTo, clockView, frozenAt, runningFrom } from '../clock-state';
import type { ClockView, SimulationClock } from '../ports';

const toMs = (at: string | number): number => (typeof at === 'number' ? at : Date.parse(at));

/**
 * Simulation time that only moves when a test moves it, so lifecycles and expiries are asserted at
 * exact instants. It runs against a wall clock of its own that starts at `start` (an ISO date or
 * epoch milliseconds) and moves only by `advance`; it can be set, frozen and let run like the Redis
 * clock, and passes the same contract (test/support/clock-contract.ts). The async methods are async
 * only to fit the port and take effect at once.
 */
export class FakeClock implements SimulationClock {
  private wallMs: number;
  private state: ClockState = REAL_TIME;

  constructor(start: string | number = '2026-01-15T08:00:00.000Z') {
    this.wallMs = toMs(start);
  }

  now(): Date {
    return new Date(this.nowMs());
  }

  nowMs(): number {
    return clockReading(this.state, this.wallMs);
  }

  view(): ClockView {
    return clockView(this.state, this.wallMs);
  }

  set(at: string | number): Promise<void> {
    return this.write(clockSetTo(this.state, toMs(at), this.wallMs));
  }

  freeze(atMs = this.nowMs()): Promise<void> {
    return this.write(frozenAt(atMs));
  }

  resume(): Promise<void> {
    return this.write(runningFrom(this.nowMs(), this.wallMs));
  }

  real(): Promise<void> {
    return this.write(REAL_TIME);
  }

  /** Lets `byMs` of wall-clock time pass: a running clock moves on with it, a frozen one stays. */
  advance(byMs: number): void {
    this.wallMs += byMs;
  }

  private write(state: ClockState): Promise<void> {
    this.state = state;
    return Promise.resolve();
  }
}
