import { InMemoryJournal } from '../core/fakes/in-memory-journal';
import { entry } from '../../test/support/journal-contract';
import { JournalSearch } from './journal-search';

describe('JournalSearch over the journal port', () => {
  const journal = new InMemoryJournal(10);
  const search = new JournalSearch(journal);
  beforeAll(async () => {
    await journal.record(entry(1, 'dkdn'));
    await journal.record(entry(2, 'lltp'));
    await journal.record({ ...entry(3, 'dkdn'), correlationId: 'c-3' });
  });

  it('finds entries meeting every criterion, newest first, with the total beyond the limit', async () => {
    expect(await search.find({ service: 'dkdn' }, 1)).toEqual({ entries: [{ ...entry(3, 'dkdn'), correlationId: 'c-3' }], total: 2 });
    expect((await search.find({ messageType: '*.op', body: [{ path: 'n', equals: 2 }] })).entries.map((e) => e.id)).toEqual(['e2']);
  });

  it('verifies a count, and names the closest misses when it does not hold', async () => {
    expect(await search.verify({ service: 'dkdn' }, { eq: 2 })).toEqual({ holds: true, matched: 2, expected: { eq: 2 }, nearMisses: [] });
    const missed = await search.verify({ service: 'dkdn', correlationId: 'c-9' });
    expect(missed).toMatchObject({ holds: false, matched: 0, expected: { gte: 1 } });
    expect(missed.nearMisses.map((m) => [m.entry.id, m.failed])).toEqual([
      ['e3', ['correlationId: expected "c-9", got "c-3"']],
      ['e1', ['correlationId: expected "c-9", got null']],
      ['e2', ['service: expected "dkdn", got "lltp"', 'correlationId: expected "c-9", got null']],
    ]);
  });
});
