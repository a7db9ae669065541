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
