import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DMDC_CATALOG_CODES } from '../../seeds/catalogs';
import { nativeText } from './dmdc-envelope';
import { checkAppendedRows } from './row-checks';

describe('dmdc adapter pieces', () => {
  it('the schemas’ catalogue enum is exactly the list the seeds serve', () => {
    for (const file of ['layMetadata', 'layDanhMuc', 'themDanhMuc']) {
      const schema = JSON.parse(readFileSync(join(__dirname, '../../schemas/dmdc', `${file}.request.json`), 'utf8'));
      expect({ file, codes: schema.properties.maDanhMuc.enum }).toEqual({ file, codes: [...DMDC_CATALOG_CODES] });
    }
  });

  it('speaks of records counted from 1 and of the request body on the native path', () => {
    expect(nativeText('body.duLieu[2].TenTinh must be a string')).toBe('Record 3: TenTinh must be a string');
    expect(nativeText('body.duLieu[0] must be an object')).toBe('Record 1 must be an object');
    expect(nativeText('body.duLieu must be a list')).toBe('The request body must be a list');
  });

  it('accepts a row with only its key and an empty DateTime', () => {
    expect(checkAppendedRows({ maDanhMuc: 'qlvanbandieuhanhcap1', duLieu: [{ MaDinhDanhCap1: '000.00.00.H97', NgayBanHanhQd: '' }] })).toEqual([]);
  });

  it('reports every bad row, with its path', () => {
    const violations = checkAppendedRows({ maDanhMuc: 'madantoc', duLieu: [{ TenDanToc: 'A' }, { MaDanToc: '60', Khac: 'x' }] });
    expect(violations.map((v) => v.path)).toEqual(['body.duLieu[0].MaDanToc', 'body.duLieu[1].Khac']);
  });
});
