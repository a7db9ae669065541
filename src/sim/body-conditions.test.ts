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
