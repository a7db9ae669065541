import { canonicalKeys } from './canonical-keys';

const schema = {
  properties: {
    MaDoiTac: {},
    ThongTinBienLai: { properties: { HoTenNguoiNop: {}, PhiLePhi: { items: { properties: { SoTien: {} } } } } },
  },
};

describe('canonicalKeys', () => {
  it('renames keys of any casing to the schema’s spelling, nested objects and lists included', () => {
    expect(canonicalKeys({ maDoiTac: 'A', thongtinbienlai: { HOTENNGUOINOP: 'B', phiLePhi: [{ soTien: '1' }] } }, schema)).toEqual({
      MaDoiTac: 'A',
      ThongTinBienLai: { HoTenNguoiNop: 'B', PhiLePhi: [{ SoTien: '1' }] },
    });
  });

  it('keeps unknown keys for the schema to reject, and the exact spelling when both are sent', () => {
    expect(canonicalKeys({ Extra: 1, MaDoiTac: 'exact', madoitac: 'other' }, schema)).toEqual({ Extra: 1, MaDoiTac: 'exact' });
  });

  it('leaves non-objects alone', () => {
    expect(canonicalKeys('x', schema)).toBe('x');
    expect(canonicalKeys(null, schema)).toBe(null);
  });
});
