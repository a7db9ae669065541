import { interpolate, InterpolationError } from './interpolate';

describe('${…} in suite values', () => {
  const scope = { id: 'm-1', n: 42, steps: { login: { body: { access_token: 'tok', items: [{ x: 'first' }] } } }, env: { HOME: '/h' } };

  it('a whole ${…} keeps its type; inside text it is written as text', () => {
    expect(interpolate('${n}', scope)).toBe(42);
    expect(interpolate('id=${id}, n=${n}', scope)).toBe('id=m-1, n=42');
    expect(interpolate({ auth: 'Bearer ${steps.login.body.access_token}', list: ['${steps.login.body.items[0].x}'] }, scope)).toEqual({
      auth: 'Bearer tok',
      list: ['first'],
    });
  });

  it('built-ins: a fresh uuid each time, now as ISO', () => {
    expect(interpolate('${uuid}', scope)).not.toBe(interpolate('${uuid}', scope));
    expect(String(interpolate('${now}', scope))).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it('an unknown name is an error that lists the known ones', () => {
    expect(() => interpolate('${nope}', scope)).toThrow(InterpolationError);
    expect(() => interpolate('${steps.missing.body}', scope)).toThrow('${steps.missing.body} is not defined (known: id, n, steps)');
  });

  it('leaves numbers, booleans and null alone', () => {
    expect(interpolate({ a: 1, b: true, c: null }, scope)).toEqual({ a: 1, b: true, c: null });
  });
});
