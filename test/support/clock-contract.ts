import type { SimulationClock } from '../../src/core/ports';
import { describeContract } from './contract-suite';

/** How far a running clock may have moved on between a change and the read that follows it. */
const READ_WINDOW_MS = 60_000;

/**
 * The behaviour every SimulationClock has, run against the Redis clock and the fake alike. A running
 * clock may stand still (the fake, until a test moves its wall clock) or run on (the Redis clock), so
 * readings of a running clock are checked to lie at or shortly after where it was put. `open` gives
 * a fresh clock on wall-clock time.
 */
export function runClockContract(name: string, open: () => SimulationClock | Promise<SimulationClock>): void {
  describeContract(`${name} keeps the SimulationClock contract`, open, (test) => {
    const expectAt = (clock: SimulationClock, atMs: number): void => {
      const read = clock.nowMs();
      expect(read).toBeGreaterThanOrEqual(atMs);
      expect(read - atMs).toBeLessThan(READ_WINDOW_MS);
    };

    test('starts on wall-clock time', (clock) => {
      expect(clock.view()).toMatchObject({ mode: 'real', offsetMs: 0 });
    });

    test('set moves time there, forward or back, and the running clock shows it is shifted', async (clock) => {
      const future = Date.parse('2031-03-01T02:00:00.000Z');
      await clock.set(future);
      expectAt(clock, future);
      expect(clock.view().mode).toBe('shifted');
      const past = Date.parse('2020-01-15T08:00:00.000Z');
      await clock.set(past);
      expectAt(clock, past);
    });

    test('now, nowMs and view read the same time, and time never runs backwards between two reads', async (clock) => {
      await clock.set(Date.parse('2027-07-01T00:00:00.000Z'));
      const before = clock.nowMs();
      const read = clock.now();
      const viewed = Date.parse(clock.view().now);
      const after = clock.nowMs();
      expect(read).toBeInstanceOf(Date);
      expect(read.getTime()).toBeGreaterThanOrEqual(before);
      expect(viewed).toBeGreaterThanOrEqual(read.getTime());
      expect(after).toBeGreaterThanOrEqual(viewed);
    });

    test('freeze stops time at a given instant, and set keeps a frozen clock frozen at the new one', async (clock) => {
      const at = Date.parse('2028-02-29T10:00:00.000Z');
      await clock.freeze(at);
      expect(clock.nowMs()).toBe(at);
      expect(clock.view()).toMatchObject({ mode: 'frozen', now: '2028-02-29T10:00:00.000Z' });
      await clock.set(at + 5000);
      expect(clock.nowMs()).toBe(at + 5000);
      expect(clock.view().mode).toBe('frozen');
    });

    test('freeze without an instant stops time where it stands', async (clock) => {
      const at = Date.parse('2029-05-01T00:00:00.000Z');
      await clock.set(at);
      await clock.freeze();
      const frozen = clock.nowMs();
      expect(frozen - at).toBeLessThan(READ_WINDOW_MS);
      expect(frozen).toBeGreaterThanOrEqual(at);
      expect(clock.nowMs()).toBe(frozen);
    });

    test('resume lets a frozen clock run on from where it stands', async (clock) => {
      const at = Date.parse('2030-01-01T00:00:00.000Z');
      await clock.freeze(at);
      await clock.resume();
      expectAt(clock, at);
      expect(clock.view().mode).toBe('shifted');
    });

    test('real goes back to wall-clock time, from a frozen or a shifted clock', async (clock) => {
      await clock.freeze(Date.parse('2030-01-01T00:00:00.000Z'));
      await clock.real();
      expect(clock.view()).toMatchObject({ mode: 'real' });
      expect(Math.abs(clock.view().offsetMs)).toBeLessThan(READ_WINDOW_MS);
      await clock.set(Date.parse('2031-01-01T00:00:00.000Z'));
      await clock.real();
      expect(clock.view().mode).toBe('real');
    });
  });
}
