import { displayPaygovTime, formatVnd, toPaygovTime, transactionId } from './wire-time';

describe('PayGov wire times and ids', () => {
  it('writes simulation time as yyyyMMddHHmmss in Vietnam time', () => {
    expect(toPaygovTime(new Date('2026-01-15T02:35:12Z'))).toBe('20260115093512');
    expect(toPaygovTime(new Date('2026-01-15T20:00:00Z'))).toBe('20260116030000');
  });

  it('shows a wire time to people, and leaves anything else alone', () => {
    expect(displayPaygovTime('20260115093512')).toBe('15/01/2026 09:35:12');
    expect(displayPaygovTime('abc')).toBe('abc');
  });

  it('makes transaction ids like PG260115000123', () => {
    expect(transactionId(new Date('2026-01-15T02:35:12Z'), () => 0.000123)).toBe('PG260115000123');
  });

  it('formats amounts with dots', () => {
    expect(formatVnd(50000)).toBe('50.000');
    expect(formatVnd(1234567)).toBe('1.234.567');
    expect(formatVnd(500)).toBe('500');
  });
});
