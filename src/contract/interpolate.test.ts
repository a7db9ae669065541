import { expressionProblem, interpolate, InterpolationError } from './interpolate';

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

  it('an unknown name is an error that lists what is known where the name stopped', () => {
    expect(() => interpolate('${nope}', scope)).toThrow('${nope} is not defined (known: id, n, steps)');
    expect(() => interpolate('${steps.missing.body}', scope)).toThrow('${steps.missing.body} is not defined (steps has no missing; it has login)');
    expect(() => interpolate('${env.NOT_SET}', scope)).toThrow(InterpolationError);
    expect(() => interpolate('${env.NOT_SET}', scope)).toThrow('${env.NOT_SET} is not defined (the environment variable NOT_SET is not set)');
  });

  it('a ${ never closed, or an empty ${}, is a problem of the text', () => {
    expect(expressionProblem('/x/${id')).toBe('"${id" opens ${ and never closes it (write ${name})');
    expect(expressionProblem('a ${ } b')).toBe('an empty ${} names nothing (write ${name})');
    expect(expressionProblem('${a}-${b}')).toBeUndefined();
  });

  it('leaves numbers, booleans and null alone', () => {
    expect(interpolate({ a: 1, b: true, c: null }, scope)).toEqual({ a: 1, b: true, c: null });
  });
});
