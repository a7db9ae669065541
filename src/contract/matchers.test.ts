import { match } from './matchers';

const at = (value: unknown) => ({ present: value !== undefined, value });

describe('matchers of suite assertions', () => {
  it('a plain value must be deeply equal', () => {
    expect(match({ a: [1] }, at({ a: [1] }))).toBeUndefined();
    expect(match('1', at(1))).toEqual({ expected: '"1"' });
  });

  it('each matcher says what it wanted', () => {
    expect(match({ regex: '^\\d+$' }, at('12a'))).toEqual({ expected: 'text matching /^\\d+$/' });
    expect(match({ type: 'integer' }, at(1.5))).toEqual({ expected: 'a value of type integer' });
    expect(match({ type: 'number' }, at(2))).toBeUndefined();
    expect(match({ oneOf: ['a', 'b'] }, at('c'))).toEqual({ expected: 'one of ["a","b"]' });
    expect(match({ present: true }, at(undefined))).toEqual({ expected: 'a value' });
    expect(match({ present: true }, { present: true, value: null })).toBeUndefined();
    expect(match({ absent: true }, at('x'))).toEqual({ expected: 'nothing' });
    expect(match({ contains: 'b' }, at(['a', 'b']))).toBeUndefined();
    expect(match({ length: 2 }, at('abc'))).toEqual({ expected: 'length 2' });
    expect(match({ gte: 2, lt: 5 }, at(5))).toEqual({ expected: 'a number less than 5' });
    expect(match({ gt: 1 }, at('2'))).toBeUndefined();
    expect(match({ gt: 1 }, at('two'))).toEqual({ expected: 'a number greater than 1' });
  });

  it('a regex or type on nothing fails rather than matching the text "undefined"', () => {
    expect(match({ regex: 'undef' }, at(undefined))).toBeDefined();
    expect(match({ type: 'string' }, at(undefined))).toBeDefined();
  });

  it('an object with other keys than matchers is a plain value', () => {
    expect(match({ equals: 1, other: 2 }, at({ equals: 1, other: 2 }))).toBeUndefined();
  });
});
