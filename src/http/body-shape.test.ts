import { bodyShapeProblem, MAX_BODY_DEPTH } from './body-shape';

const nested = (levels: number): unknown => JSON.parse('['.repeat(levels) + ']'.repeat(levels));
const tooDeep = (max: number): string => `The body nests deeper than ${max} levels of objects and arrays`;

describe('bodyShapeProblem', () => {
  it('counts objects and arrays as levels; scalars add none', () => {
    expect(bodyShapeProblem({ a: 1, b: 'x' }, 1)).toBeUndefined();
    expect(bodyShapeProblem({ a: { b: [1] } }, 2)).toBe(tooDeep(2));
    expect(bodyShapeProblem({ a: { b: [1] } }, 3)).toBeUndefined();
    expect(bodyShapeProblem('text', 0)).toBeUndefined();
    expect(bodyShapeProblem(null, 0)).toBeUndefined();
  });

  it(`takes ${MAX_BODY_DEPTH} levels and refuses one more`, () => {
    expect(bodyShapeProblem(nested(MAX_BODY_DEPTH), MAX_BODY_DEPTH)).toBeUndefined();
    expect(bodyShapeProblem(nested(MAX_BODY_DEPTH + 1), MAX_BODY_DEPTH)).toBe(tooDeep(MAX_BODY_DEPTH));
  });

  it('walks a body far deeper than the call stack allows without overflowing', () => {
    expect(bodyShapeProblem(nested(200_000), MAX_BODY_DEPTH)).toBe(tooDeep(MAX_BODY_DEPTH));
  });

  it('refuses a member named __proto__ wherever it is, naming where; other names of Object.prototype are plain fields', () => {
    expect(bodyShapeProblem(JSON.parse('{"a":[{"b":{"__proto__":{"x":1}}}]}'), MAX_BODY_DEPTH)).toBe(
      'The body has a member named __proto__ (at a[0].b.__proto__), which no field can have',
    );
    expect(bodyShapeProblem(JSON.parse('{"constructor":{"prototype":1},"toString":"x"}'), MAX_BODY_DEPTH)).toBeUndefined();
  });
});
