import type Redis from 'ioredis';
import { type ClockState, REAL_TIME, clockReading, clockSetTo, clockView, frozenAt, runningFrom } from '../core/clock-state';
import type { ClockView, SimulationClock } from '../core/ports';
import type { SimKeys } from './sim-keys';
import type { SimSync } from './sim-sync';

/**
 * Simulation time shared by every process: its state (frozen or running, offset from real time)
 * lives in Redis and SimSync keeps this process's copy current, so `now()` stays synchronous and
 * costs nothing.
 */
export class RedisClock implements SimulationClock {
  private state: ClockState = REAL_TIME;

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
    return clockReading(this.state, Date.now());
  }

  view(): ClockView {
    return clockView(this.state, Date.now());
  }

  freeze(atMs = this.nowMs()): Promise<void> {
    return this.write(frozenAt(atMs));
  }

  real(): Promise<void> {
    return this.write(REAL_TIME);
  }

  resume(): Promise<void> {
    const wallMs = Date.now();
    return this.write(runningFrom(clockReading(this.state, wallMs), wallMs));
  }

  set(atMs: number): Promise<void> {
    return this.write(clockSetTo(this.state, atMs, Date.now()));
  }

  private async reload(): Promise<void> {
    const raw = await this.redis.get(this.keys.clock());
    this.state = raw ? (JSON.parse(raw) as ClockState) : REAL_TIME;
  }

  private async write(state: ClockState): Promise<void> {
    this.state = state;
    await this.redis.set(this.keys.clock(), JSON.stringify(state));
    await this.sync.announce();
  }
}
