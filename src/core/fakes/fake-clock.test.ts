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
});
