import { isBhxhNumber, makeBhytCardCode, parseBhytCardCode, validateMaThe } from './bhxh';

describe('BHXH numbers and BHYT card codes — DOMAIN.md §10.6', () => {
  it('a BHXH number is 10 digits', () => {
    expect(isBhxhNumber('4422001234')).toBe(true);
    expect(isBhxhNumber('442200123')).toBe(false);
    expect(isBhxhNumber('44220012X4')).toBe(false);
    expect(isBhxhNumber(4422001234)).toBe(false);
  });

  it('builds TE1444422001234 for a child under six in province 44', () => {
    expect(makeBhytCardCode({ group: 'TE', level: 1, provinceCode: '44', bhxhNumber: '4422001234' })).toBe('TE1444422001234');
  });

  it('refuses card parts that do not fit', () => {
    const good = { group: 'TE', level: 1, provinceCode: '44', bhxhNumber: '4422001234' };
    expect(() => makeBhytCardCode({ ...good, group: 'te' })).toThrow(RangeError);
    expect(() => makeBhytCardCode({ ...good, level: 6 })).toThrow(RangeError);
    expect(() => makeBhytCardCode({ ...good, provinceCode: '4' })).toThrow(RangeError);
    expect(() => makeBhytCardCode({ ...good, bhxhNumber: '123' })).toThrow(RangeError);
  });

  it('parses a card code into its parts', () => {
    expect(parseBhytCardCode('TE1444422001234')).toEqual({
      ok: true,
      group: 'TE',
      level: 1,
      provinceCode: '44',
      bhxhNumber: '4422001234',
    });
    expect(parseBhytCardCode('TE6444422001234')).toMatchObject({ ok: false, reason: expect.stringMatching(/level/) });
    expect(parseBhytCardCode('1E1444422001234')).toMatchObject({ ok: false, reason: expect.stringMatching(/group/) });
  });
});

describe('validateMaThe', () => {
  it('accepts the 10-digit BHXH number', () => {
    expect(validateMaThe('4422001234')).toEqual({ ok: true, kind: 'bhxhNumber', bhxhNumber: '4422001234' });
  });

  it('accepts a 12-digit personal ID', () => {
    expect(validateMaThe('044095001234')).toEqual({ ok: true, kind: 'personalId', personalId: '044095001234' });
  });

  it('accepts the 15-character card code', () => {
    expect(validateMaThe('TE1444422001234')).toMatchObject({ ok: true, kind: 'cardCode', group: 'TE', bhxhNumber: '4422001234' });
  });

  it.each([
    ['44220012', /10 \(BHXH number\), 12 \(personal ID\) or 15/],
    ['44220O1234', /only digits/],
    ['099226001234', /personal ID: .*099/],
    ['TE14444220012X4', /province code and the 10-digit/],
  ])('refuses %j', (value, reason) => {
    expect(validateMaThe(value)).toEqual({ ok: false, reason: expect.stringMatching(reason) });
  });
});
