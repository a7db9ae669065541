import type Redis from 'ioredis';
import type { SimulationClock } from '../core/ports';
import type { SimKeys } from './sim-keys';
import type { SimSync } from './sim-sync';

interface ClockState {
  /** Frozen: time stands at `frozenAtMs`. Otherwise it runs, `offsetMs` away from real time. */
  frozen: boolean;
  offsetMs: number;
  frozenAtMs?: number;
}

/** The clock as /sim/clock shows it. */
export interface ClockView {
  /** `real`: wall-clock time; `shifted`: running, but set or advanced away from it; `frozen`: standing still. */
  mode: 'real' | 'shifted' | 'frozen';
  now: string;
  offsetMs: number;
}

const REAL: ClockState = { frozen: false, offsetMs: 0 };

/**
 * Simulation time shared by every process: its state (frozen or running, offset) lives in Redis and
 * SimSync keeps this process's copy current, so `now()` stays synchronous and costs nothing.
 */
export class RedisClock implements SimulationClock {
  private state: ClockState = REAL;

  constructor(
    private readonly redis: Redis,
    private readonly keys: SimKeys,
    private readonly sync: SimSync,
  ) {
    sync.onChange(() => this.reload());
  }

  now(): Date {
    return new Date(this.nowMs());
  }

  nowMs(): number {
    return this.state.frozen ? (this.state.frozenAtMs as number) : Date.now() + this.state.offsetMs;
  }

  view(): ClockView {
    const now = this.nowMs();
    const mode = this.state.frozen ? 'frozen' : this.state.offsetMs === 0 ? 'real' : 'shifted';
    return { mode, now: new Date(now).toISOString(), offsetMs: now - Date.now() };
  }

  /** Stops time at `atMs` (default: now). */
  freeze(atMs = this.nowMs()): Promise<void> {
    return this.write({ frozen: true, offsetMs: 0, frozenAtMs: atMs });
  }

  /** Back to wall-clock time. */
  real(): Promise<void> {
    return this.write(REAL);
  }

  /** Lets a frozen clock run again from where it stands. */
  resume(): Promise<void> {
    return this.write({ frozen: false, offsetMs: this.nowMs() - Date.now() });
  }

  set(atMs: number): Promise<void> {
    return this.write(this.state.frozen ? { frozen: true, offsetMs: 0, frozenAtMs: atMs } : { frozen: false, offsetMs: atMs - Date.now() });
  }

  private async reload(): Promise<void> {
    const raw = await this.redis.get(this.keys.clock());
    this.state = raw ? (JSON.parse(raw) as ClockState) : REAL;
  }

  private async write(state: ClockState): Promise<void> {
    this.state = state;
    await this.redis.set(this.keys.clock(), JSON.stringify(state));
    await this.sync.announce();
  }
}
