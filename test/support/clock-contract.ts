import type { SimulationClock } from '../../src/core/ports';

/** How far a running clock may have moved on between a set and the read that follows it. */
const READ_WINDOW_MS = 60_000;

/**
 * The behaviour every SimulationClock has, run against the Redis clock and the fake alike. A clock
 * may stand still (the fake) or run on from where it was set (the Redis clock, unfrozen), so
 * readings after a set are checked to lie at or shortly after it. `open` gives a fresh clock.
 */
export function runClockContract(name: string, open: () => SimulationClock | Promise<SimulationClock>): void {
  describe(`${name} keeps the SimulationClock contract`, () => {
    let clock: SimulationClock;
    beforeEach(async () => {
      clock = await open();
    });

    const expectAt = (atMs: number): void => {
      const read = clock.nowMs();
      expect(read).toBeGreaterThanOrEqual(atMs);
      expect(read - atMs).toBeLessThan(READ_WINDOW_MS);
    };

    it('set moves time there, forward or back', async () => {
      const future = Date.parse('2031-03-01T02:00:00.000Z');
      await clock.set(future);
      expectAt(future);
      const past = Date.parse('2020-01-15T08:00:00.000Z');
      await clock.set(past);
      expectAt(past);
    });

    it('now and nowMs read the same time, and time never runs backwards between two reads', async () => {
      await clock.set(Date.parse('2027-07-01T00:00:00.000Z'));
      const before = clock.nowMs();
      const read = clock.now();
      const after = clock.nowMs();
      expect(read).toBeInstanceOf(Date);
      expect(read.getTime()).toBeGreaterThanOrEqual(before);
      expect(after).toBeGreaterThanOrEqual(read.getTime());
    });
  });
}
