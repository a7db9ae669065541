import { decodeReturnState, emailOf, encodeReturnState, parseDeepLink } from './return-state';

describe('the relying parties’ quirks', () => {
  const url = 'https://dvc.example.gov.vn/nop?x=1&y=ư';

  it('decodes a base64 return URL in every spelling clients produce', () => {
    const state = encodeReturnState(url);
    for (const spelling of [state, state.replace(/=+$/, ''), Buffer.from(url).toString('base64url'), state.replace(/\+/g, ' ')]) {
      expect(decodeReturnState(spelling)).toEqual({ returnUrl: url });
    }
    expect(decodeReturnState(encodeReturnState(url, 'abc'))).toEqual({ opaque: 'abc', returnUrl: url });
    expect(decodeReturnState(encodeReturnState('/relative/path'))).toEqual({ returnUrl: '/relative/path' });
    expect(decodeReturnState('opaque-random-state')).toEqual({});
    expect(decodeReturnState(undefined)).toEqual({});
  });

  it('falls back to TechID, then the document number, when ThuDienTu is missing', () => {
    expect(emailOf({ ThuDienTu: 'a@b.vn', TechID: 't' })).toEqual({ email: 'a@b.vn', fallback: false });
    expect(emailOf({ ThuDienTu: '', TechID: 't' })).toEqual({ email: 't@dvcqg.gov.vn', fallback: true });
    expect(emailOf({ MaSoThue: '0199990011' })).toEqual({ email: '0199990011@dichvucong.gov.vn', fallback: true });
  });

  it('reads vnconnect=1 deep links, PASETO’s parameters and OpenCPS’s base64 data', () => {
    expect(parseDeepLink({ MaTTHCDP: '1' })).toBeUndefined();
    expect(parseDeepLink({ vnconnect: '1', MaTTHCDP: '1.0001', MaDVC: '2' })).toEqual({ MaTTHCDP: '1.0001', MaDVC: '2' });
    const data = Buffer.from(JSON.stringify({ a: 1 })).toString('base64');
    expect(parseDeepLink({ vnconnect: '1', data })).toEqual({ data: { a: 1 } });
    expect(parseDeepLink({ vnconnect: '1', data: '%%%' })).toEqual({});
  });
});
