import { coerceToSchema, type CoercibleSchema } from './schema-coercion';

const schema: CoercibleSchema = {
  type: 'object',
  properties: {
    infoType: { type: 'integer' },
    idReceivedDec: { type: 'string' },
    rows: { type: 'array', items: { type: 'object', properties: { genderId: { type: 'integer' } } } },
  },
};

describe('coerceToSchema', () => {
  it('renames keys to the declared casing and turns numeric strings into numbers, nested too', () => {
    expect(coerceToSchema({ InfoType: '2', IDRECEIVEDDEC: 2601150007, Rows: [{ GenderId: '-1' }] }, schema)).toEqual({
      infoType: 2,
      idReceivedDec: '2601150007',
      rows: [{ genderId: -1 }],
    });
  });

  it('drops empty numeric codes, keeps what it cannot read for the schema to name, and leaves unknown keys alone', () => {
    expect(coerceToSchema({ infoType: '', idReceivedDec: 'A', extra: 1 }, schema)).toEqual({ idReceivedDec: 'A', extra: 1 });
    expect(coerceToSchema({ infoType: 'two' }, schema)).toEqual({ infoType: 'two' });
  });

  it('prefers the exactly cased key when a client sends both spellings', () => {
    expect(coerceToSchema({ InfoType: '1', infoType: '2' }, schema)).toEqual({ infoType: 2 });
  });
});
