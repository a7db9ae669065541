import { compactMst, formatMst, isMst, makeMst, makeMstBranch, mstCheckDigit, validateMst } from './mst';

describe('validateMst — DOMAIN.md §10.2 vectors', () => {
  it('4412345674 is valid (sum 490, 490 mod 11 = 6, check 4)', () => {
    expect(validateMst('4412345674')).toEqual({ ok: true, base: '4412345674', normalized: '4412345674' });
  });

  it('4412345674-001 is branch 001 of that base', () => {
    expect(validateMst('4412345674-001')).toEqual({
      ok: true,
      base: '4412345674',
      branch: '001',
      normalized: '4412345674001',
    });
  });

  it('4412345670 fails the checksum', () => {
    expect(validateMst('4412345670')).toMatchObject({ ok: false, error: 'InvalidChecksum' });
  });

  it.each(['0', '1', '5', '9'])('010000123%s fails the checksum whatever the last digit (sum 55)', (last) => {
    expect(validateMst(`010000123${last}`)).toMatchObject({ ok: false, error: 'InvalidChecksum' });
  });

  it('4400000001 has a zero serial', () => {
    expect(validateMst('4400000001')).toMatchObject({ ok: false, error: 'InvalidComponent' });
  });

  it('4412345674-000 has no branch 000', () => {
    expect(validateMst('4412345674-000')).toMatchObject({ ok: false, error: 'InvalidComponent' });
  });
});

describe('validateMst — rule order and separators', () => {
  it('strips spaces, dashes and dots before anything else', () => {
    expect(validateMst(' 44 123.456-74 ')).toMatchObject({ ok: true, normalized: '4412345674' });
    expect(compactMst('4412345674 - 001')).toBe('4412345674001');
  });

  it('checks the length before the characters', () => {
    expect(validateMst('44123')).toMatchObject({ ok: false, error: 'InvalidLength' });
    expect(validateMst('44A23')).toMatchObject({ ok: false, error: 'InvalidLength' });
    expect(validateMst('44123456741')).toMatchObject({ ok: false, error: 'InvalidLength' });
    expect(validateMst('')).toMatchObject({ ok: false, error: 'InvalidLength' });
  });

  it('checks the characters before the components', () => {
    expect(validateMst('44A0000000')).toMatchObject({ ok: false, error: 'InvalidFormat' });
  });

  it('checks the components before the checksum', () => {
    expect(validateMst('4400000000')).toMatchObject({ ok: false, error: 'InvalidComponent' });
    expect(validateMst('4412345670000')).toMatchObject({ ok: false, error: 'InvalidComponent' });
  });

  it('gives a message a person can act on', () => {
    const result = validateMst('4412345670');
    expect(!result.ok && result.message).toMatch(/should be 4/);
  });

  it('isMst narrows only valid strings', () => {
    expect(isMst('4412345674')).toBe(true);
    expect(isMst('4412345670')).toBe(false);
    expect(isMst(4412345674)).toBe(false);
  });
});

describe('check digit and builders', () => {
  it('mstCheckDigit computes the tenth digit or says there is none', () => {
    expect(mstCheckDigit('441234567')).toBe('4');
    expect(mstCheckDigit('010000123')).toBeUndefined();
    expect(mstCheckDigit('44123456')).toBeUndefined();
  });

  it('makeMst builds valid codes and refuses impossible bases', () => {
    expect(makeMst('44', '1234567')).toBe('4412345674');
    expect(makeMst('44', 1234567)).toBe('4412345674');
    expect(makeMst('01', '0000123')).toBeUndefined();
    expect(makeMst('44', '0000000')).toBeUndefined();
    expect(makeMst('4', '1234567')).toBeUndefined();
    for (let serial = 1; serial < 200; serial++) {
      const code = makeMst('79', serial);
      if (code !== undefined) expect(validateMst(code).ok).toBe(true);
    }
  });

  it('makeMstBranch appends a three-digit branch', () => {
    expect(makeMstBranch('4412345674', 1)).toBe('4412345674001');
    expect(validateMst(makeMstBranch('4412345674', 999))).toMatchObject({ ok: true, branch: '999' });
    expect(() => makeMstBranch('4412345674', 0)).toThrow(RangeError);
    expect(() => makeMstBranch('4412345670', 1)).toThrow(RangeError);
  });

  it('formatMst prints the dashed form', () => {
    expect(formatMst('4412345674001')).toBe('4412345674-001');
    expect(formatMst('44.1234.5674')).toBe('4412345674');
    expect(formatMst('4412345670')).toBeUndefined();
  });
});
