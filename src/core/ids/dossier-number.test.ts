import { DOSSIER_NUMBER_PATTERN, formatDossierNumber, isDossierNumber, parseDossierNumber } from './dossier-number';

describe('dossier numbers — DOMAIN.md §10.3', () => {
  it('parses 000.00.12.H99-260115-0001', () => {
    expect(parseDossierNumber('000.00.12.H99-260115-0001')).toEqual({
      ok: true,
      unit: '000.00.12.H99',
      receiptDate: '2026-01-15',
      sequence: 1,
    });
  });

  it('parses the short LLTP unit identifier H56.14 and counters past 9999', () => {
    expect(parseDossierNumber('H56.14-260115-12345')).toMatchObject({ ok: true, unit: 'H56.14', sequence: 12345 });
  });

  it('accepts the sync path’s five random digits', () => {
    expect(isDossierNumber('000.00.00.H56-260115-04711')).toBe(true);
  });

  it.each([
    ['000.00.12.H99-260115-001', 'three-digit counter'],
    ['000.00.12.H99-20260115-0001', 'eight-digit date'],
    ['000.00.12.h99-260115-0001', 'lower-case unit'],
    ['-260115-0001', 'no unit'],
    ['000.00.12.H99_260115_0001', 'wrong separators'],
    ['000.00.12.H99-260231-0001', '31 February'],
    ['000.00.12.H99-251301-0001', 'month 13'],
  ])('refuses %s (%s)', (value) => {
    const result = parseDossierNumber(value);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason.length).toBeGreaterThan(10);
  });

  it('exposes the documented regex', () => {
    expect(DOSSIER_NUMBER_PATTERN.source).toBe('^[0-9A-Z.]+-\\d{6}-\\d{4,}$');
  });
});

describe('formatDossierNumber', () => {
  it('pads the counter to four digits and lets it grow past 9999', () => {
    expect(formatDossierNumber({ unit: '000.00.12.H99', receiptDate: '2026-01-15', sequence: 3 })).toBe('000.00.12.H99-260115-0003');
    expect(formatDossierNumber({ unit: 'H56.14', receiptDate: '2026-01-15', sequence: 10000 })).toBe('H56.14-260115-10000');
  });

  it('takes a Date on its Vietnamese calendar day', () => {
    // 17:30 UTC on 14 January is 00:30 on 15 January in Hanoi.
    expect(formatDossierNumber({ unit: 'H56.14', receiptDate: new Date('2026-01-14T17:30:00Z'), sequence: 1 })).toBe('H56.14-260115-0001');
  });

  it('round-trips through parseDossierNumber', () => {
    const parts = { unit: '000.00.00.H30', receiptDate: '2025-12-31', sequence: 42 };
    expect(parseDossierNumber(formatDossierNumber(parts))).toEqual({ ok: true, ...parts });
  });

  it('refuses parts that cannot appear in a number', () => {
    expect(() => formatDossierNumber({ unit: 'h99', receiptDate: '2026-01-15', sequence: 1 })).toThrow(RangeError);
    expect(() => formatDossierNumber({ unit: 'H99', receiptDate: '2026-02-30', sequence: 1 })).toThrow(RangeError);
    expect(() => formatDossierNumber({ unit: 'H99', receiptDate: '1999-02-03', sequence: 1 })).toThrow(RangeError);
    expect(() => formatDossierNumber({ unit: 'H99', receiptDate: '2026-01-15', sequence: -1 })).toThrow(RangeError);
    expect(() => formatDossierNumber({ unit: 'H99', receiptDate: '2026-01-15', sequence: 1.5 })).toThrow(RangeError);
  });
});
