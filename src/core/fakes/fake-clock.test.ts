import { runClockContract } from '../../../test/support/clock-contract';
import { FakeClock } from './fake-clock';

runClockContract('FakeClock', () => new FakeClock());

describe('FakeClock', () => {
  it('stands still until a test sets or advances it', async () => {
    const clock = new FakeClock('2026-01-15T08:00:00.000Z');
    expect(clock.now().toISOString()).toBe('2026-01-15T08:00:00.000Z');
    clock.advance(90_000);
    expect(clock.now().toISOString()).toBe('2026-01-15T08:01:30.000Z');
    await clock.set('2026-02-01T00:00:00.000Z');
    expect(clock.nowMs()).toBe(Date.parse('2026-02-01T00:00:00.000Z'));
  });

  it('runs on wall-clock time of its own that only advance moves: a frozen clock stays put, a resumed one moves on', async () => {
    const clock = new FakeClock('2026-01-15T08:00:00.000Z');
    await clock.freeze();
    clock.advance(60_000);
    expect(clock.view()).toEqual({ mode: 'frozen', now: '2026-01-15T08:00:00.000Z', offsetMs: -60_000 });
    await clock.resume();
    clock.advance(30_000);
    expect(clock.view()).toEqual({ mode: 'shifted', now: '2026-01-15T08:00:30.000Z', offsetMs: -60_000 });
    await clock.real();
    expect(clock.view()).toEqual({ mode: 'real', now: '2026-01-15T08:01:30.000Z', offsetMs: 0 });
  });
});
