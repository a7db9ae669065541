import { parseDuration } from './duration';

describe('parseDuration', () => {
  it('reads units, combinations and plain milliseconds', () => {
    expect(parseDuration('2h')).toBe(7_200_000);
    expect(parseDuration('30m')).toBe(1_800_000);
    expect(parseDuration('90s')).toBe(90_000);
    expect(parseDuration('1h30m')).toBe(5_400_000);
    expect(parseDuration('500ms')).toBe(500);
    expect(parseDuration('1d')).toBe(86_400_000);
    expect(parseDuration('1500')).toBe(1500);
    expect(parseDuration(250)).toBe(250);
  });

  it('refuses what is not a duration, quoting it', () => {
    expect(() => parseDuration('2 hours')).toThrow('"2 hours" is not a duration');
    expect(() => parseDuration('')).toThrow(/is not a duration/);
    expect(() => parseDuration('h')).toThrow(/is not a duration/);
    expect(() => parseDuration(-1)).toThrow(/whole number >= 0/);
  });
});
