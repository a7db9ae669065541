import { isProcedureCode, parseProcedureCode, PROCEDURE_CODE_PATTERN, serviceCodeOf } from './procedure-code';

describe('procedure codes — DOMAIN.md §10.5', () => {
  it.each(['1.001193', '2.000488'])('%s is a national code', (code) => {
    expect(parseProcedureCode(code)).toEqual({ ok: true, nationalCode: code, form: 'national' });
  });

  it.each([
    ['1.003560.000.00.00.H56', '1.003560', '000.00.00.H56'],
    ['2.000488.000.00.00.H56', '2.000488', '000.00.00.H56'],
  ])('%s is the provincial form', (code, nationalCode, agencyCode) => {
    expect(parseProcedureCode(code)).toEqual({ ok: true, nationalCode, agencyCode, form: 'provincial' });
  });

  it('2.002621.H56 is the short form', () => {
    expect(parseProcedureCode('2.002621.H56')).toEqual({ ok: true, nationalCode: '2.002621', agencyCode: 'H56', form: 'short' });
  });

  it.each(['KQ.G15.000031', '1.00119', '12.001193', '1.001193.H5', '1.001193.000.00.H56', '1.001193.01', '1,001193', ''])('refuses %j', (code) => {
    expect(isProcedureCode(code)).toBe(false);
    expect(parseProcedureCode(code).ok).toBe(false);
  });

  it('exposes the documented regex and derives MaDVC', () => {
    expect(PROCEDURE_CODE_PATTERN.source).toBe('^\\d\\.\\d{6}(\\.\\d{3}\\.\\d{2}\\.\\d{2}\\.[GH]\\d{2}|\\.[GH]\\d{2})?$');
    expect(serviceCodeOf('2.000488.000.00.00.H56')).toBe('2.000488.000.00.00.H56.01');
    expect(() => serviceCodeOf('nonsense')).toThrow(RangeError);
  });
});
