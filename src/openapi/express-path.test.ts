import { expandOptionalGroups, toOpenApiPaths } from './express-path';

describe('toOpenApiPaths', () => {
  it('leaves a plain path alone', () => {
    expect(toOpenApiPaths('/apiCSDLDKDN/chiTietDoanhNghiep')).toEqual([{ template: '/apiCSDLDKDN/chiTietDoanhNghiep', params: [] }]);
  });

  it('turns :params and *wildcards into templates', () => {
    expect(toOpenApiPaths('/dmdc/Category/:code')).toEqual([{ template: '/dmdc/Category/{code}', params: ['code'] }]);
    expect(toOpenApiPaths('/files/:kind/*rest')).toEqual([{ template: '/files/{kind}/{rest}', params: ['kind', 'rest'] }]);
  });

  it('writes an optional group as two templates', () => {
    expect(toOpenApiPaths('/pay/:id{/:step}')).toEqual([
      { template: '/pay/{id}/{step}', params: ['id', 'step'] },
      { template: '/pay/{id}', params: ['id'] },
    ]);
  });

  it('keeps percent-encoded and escaped characters as written', () => {
    expect(toOpenApiPaths('/apiLyLichTuPhap/LLTP-API-%20traHoSo')[0]?.template).toBe('/apiLyLichTuPhap/LLTP-API-%20traHoSo');
    expect(toOpenApiPaths('/a\\:b')[0]).toEqual({ template: '/a:b', params: [] });
    expect(toOpenApiPaths('/a\\{b\\}')).toEqual([{ template: '/a{b}', params: [] }]);
  });
});

describe('expandOptionalGroups', () => {
  it('expands nested groups', () => {
    expect(expandOptionalGroups('/a{/b{/c}}')).toEqual(['/a/b/c', '/a/b', '/a']);
  });

  it('refuses an unbalanced group', () => {
    expect(() => expandOptionalGroups('/a{/b')).toThrow('Unbalanced { in route path /a{/b');
  });
});
