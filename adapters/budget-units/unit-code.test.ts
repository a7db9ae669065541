import { checkUnitCode, classWarning } from './unit-code';

describe('budget-relation unit code (DOMAIN-MORE §1.2 vectors)', () => {
  it.each([
    ['1099001', true, undefined],
    ['7099123', true, undefined],
    [' 8098001 ', true, undefined],
    ['5099001', true, 'chữ số đầu 5'],
    ['109900', false, undefined],
    ['10990A1', false, undefined],
    ['10990011', false, undefined],
  ])('%j: valid %s, warning %s', (code, valid, warning) => {
    expect(checkUnitCode(code).length === 0).toBe(valid);
    if (valid) expect(classWarning(code.trim())?.slice(0, 12)).toBe(warning);
  });

  it('names the rule and the field in its message', () => {
    expect(checkUnitCode('109900', 'body.maSo')).toEqual([
      { path: 'body.maSo', message: 'body.maSo must be a budget-relation unit code of exactly 7 digits, but it has 6 digits ("109900")' },
    ]);
    expect(checkUnitCode('10990A1')[0].message).toMatch(/contains characters other than digits/);
  });
});
