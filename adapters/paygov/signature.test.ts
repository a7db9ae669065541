import { INIT_FIELDS, joinFields, joinIpnFields, LOOKUP_FIELDS, sameSignature, signJoined } from './signature';

// The test vectors of DOMAIN.md §7.6.
const SECRET = 'SIM-ONLY-SECRET-123';
const R = 'dvc0000000H99260115000120260115093015';
const T = 'THANH TOAN HO SO 000.00.00.H99-260115-0001';

const init = {
  LoaiBanTin: 'INIT',
  PhienBan: '1.0.6',
  MaDoiTac: 'SIMDOITAC01',
  MaThamChieu: R,
  SoTien: '50000',
  LoaiHinhThanhToan: 'PAY',
  MaKenhThanhToan: '1',
  MaThietBi: '1',
  NgonNgu: 'vi-VN',
  MaTienTe: 'VND',
  MaNganHang: 'PAYMENT',
  ThongTinGiaoDich: T,
  ThoiGianGD: '20260115093015',
  Ip: '10.20.30.40',
};
const lookup = (kind: string) => ({ LoaiBanTin: kind, PhienBan: '1.0.6', MaDoiTac: 'SIMDOITAC01', MaThamChieu: R, ThoiGianGD: '20260115093015' });
const ipn = {
  LoaiBanTin: 'PAY',
  MaLoi: '00',
  MaDoiTac: 'SIMDOITAC01',
  MaThamChieu: R,
  SoTien: 50000,
  MaTienTe: 'VND',
  MaGiaoDich: 'PG260115000123',
  MaNganHang: 'SIMBANK',
  ThoiGianGD: '20260115093512',
  ThongTinGiaoDich: T,
};

describe('MaXacThuc (DOMAIN.md §7.6 test vectors)', () => {
  it('INIT: joins the 14 fields in order and signs both variants', () => {
    const joined = joinFields(init, INIT_FIELDS);
    expect(joined).toBe(`INIT|1.0.6|SIMDOITAC01|${R}|50000|PAY|1|1|vi-VN|VND|PAYMENT|${T}|20260115093015|10.20.30.40`);
    expect(signJoined(joined, SECRET, 'sha256')).toBe('1a64bc0b84232ef171227425c7e6a69066be0cf99d4f76ef6e844b9121f6224b');
    expect(signJoined(joined, SECRET, 'hmac-sha256')).toBe('4c7a1d43bbdd75e76251cbc5ee97eccf3e48039fff7ee6fb3db8689ca4f462e1');
  });

  it('QUERY and GET_BILL', () => {
    expect(joinFields(lookup('QUERY'), LOOKUP_FIELDS)).toBe(`QUERY|1.0.6|SIMDOITAC01|${R}|20260115093015`);
    expect(signJoined(joinFields(lookup('QUERY'), LOOKUP_FIELDS), SECRET, 'sha256')).toBe(
      '95d691d36b428192a9146cf4d350f937b116347a5c3155c08f9c976eddada1ce',
    );
    expect(signJoined(joinFields(lookup('QUERY'), LOOKUP_FIELDS), SECRET, 'hmac-sha256')).toBe(
      '5036f9a0f9fd7a19086956a7878109f750eb0e3d7c979500ef78d6c37fea0bba',
    );
    expect(signJoined(joinFields(lookup('GET_BILL'), LOOKUP_FIELDS), SECRET, 'sha256')).toBe(
      '92f8a27fb7effe4f6f4f346781ddac502ae35587ffb9545ef4bba78c5469c6cc',
    );
    expect(signJoined(joinFields(lookup('GET_BILL'), LOOKUP_FIELDS), SECRET, 'hmac-sha256')).toBe(
      '563c0d7a48107c33d6d85b5aa406b3ba7639e26058758b95b6dc4aa6785702a6',
    );
  });

  it('IPN in PASETO order (sha256) and OpenCPS order with its trailing pipe (hmac)', () => {
    expect(joinIpnFields(ipn, 'paseto')).toBe(`PAY|00|SIMDOITAC01|${R}|50000|VND|PG260115000123|SIMBANK|20260115093512|${T}`);
    expect(signJoined(joinIpnFields(ipn, 'paseto'), SECRET, 'sha256')).toBe('7e7f92f942d2ca03bd6a8df7efc85c6fdbffc789e440ecb6e56f7d9aa3096795');
    expect(joinIpnFields(ipn, 'opencps')).toBe(`PAY|SIMDOITAC01|${R}|50000|VND|SIMBANK|${T}|20260115093512|`);
    expect(signJoined(joinIpnFields(ipn, 'opencps'), SECRET, 'hmac-sha256')).toBe('4c78bfb4646c87aa261438ca25ab6e3e8baaba9387574390d7f4fee1955872a3');
  });

  it('signs missing and null fields as empty strings, and numbers as plain decimals', () => {
    expect(joinFields({ a: null, c: 50000 }, ['a', 'b', 'c'])).toBe('||50000');
  });

  it('compares signatures ignoring hex case, and refuses anything else', () => {
    const expected = '1a64bc0b84232ef171227425c7e6a69066be0cf99d4f76ef6e844b9121f6224b';
    expect(sameSignature(expected.toUpperCase(), expected)).toBe(true);
    expect(sameSignature(expected.replace('1a', '1b'), expected)).toBe(false);
    expect(sameSignature(undefined, expected)).toBe(false);
    expect(sameSignature('abc', expected)).toBe(false);
  });
});
