import { parsePath, PathSyntaxError, readPath } from './json-path';

describe('json paths of suite assertions', () => {
  const value = { a: { b: [{ c: 1 }, { c: null }], 'key with space': 'x' }, list: [1, 2, 3] };

  it('reads members, indexes, quoted keys, the last item and an array length', () => {
    expect(readPath(value, '$')).toEqual({ present: true, value });
    expect(readPath(value, '$.a.b[0].c')).toEqual({ present: true, value: 1 });
    expect(readPath(value, "$.a['key with space']")).toEqual({ present: true, value: 'x' });
    expect(readPath(value, '$.list[-1]')).toEqual({ present: true, value: 3 });
    expect(readPath(value, '$.list.length')).toEqual({ present: true, value: 3 });
  });

  it('a null is present; a missing member, index or a step through a scalar is not', () => {
    expect(readPath(value, '$.a.b[1].c')).toEqual({ present: true, value: null });
    expect(readPath(value, '$.a.nope').present).toBe(false);
    expect(readPath(value, '$.list[9]').present).toBe(false);
    expect(readPath(value, '$.a.b[0].c.d').present).toBe(false);
    expect(readPath(value, '$.a[0]').present).toBe(false);
  });

  it('does not read inherited members', () => {
    expect(readPath({}, '$.constructor').present).toBe(false);
    expect(readPath({}, '$.__proto__').present).toBe(false);
  });

  it('refuses what it cannot read, quoting the rest of the path', () => {
    expect(() => parsePath('a.b')).toThrow(new PathSyntaxError('path "a.b" must start with $'));
    expect(() => parsePath('$.a[*]')).toThrow(/cannot read "\[\*\]"/);
    expect(() => parsePath('$..a')).toThrow(PathSyntaxError);
  });
});
