import { isCccd, makeCccd, parseCccd } from './cccd';
import { GSO_PROVINCE_CODES } from './gso-province-codes';

describe('parseCccd — DOMAIN.md §10.1 vectors', () => {
  it('044095001234 is a man born in 1995, registered in province 44', () => {
    expect(parseCccd('044095001234')).toEqual({
      ok: true,
      placeCode: '044',
      provinceCode: '44',
      gender: 'male',
      birthYear: 1995,
      serial: '001234',
    });
  });

  it('038301012345 is a woman born in 2001, registered in province 38', () => {
    expect(parseCccd('038301012345')).toMatchObject({ ok: true, placeCode: '038', provinceCode: '38', gender: 'female', birthYear: 2001 });
  });

  it('099226001234 is refused: 099 is not a GSO province', () => {
    const result = parseCccd('099226001234');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(/099.*province/);
  });

  it('an 11-digit number is refused for its length', () => {
    const result = parseCccd('04409500123');
    expect(!result.ok && result.reason).toMatch(/12 digits.*11/);
  });

  it('a letter inside is refused as a non-digit', () => {
    const result = parseCccd('044A95001234');
    expect(!result.ok && result.reason).toMatch(/only the digits/);
  });
});

describe('parseCccd — the gender and century digit', () => {
  it.each([
    ['0', 'male', 1900],
    ['1', 'female', 1900],
    ['2', 'male', 2000],
    ['3', 'female', 2000],
    ['4', 'male', 2100],
    ['5', 'female', 2100],
    ['6', 'male', 2200],
    ['7', 'female', 2200],
    ['8', 'male', 2300],
    ['9', 'female', 2300],
  ])('digit %s means %s, born in the %i s', (digit, gender, century) => {
    expect(parseCccd(`001${digit}07123456`)).toMatchObject({ ok: true, gender, birthYear: century + 7 });
  });

  it('refuses a foreign-country prefix with its own reason', () => {
    const result = parseCccd('101095001234');
    expect(!result.ok && result.reason).toMatch(/foreign/);
  });

  it('refuses 000 and accepts every one of the 63 province prefixes', () => {
    expect(parseCccd('000095001234').ok).toBe(false);
    expect(GSO_PROVINCE_CODES).toHaveLength(63);
    for (const code of GSO_PROVINCE_CODES) expect(parseCccd(`0${code}095001234`).ok).toBe(true);
  });

  it('isCccd narrows only well-formed strings', () => {
    expect(isCccd('044095001234')).toBe(true);
    expect(isCccd('099226001234')).toBe(false);
    expect(isCccd(44095001234)).toBe(false);
    expect(isCccd(undefined)).toBe(false);
  });
});

describe('makeCccd', () => {
  it('builds the DOMAIN.md vectors back from their parts', () => {
    expect(makeCccd({ provinceCode: '44', gender: 'male', birthYear: 1995, serial: '001234' })).toBe('044095001234');
    expect(makeCccd({ provinceCode: '038', gender: 'female', birthYear: 2001, serial: 12345 })).toBe('038301012345');
  });

  it('round-trips through parseCccd', () => {
    const parts = { provinceCode: '79', gender: 'female', birthYear: 2100, serial: '000001' } as const;
    expect(parseCccd(makeCccd(parts))).toMatchObject({ ok: true, ...parts });
  });

  it('refuses parts it cannot encode', () => {
    expect(() => makeCccd({ provinceCode: '99', gender: 'male', birthYear: 1995, serial: 1 })).toThrow(RangeError);
    expect(() => makeCccd({ provinceCode: '44', gender: 'male', birthYear: 1899, serial: 1 })).toThrow(RangeError);
    expect(() => makeCccd({ provinceCode: '44', gender: 'male', birthYear: 2400, serial: 1 })).toThrow(RangeError);
    expect(() => makeCccd({ provinceCode: '44', gender: 'male', birthYear: 1995, serial: '12345' })).toThrow(RangeError);
    expect(() => makeCccd({ provinceCode: '44', gender: 'male', birthYear: 1995, serial: 1_000_000 })).toThrow(RangeError);
  });
});
