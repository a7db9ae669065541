import { SeededRandom } from '../random/seeded-random';
import { addDays, addMonths, addWorkingDays, addYears, ageOn, daysBetween, randomDayBetween } from './iso-days';

describe('ISO day arithmetic', () => {
  it('adds days across months and leap years', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(daysBetween('2025-12-31', '2026-01-15')).toBe(15);
  });

  it('adds months and years, landing on the month’s last day when needed', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2024-03-31', -1)).toBe('2024-02-29');
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(addMonths('2026-11-15', 3)).toBe('2027-02-15');
  });

  it('counts completed years of age', () => {
    expect(ageOn('2000-01-15', '2018-01-14')).toBe(17);
    expect(ageOn('2000-01-15', '2018-01-15')).toBe(18);
  });

  it('skips weekends when adding working days', () => {
    // 2026-01-15 is a Thursday.
    expect(addWorkingDays('2026-01-15', 3)).toBe('2026-01-20');
  });

  it('draws days inside the range, and the start of an empty one', () => {
    const rng = new SeededRandom(1);
    const days = Array.from({ length: 200 }, () => randomDayBetween(rng, '2026-01-01', '2026-01-05'));
    expect(new Set(days)).toEqual(new Set(['2026-01-01', '2026-01-02', '2026-01-03', '2026-01-04', '2026-01-05']));
    expect(randomDayBetween(rng, '2026-01-05', '2026-01-01')).toBe('2026-01-05');
  });
});
