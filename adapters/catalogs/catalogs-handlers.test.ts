import { catalogByDmdcCode } from '../../seeds/catalogs';
import { unitBackend, type UnitBackend } from '../../test/support/unit-context';
import { createCatalogsAdapter } from '.';

describe('dmdc handlers (in-memory context)', () => {
  let dmdc: UnitBackend;
  beforeEach(() => {
    dmdc = unitBackend(createCatalogsAdapter);
  });

  const genders = () => dmdc.call('dmdc.layDanhMuc', { maDanhMuc: 'magioitinh' });

  it('answers a catalogue’s columns and its seed rows keyed by PropertyCode', async () => {
    expect(await dmdc.call('dmdc.layMetadata', { maDanhMuc: 'magioitinh' })).toEqual([
      { PropertyCode: 'MaGioiTinh', PropertyName: 'Mã giới tính', PropertyType: 'String' },
      { PropertyCode: 'TenGioiTinh', PropertyName: 'Tên giới tính', PropertyType: 'String' },
    ]);
    expect(await genders()).toEqual(catalogByDmdcCode('magioitinh')?.rows);
    expect(dmdc.undocumented('dmdc.layMetadata', await dmdc.call('dmdc.layMetadata', { maDanhMuc: 'qlvanbandieuhanhcap1' }))).toEqual([]);
    expect(dmdc.undocumented('dmdc.layDanhMuc', await dmdc.call('dmdc.layDanhMuc', { maDanhMuc: 'qlvanbandieuhanhcap1' }))).toEqual([]);
  });

  it('appends rows after the seed rows, every column present, and keeps them in the backend’s state', async () => {
    const seedRows = await genders();
    const appended = await dmdc.call('dmdc.themDanhMuc', { maDanhMuc: 'magioitinh', duLieu: [{ MaGioiTinh: '9' }] });
    expect(appended).toEqual({ MSG: 'Done', Count: 1 });
    expect(dmdc.undocumented('dmdc.themDanhMuc', appended)).toEqual([]);
    expect(await genders()).toEqual([...seedRows, { MaGioiTinh: '9', TenGioiTinh: '' }]);
    expect(await dmdc.context.state.get('rows:magioitinh')).toEqual([{ MaGioiTinh: '9', TenGioiTinh: '' }]);
    // The append's lock is released.
    expect(await dmdc.context.state.get('lock:magioitinh')).toBeUndefined();
  });

  it('appends all rows or none: a key already listed, or twice in the batch, is named with its record number', async () => {
    const seedRows = await genders();
    const taken = seedRows[0]?.MaGioiTinh as string;
    expect(await dmdc.call('dmdc.themDanhMuc', { maDanhMuc: 'magioitinh', duLieu: [{ MaGioiTinh: '8' }, { MaGioiTinh: taken }] })).toEqual({
      MSG: `Data not insert: Record 2: MaGioiTinh ${taken} is duplicate`,
      Count: 0,
    });
    expect(
      await dmdc.call('dmdc.themDanhMuc', {
        maDanhMuc: 'magioitinh',
        duLieu: [
          { MaGioiTinh: '7', TenGioiTinh: 'A' },
          { MaGioiTinh: '7', TenGioiTinh: 'B' },
        ],
      }),
    ).toEqual({ MSG: 'Data not insert: Record 2: MaGioiTinh 7 is duplicate', Count: 0 });
    expect(await genders()).toEqual(seedRows);
  });
});
