import { BadRequestError } from '../../src/core/errors';
import { readDeclaration, toV2RegistrationBody } from './native-translation';

const request = (body: unknown) => ({ method: 'POST', path: '/apiHoTichTuPhap/v2/nhanDKHT', params: {}, query: {}, headers: {}, body });

describe('civil-registry edge translation', () => {
  // Key casing and nulls are the native router's (src/core/lenient); the translation only reads the forms.
  it('reads a <hoTich> declaration as strings, keeping leading zeros and the keys as sent', () => {
    expect(readDeclaration('<hoTich><NKSHoTen>An</NKSHoTen><nksDanToc>01</nksDanToc><maGCS/></hoTich>')).toEqual({
      NKSHoTen: 'An',
      nksDanToc: '01',
      maGCS: '',
    });
  });

  it('reads a JSON-string declaration as it is', () => {
    expect(readDeclaration('{"nksHoTen":"An","meSoDDCN":null}')).toEqual({ nksHoTen: 'An', meSoDDCN: null });
  });

  it('refuses DOCTYPEs and malformed XML with a BadRequestError', () => {
    expect(() => readDeclaration('<!DOCTYPE x [<!ENTITY a "b">]><hoTich/>')).toThrow(BadRequestError);
    expect(() => readDeclaration('<hoTich><a></hoTich>')).toThrow(/not well-formed XML/);
  });

  it('maps a v2 push onto dangKyHoTich: maHoSoMCDT is the dossier number', () => {
    const body = toV2RegistrationBody(
      request({ maDonVi: '00006', module: 'LTKS', maHoSoLT: 'LT-1', maHoSoMCDT: 'A-260115-0001', ngayTiepNhan: 'x', data: '{"nksHoTen":"An"}' }),
    );
    expect(body).toEqual({
      maDonVi: '00006',
      module: 'LTKS',
      maHoSoLT: 'LT-1',
      maHoSo: 'A-260115-0001',
      ngayTiepNhan: 'x',
      data: { nksHoTen: 'An' },
    });
  });
});
