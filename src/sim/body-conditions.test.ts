import { checkConditions, conditionHolds, globMatches, valueAt } from './body-conditions';

describe('body conditions', () => {
  const body = { msdn: '0199990011', hoSo: { soCMND: '001099012345', con: [{ ten: 'An' }] }, 'x-y': 3 };

  it('reads values by JSON path', () => {
    expect(valueAt(body, 'msdn')).toBe('0199990011');
    expect(valueAt(body, '$.hoSo.soCMND')).toBe('001099012345');
    expect(valueAt(body, 'hoSo.con[0].ten')).toBe('An');
    expect(valueAt(body, '["x-y"]')).toBe(3);
    expect(valueAt(body, 'hoSo.missing.deeper')).toBeUndefined();
  });

  it('tests equality as JSON and regexes on text', () => {
    expect(conditionHolds(body, { path: 'msdn', equals: '0199990011' })).toBe(true);
    expect(conditionHolds(body, { path: 'hoSo.con', equals: [{ ten: 'An' }] })).toBe(true);
    expect(conditionHolds(body, { path: 'msdn', matches: '^01' })).toBe(true);
    expect(conditionHolds(body, { path: '["x-y"]', matches: '^3$' })).toBe(true);
    expect(conditionHolds(body, { path: 'hoSo', matches: '.' })).toBe(false);
    expect(conditionHolds(body, { path: 'nope', equals: 1 })).toBe(false);
  });

  it('matches globs', () => {
    expect(globMatches('lltp.*', 'lltp.nhanHoSoDangKy')).toBe(true);
    expect(globMatches('lltp.*', 'hotich.dangKy')).toBe(false);
    expect(globMatches('dkdn.chiTietDoanhNghiep', 'dkdn.chiTietDoanhNghiep')).toBe(true);
    expect(globMatches('/api*/x', undefined)).toBe(false);
    expect(globMatches('*', '')).toBe(true);
    expect(globMatches('a*b*c', 'aXbYbZc')).toBe(true);
    expect(globMatches('a*b*c', 'aXbYcZ')).toBe(false);
    expect(globMatches('*.dangKy*', 'hotich.dangKyHoTich')).toBe(true);
    expect(globMatches('**x', 'x')).toBe(true);
    expect(globMatches('a.*', 'aX')).toBe(false); // `.` is a dot, not any character
  });

  it('matches a glob of many stars, and a regex that backtracks, in time linear in the text', () => {
    // Each of these held the event loop for minutes on the backtracking regex engine.
    expect(globMatches(`${'*'.repeat(1000)}X`, 'x'.repeat(40))).toBe(false);
    expect(globMatches(`${'*a'.repeat(100)}*`, 'a'.repeat(100))).toBe(true);
    expect(conditionHolds({ echo: `${'a'.repeat(50)}!` }, { path: 'echo', matches: '^(a+)+$' })).toBe(false);
    expect(conditionHolds({ echo: 'a'.repeat(50) }, { path: 'echo', matches: '^(a+)+$' })).toBe(true);
  });

  it('refuses a regex the linear engine cannot run (backreferences, lookarounds, counts above 16)', () => {
    const linear = 'cannot be run in linear time: leave out backreferences and lookarounds, and repeat at most 16 times with {n}';
    for (const matches of ['(a)\\1', '(?=0)\\d', '(?<!x)a', '\\d{20}']) {
      expect(checkConditions([{ path: 'msdn', matches }], 'match.body')).toEqual([
        { path: 'match.body[0].matches', message: `match.body[0].matches ${linear}` },
      ]);
    }
    expect(
      checkConditions(
        [
          { path: 'msdn', matches: '^(0|84)\\d{9}$' },
          { path: 'msdn', matches: '\\d{16}' },
        ],
        'match.body',
      ),
    ).toEqual([]);
  });

  it('names the field of a bad regex, a bad path, or a condition with no test', () => {
    expect(checkConditions([{ path: 'msdn', matches: '([a-' }], 'match.body')).toEqual([
      { path: 'match.body[0].matches', message: expect.stringMatching(/^match\.body\[0\]\.matches is not a valid regular expression/) },
    ]);
    expect(checkConditions([{ path: 'a..b', equals: 1 }, { path: 'a' }], 'match.body').map((v) => v.path)).toEqual([
      'match.body[0].path',
      'match.body[1]',
    ]);
  });
});
