import { formatAgencyCode, isAgencyCode, parentAgencyCode, parseAgencyCode } from './agency-code';

describe('agency codes — DOMAIN.md §10.4', () => {
  it('000.00.00.H30 is a province-level (level 1) code', () => {
    expect(parseAgencyCode('000.00.00.H30')).toEqual({
      ok: true,
      level1: 'H30',
      level2: '00',
      level3: '00',
      level4: '000',
      kind: 'province',
      depth: 1,
    });
  });

  it('000.00.12.H99 is a level-2 unit of province H99', () => {
    expect(parseAgencyCode('000.00.12.H99')).toMatchObject({ ok: true, level2: '12', depth: 2 });
  });

  it('reads G codes as ministries and finds the deepest level', () => {
    expect(parseAgencyCode('000.00.00.G15')).toMatchObject({ ok: true, kind: 'ministry', depth: 1 });
    expect(parseAgencyCode('000.05.12.H56')).toMatchObject({ ok: true, depth: 3 });
    expect(parseAgencyCode('001.05.12.H56')).toMatchObject({ ok: true, depth: 4 });
  });

  it.each(['H56', '000.00.00.X30', '00.00.00.H30', '000.00.00.h30', '000.00.00.H3', '000-00-00-H30', ''])('refuses %j', (value) => {
    const result = parseAgencyCode(value);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(/AAA\.BB\.CC\.Xnn/);
    expect(isAgencyCode(value)).toBe(false);
  });

  it('formats zero-filled codes and walks up to the parent', () => {
    expect(formatAgencyCode({ level1: 'H30' })).toBe('000.00.00.H30');
    expect(formatAgencyCode({ level1: 'H99', level2: 12 })).toBe('000.00.12.H99');
    expect(formatAgencyCode({ level1: 'H56', level2: 12, level3: 5, level4: 1 })).toBe('001.05.12.H56');
    expect(() => formatAgencyCode({ level1: 'X30' })).toThrow(RangeError);
    expect(() => formatAgencyCode({ level1: 'H30', level2: 100 })).toThrow(RangeError);
    expect(parentAgencyCode('001.05.12.H56')).toBe('000.05.12.H56');
    expect(parentAgencyCode('000.05.12.H56')).toBe('000.00.12.H56');
    expect(parentAgencyCode('000.00.12.H56')).toBe('000.00.00.H56');
    expect(parentAgencyCode('000.00.00.H56')).toBeUndefined();
  });
});
