import type { JournalEntry } from '../core/ports';
import { countHolds, describeCount, failedCriteria, nearMisses } from './journal-match';

const entry = (over: Partial<JournalEntry>): JournalEntry => ({
  id: 'e',
  at: '2026-01-01T00:00:00.000Z',
  messageId: 'm1',
  messageType: 'dkdn.chiTietDoanhNghiep',
  service: 'dkdn',
  from: '000.00.00.H30',
  channel: 'unified',
  body: { msdn: '0199990011' },
  ...over,
});

describe('journal matching', () => {
  it('lists each failed criterion in words', () => {
    const failed = failedCriteria(entry({}), {
      messageType: 'lltp.*',
      from: '000.00.00.H30',
      body: [{ path: 'msdn', equals: '1' }],
      since: '2026-02-01T00:00:00Z',
    });
    expect(failed).toEqual([
      'messageType: expected "lltp.*", got "dkdn.chiTietDoanhNghiep"',
      'since: received at 2026-01-01T00:00:00.000Z, before 2026-02-01T00:00:00Z',
      'body.msdn: expected to equal "1"',
    ]);
    expect(failedCriteria(entry({}), { messageType: 'dkdn.*', body: [{ path: '$.msdn', matches: '^01' }] })).toEqual([]);
  });

  it('ranks near misses by how few criteria they fail', () => {
    const far = entry({ id: 'far', messageType: 'x.y', from: 'other' });
    const close = entry({ id: 'close', from: 'other' });
    const hit = entry({ id: 'hit' });
    const misses = nearMisses([far, close, hit], { messageType: 'dkdn.chiTietDoanhNghiep', from: '000.00.00.H30' });
    expect(misses.map((m) => m.entry.id)).toEqual(['close', 'far']);
  });

  it('checks counts', () => {
    expect(countHolds(2, { eq: 2 })).toBe(true);
    expect(countHolds(2, { gte: 3 })).toBe(false);
    expect(countHolds(2, { gte: 1, lte: 2 })).toBe(true);
    expect(describeCount({ gte: 1, lte: 3 })).toBe('at least 1 and at most 3');
  });
});
