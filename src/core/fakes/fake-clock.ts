import type { SimulationClock } from '../ports';

/**
 * Simulation time that only moves when a test moves it, so lifecycles and expiries are asserted at
 * exact instants. Starts at `start` (an ISO date or epoch milliseconds). It passes the same
 * contract (test/support/clock-contract.ts) as the Redis clock; `set` is async only to fit the port
 * and takes effect at once.
 */
export class FakeClock implements SimulationClock {
  private ms: number;

  constructor(start: string | number = '2026-01-15T08:00:00.000Z') {
    this.ms = typeof start === 'number' ? start : Date.parse(start);
  }

  now(): Date {
    return new Date(this.ms);
  }

  nowMs(): number {
    return this.ms;
  }

  set(at: string | number): Promise<void> {
    this.ms = typeof at === 'number' ? at : Date.parse(at);
    return Promise.resolve();
  }

  /** Moves time forward by `byMs`. */
  advance(byMs: number): void {
    this.ms += byMs;
  }
}
