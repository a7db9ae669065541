import { ruleMatches, ruleService, type StoredRule } from './scenario-rules';

const rule = (over: Partial<StoredRule>): StoredRule => ({ id: 'r', seq: 1, createdAt: '2026-01-01T00:00:00Z', effect: { type: 'drop' }, ...over });
const probe = {
  stage: 'sync' as const,
  messageType: 'lltp.nhanHoSoDangKy',
  service: 'lltp',
  from: '000.00.00.H30',
  nativePath: '/apiLyLichTuPhap/nhanHoSo',
  body: { hoSo: { soCMND: '001099012345' } },
};

describe('scenario rule matching', () => {
  it('without a stage acts on sync and worker calls, never on callbacks', () => {
    expect(ruleMatches(rule({}), probe)).toBe(true);
    expect(ruleMatches(rule({}), { ...probe, stage: 'worker' })).toBe(true);
    expect(ruleMatches(rule({}), { ...probe, stage: 'callback' })).toBe(false);
    expect(ruleMatches(rule({ match: { stage: 'worker' } }), probe)).toBe(false);
  });

  it('needs every given field to hold', () => {
    expect(ruleMatches(rule({ match: { messageType: 'lltp.*', from: '000.00.00.H30', nativePath: '/apiLyLichTuPhap/*' } }), probe)).toBe(true);
    expect(ruleMatches(rule({ match: { messageType: 'lltp.*', from: 'other' } }), probe)).toBe(false);
    expect(ruleMatches(rule({ match: { service: 'hotich' } }), probe)).toBe(false);
    expect(ruleMatches(rule({ match: { body: [{ path: 'hoSo.soCMND', matches: '^001' }] } }), probe)).toBe(true);
    expect(ruleMatches(rule({ match: { body: [{ path: 'hoSo.soCMND', equals: 'x' }] } }), probe)).toBe(false);
    expect(ruleMatches(rule({ match: { nativePath: '/apiLyLichTuPhap/*' } }), { ...probe, nativePath: undefined })).toBe(false);
  });

  it('knows which service a rule names, for a one-service reset', () => {
    expect(ruleService(rule({ match: { service: 'dkdn' } }))).toBe('dkdn');
    expect(ruleService(rule({ match: { messageType: 'lltp.nhanHoSoDangKy' } }))).toBe('lltp');
    expect(ruleService(rule({ match: { messageType: '*.x' } }))).toBeUndefined();
    expect(ruleService(rule({}))).toBeUndefined();
  });
});
