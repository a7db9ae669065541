import { lenientBody } from './lenient-body';
import { SchemaViews } from './schema-view';

const ROOT = 'https://lgsp-sim.local/schemas/x/op.request.json';
const SHARED = 'https://lgsp-sim.local/schemas/x/shared/place.json';

const schemas: Record<string, Record<string, unknown>> = {
  [ROOT]: {
    $id: ROOT,
    type: 'object',
    additionalProperties: false,
    $defs: { code: { type: 'string', pattern: '^\\d{2}$' } },
    properties: {
      maTinh: { $ref: '#/$defs/code' },
      soLuong: { type: 'integer' },
      tyLe: { type: 'number' },
      ghiChu: { type: ['string', 'null'] },
      noiSinh: { anyOf: [{ type: 'string' }, { $ref: 'shared/place.json' }] },
      nguoi: { allOf: [{ type: 'object', properties: { hoTen: { type: 'string' } } }, { properties: { gioiTinh: { type: 'string' } } }] },
      maDonVi: { type: ['string', 'integer'], 'x-lenient-pad': [3, 5] },
      ds: { type: 'array', items: { type: 'string', 'x-lenient-pad': 2 } },
      gioiTinh: { type: 'string', enum: ['1', '2'] },
      hoTen: { type: 'string' },
      ghiChuTuDo: { type: 'string', maxLength: 10 },
      thoiGian: { type: 'string', pattern: '^[0-9]{14}$', 'x-lenient-verbatim': true },
      dong: { type: 'array', items: { type: 'object', additionalProperties: { type: 'string' } } },
    },
  },
  [SHARED]: { $id: SHARED, type: 'object', additionalProperties: true, properties: { maXa: { type: 'string', 'x-lenient-pad': 5 } } },
};

const views = new SchemaViews((id) => schemas[id]);
const read = (body: unknown) => lenientBody(body, ROOT, views);

