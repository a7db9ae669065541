import type { ClockView } from './ports';

/**
 * Where simulation time stands against a wall clock: frozen at `frozenAtMs`, or running `offsetMs`
 * away from it. The Redis clock keeps it in Redis against real time; the fake keeps it in memory
 * against a wall clock a test moves. Both read and change it through these functions.
 */
export interface ClockState {
  frozen: boolean;
  offsetMs: number;
  frozenAtMs?: number;
}

/** Wall-clock time. */
export const REAL_TIME: ClockState = { frozen: false, offsetMs: 0 };

/** Time standing at `atMs`. */
export function frozenAt(atMs: number): ClockState {
  return { frozen: true, offsetMs: 0, frozenAtMs: atMs };
}

/** Time running on from `atMs`, read when the wall clock shows `wallMs`. */
export function runningFrom(atMs: number, wallMs: number): ClockState {
  return { frozen: false, offsetMs: atMs - wallMs };
}

export function clockReading(state: ClockState, wallMs: number): number {
  return state.frozen ? (state.frozenAtMs as number) : wallMs + state.offsetMs;
}

/** The clock set to `atMs`: a frozen clock stays frozen there, a running one runs on from it. */
export function clockSetTo(state: ClockState, atMs: number, wallMs: number): ClockState {
  return state.frozen ? frozenAt(atMs) : runningFrom(atMs, wallMs);
}

export function clockView(state: ClockState, wallMs: number): ClockView {
  const now = clockReading(state, wallMs);
  const mode = state.frozen ? 'frozen' : state.offsetMs === 0 ? 'real' : 'shifted';
  return { mode, now: new Date(now).toISOString(), offsetMs: now - wallMs };
}
