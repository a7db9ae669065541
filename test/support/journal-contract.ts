import type { Journal, JournalEntry } from '../../src/core/ports';

export const entry = (n: number, service = 'svc'): JournalEntry => ({
  id: `e${n}`,
  at: new Date(Date.UTC(2026, 0, 15, 8, 0, n)).toISOString(),
  messageId: `m${n}`,
  messageType: `${service}.op`,
  service,
  from: '000.00.00.H30',
  channel: 'unified',
  body: { n },
});

/**
 * The behaviour every Journal has, run against the Redis journal and the in-memory fake alike.
 * `open(maxEntries)` gives a fresh, empty journal with that cap per test.
 */
export function runJournalContract(name: string, open: (maxEntries: number) => Journal): void {
  describe(`${name} keeps the Journal contract`, () => {
    it('lists what it recorded, newest first, as JSON copies, at most `limit`', async () => {
      const journal = open(10);
      expect(await journal.list()).toEqual([]);
      const first = { ...entry(1), body: { at: new Date(0), list: [1] }, correlationId: 'c-1', nativePath: '/x', channel: 'native' as const };
      await journal.record(first);
      await journal.record(entry(2));
      await journal.record(entry(3));
      expect((await journal.list()).map((e) => e.id)).toEqual(['e3', 'e2', 'e1']);
      expect((await journal.list(2)).map((e) => e.id)).toEqual(['e3', 'e2']);
      expect((await journal.list())[2]).toEqual({ ...first, body: { at: '1970-01-01T00:00:00.000Z', list: [1] } });
    });

    it('keeps only the newest `maxEntries` entries', async () => {
      const journal = open(3);
      for (let n = 1; n <= 5; n++) await journal.record(entry(n));
      expect((await journal.list()).map((e) => e.id)).toEqual(['e5', 'e4', 'e3']);
    });

    it('clear drops the entries of one service, keeping the rest in order, or everything', async () => {
      const journal = open(10);
      await journal.record(entry(1, 'one'));
      await journal.record(entry(2, 'two'));
      await journal.record(entry(3, 'one'));
      await journal.record(entry(4, 'two'));
      await journal.clear('one');
      expect((await journal.list()).map((e) => e.id)).toEqual(['e4', 'e2']);
      await journal.clear('nobody');
      expect((await journal.list()).map((e) => e.id)).toEqual(['e4', 'e2']);
      await journal.clear();
      expect(await journal.list()).toEqual([]);
      await journal.record(entry(5));
      expect((await journal.list()).map((e) => e.id)).toEqual(['e5']);
    });
  });
}