describe('lenientBody', () => {
  it('drops nulls and unknown members of a closed object, and keeps a null the schema allows', () => {
    expect(read({ soLuong: null, khac: 1, ghiChu: null })).toEqual({
      body: { ghiChu: null },
      coercions: [
        { path: 'soLuong', kind: 'null-dropped' },
        { path: 'khac', kind: 'unknown-dropped', from: 1 },
      ],
    });
  });

  it('respells keys as declared; the exact spelling wins over another casing', () => {
    expect(read({ MATINH: '01', SoLuong: 2, soLuong: 3 })).toEqual({
      body: { maTinh: '01', soLuong: 3 },
      coercions: [
        { path: 'maTinh', kind: 'key-case', from: 'MATINH', to: 'maTinh' },
        { path: 'SoLuong', kind: 'duplicate-dropped', from: 2 },
      ],
    });
  });

  // Members under their documented spelling are read first, so they win over a differently cased duplicate.
  it('turns numbers into digit strings and back, and pads codes through $ref, anyOf and allOf', () => {
    const { body, coercions } = read({
      maTinh: 1,
      soLuong: '2',
      tyLe: '0.5',
      noiSinh: { maxa: 6, dcChiTiet: null },
      nguoi: { HoTen: 'An', gioiTinh: 1 },
      maDonVi: 6,
      ds: ['1', 22],
    });
    expect(body).toEqual({
      maTinh: '01',
      soLuong: 2,
      tyLe: 0.5,
      noiSinh: { maXa: '00006' },
      nguoi: { hoTen: 'An', gioiTinh: '1' },
      maDonVi: '006',
      ds: ['01', '22'],
    });
    expect(coercions).toEqual([
      { path: 'maTinh', kind: 'zero-padded', from: 1, to: '01' },
      { path: 'soLuong', kind: 'string-to-number', from: '2', to: 2 },
      { path: 'tyLe', kind: 'string-to-number', from: '0.5', to: 0.5 },
      { path: 'noiSinh.maXa', kind: 'key-case', from: 'maxa', to: 'maXa' },
      { path: 'noiSinh.maXa', kind: 'zero-padded', from: 6, to: '00006' },
      { path: 'noiSinh.dcChiTiet', kind: 'null-dropped' },
      { path: 'nguoi.gioiTinh', kind: 'number-to-string', from: 1, to: '1' },
      { path: 'nguoi.hoTen', kind: 'key-case', from: 'HoTen', to: 'hoTen' },
      { path: 'maDonVi', kind: 'zero-padded', from: 6, to: '006' },
      { path: 'ds[0]', kind: 'zero-padded', from: '1', to: '01' },
      { path: 'ds[1]', kind: 'number-to-string', from: 22, to: '22' },
    ]);
  });

  it('an empty string for a number is absent (PASETO leaves unused codes empty)', () => {
    expect(read({ soLuong: '' })).toEqual({ body: {}, coercions: [{ path: 'soLuong', kind: 'empty-dropped', from: '' }] });
  });

  it('an empty string is absent where the schema cannot take one (an enum, a pattern); a free text keeps it', () => {
    expect(read({ gioiTinh: '', hoTen: '', ghiChuTuDo: ' ', maTinh: '  ' })).toEqual({
      body: { hoTen: '', ghiChuTuDo: ' ' },
      coercions: [
        { path: 'gioiTinh', kind: 'empty-dropped', from: '' },
        { path: 'maTinh', kind: 'empty-dropped', from: '  ' },
      ],
    });
    // An item of a list is never dropped: it is left for the schema to name.
    expect(read({ ds: [''] })).toEqual({ body: { ds: [''] }, coercions: [] });
  });

  it('trims whitespace around a code (pattern, enum, padded width), then pads it; free text is left as sent', () => {
    expect(read({ maTinh: '1 ', gioiTinh: ' 2', maDonVi: '00006 ', hoTen: 'An ' })).toEqual({
      body: { maTinh: '01', gioiTinh: '2', maDonVi: '00006', hoTen: 'An ' },
      coercions: [
        { path: 'maTinh', kind: 'whitespace-trimmed', from: '1 ', to: '1' },
        { path: 'maTinh', kind: 'zero-padded', from: '1', to: '01' },
        { path: 'gioiTinh', kind: 'whitespace-trimmed', from: ' 2', to: '2' },
        { path: 'maDonVi', kind: 'whitespace-trimmed', from: '00006 ', to: '00006' },
      ],
    });
  });

  it('a signed field (x-lenient-verbatim) is neither trimmed nor padded, a number still becomes its digits', () => {
    expect(read({ thoiGian: '2026011509301' })).toEqual({ body: { thoiGian: '2026011509301' }, coercions: [] });
    expect(read({ thoiGian: '20260115093015 ' })).toEqual({ body: { thoiGian: '20260115093015 ' }, coercions: [] });
    expect(read({ thoiGian: 20260115093015 })).toEqual({
      body: { thoiGian: '20260115093015' },
      coercions: [{ path: 'thoiGian', kind: 'number-to-string', from: 20260115093015, to: '20260115093015' }],
    });
  });

  it('reads members an open object describes only by kind (additionalProperties) like declared ones', () => {
    expect(read({ dong: [{ Ma: 7, Ten: 'x', GhiChu: null }] })).toEqual({
      body: { dong: [{ Ma: '7', Ten: 'x' }] },
      coercions: [
        { path: 'dong[0].Ma', kind: 'number-to-string', from: 7, to: '7' },
        { path: 'dong[0].GhiChu', kind: 'null-dropped' },
      ],
    });
  });

  it('leaves what cannot be read as the schema says for the schema to name', () => {
    const odd = { maTinh: 'AB', soLuong: 'two', tyLe: true, nguoi: 'An', ds: 'x', maDonVi: '123456', noiSinh: 'Hà Nội' };
    expect(read(odd)).toEqual({ body: odd, coercions: [] });
    expect(read('not an object')).toEqual({ body: 'not an object', coercions: [] });
    expect(lenientBody({ a: null }, 'https://unknown', views)).toEqual({ body: { a: null }, coercions: [] });
  });

  it('does not change the body it was given', () => {
    const sent = { MATINH: 1, khac: null };
    read(sent);
    expect(sent).toEqual({ MATINH: 1, khac: null });
  });
});
