import { CallbackUrlPolicy } from './callback-url-policy';
import { canonicalJson, fingerprint } from './fingerprint';
import { signCallback, verifyCallbackSignature } from './signature';
import { SchemaRegistry } from './schema-registry';
import { ValidationError } from './errors';

describe('fingerprint', () => {
  it('ignores key order but not values', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: 3 }] })).toBe('{"a":[{"c":3,"d":2}],"b":1}');
    expect(fingerprint({ a: 1, b: 2 })).toBe(fingerprint({ b: 2, a: 1 }));
    expect(fingerprint({ a: 1 })).not.toBe(fingerprint({ a: 2 }));
  });
});

describe('CallbackUrlPolicy', () => {
  const policy = new CallbackUrlPolicy(['loopback', '*.gov.vn']);
  it('allows loopback and listed hosts', () => {
    for (const url of ['http://localhost:3000/cb', 'http://127.0.0.5/cb', 'https://api.thanhhoa.gov.vn/cb'])
      expect(() => policy.check(url)).not.toThrow();
  });
  it('refuses other schemes, bad URLs and other hosts, naming the field', () => {
    for (const url of ['ftp://localhost/x', 'localhost:3000', 'http://evil.example/x']) {
      expect(() => policy.check(url)).toThrow(ValidationError);
    }
  });
});

describe('callback signature', () => {
  it('signs "<t>.<body>" with HMAC-SHA256 and verifies within the tolerance', () => {
    const header = signCallback('{"a":1}', 'secret', 1700000000);
    expect(header).toMatch(/^t=1700000000,v1=[0-9a-f]{64}$/);
    expect(verifyCallbackSignature(header, '{"a":1}', 'secret', 1700000100)).toBe(true);
    expect(verifyCallbackSignature(header, '{"a":2}', 'secret', 1700000100)).toBe(false);
    expect(verifyCallbackSignature(header, '{"a":1}', 'other', 1700000100)).toBe(false);
    expect(verifyCallbackSignature(header, '{"a":1}', 'secret', 1700009999)).toBe(false);
  });
});

describe('SchemaRegistry messages', () => {
  const registry = new SchemaRegistry([
    {
      $id: 'https://lgsp-sim.local/schemas/test/x.request.json',
      type: 'object',
      required: ['ngaySinh', 'soLuong'],
      additionalProperties: false,
      properties: {
        ngaySinh: { type: 'string', pattern: '^\\d{2}\\.\\d{2}\\.\\d{4}$', 'x-wire-format': 'dd.MM.yyyy' },
        soLuong: { type: 'integer', minimum: 1 },
        loai: { enum: ['1', '2'] },
        ds: { type: 'array', items: { type: 'string', minLength: 1 } },
      },
    },
  ]);
  it('compiles a schema when it is first used: a broken one is named then, an unknown id is refused', () => {
    const broken = new SchemaRegistry([
      { $id: 'https://lgsp-sim.local/schemas/test/broken.json', $ref: 'https://lgsp-sim.local/schemas/test/missing.json' },
    ]);
    expect(() => broken.check('https://lgsp-sim.local/schemas/test/broken.json', {})).toThrow(/missing\.json/);
    expect(() => broken.compileAll()).toThrow(/missing\.json/);
    expect(() => registry.check('https://lgsp-sim.local/schemas/test/unknown.json', {})).toThrow(
      'No schema https://lgsp-sim.local/schemas/test/unknown.json',
    );
  });
  it('rewrites ajv errors into sentences with JSON paths', () => {
    expect(
      registry.check('https://lgsp-sim.local/schemas/test/x.request.json', { ngaySinh: '2026-01-02', soLuong: 0, loai: '3', ds: [''], x: 1 }, 'body'),
    ).toEqual([
      { path: 'body.x', message: 'body.x is not a known field' },
      { path: 'body.ngaySinh', message: 'body.ngaySinh must be written dd.MM.yyyy' },
      { path: 'body.soLuong', message: 'body.soLuong must be >= 1' },
      { path: 'body.loai', message: 'body.loai must be one of "1", "2"' },
      { path: 'body.ds[0]', message: 'body.ds[0] must not be empty' },
    ]);
    expect(registry.check('https://lgsp-sim.local/schemas/test/x.request.json', {}, 'body')).toEqual([
      { path: 'body.ngaySinh', message: 'body.ngaySinh is required' },
      { path: 'body.soLuong', message: 'body.soLuong is required' },
    ]);
  });
});
