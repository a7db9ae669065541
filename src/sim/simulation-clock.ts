import type { Clock } from '../core/ports';

/**
 * The clock as the simulation controls move it: read in milliseconds and set, for every process
 * sharing the simulation (src/sim/redis-clock.ts). Scenario expiries and clock advances use it.
 */
export interface SimulationClock extends Clock {
  nowMs(): number;
  /** Sets the time; a frozen clock stays frozen there, a running one runs on from it. */
  set(atMs: number): Promise<void>;
}
