import { runMessageStoreContract } from '../../../test/support/message-store-contract';
import { FakeClock } from './fake-clock';
import { InMemoryJournal } from './in-memory-journal';
import { InMemoryMessageStore } from './in-memory-message-store';

runMessageStoreContract('InMemoryMessageStore', () => {
  let version = 0;
  const clock = new FakeClock('2026-01-15T09:00:00.000Z');
  const journal = new InMemoryJournal();
  const tokens = new Set<string>();
  const store = new InMemoryMessageStore({
    clock,
    journal,
    simVersion: () => (version === 0 ? '' : String(version)),
    tokenStands: (token) => tokens.has(token),
  });
  return {
    store,
    journal,
    clock,
    bumpVersion: () => Promise.resolve(String(++version)),
    issueToken: () => {
      const token = `token-${tokens.size + 1}`;
      tokens.add(token);
      return Promise.resolve(token);
    },
    revokeToken: (token: string) => Promise.resolve(void tokens.delete(token)),
  };
});
