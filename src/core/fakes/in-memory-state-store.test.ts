import { runStateStoreContract } from '../../../test/support/state-store-contract';
import { InMemoryStateStore } from './in-memory-state-store';

runStateStoreContract('InMemoryStateStore', () => new InMemoryStateStore());

describe('InMemoryStateStore expiry', () => {
  it('forgets a value once its TTL has passed on its clock, and onlyIfAbsent may then set it again', async () => {
    let now = 1_000_000;
    const store = new InMemoryStateStore(() => now);
    await store.set('session', 'open', { ttlSeconds: 60 });
    now += 59_999;
    expect(await store.get('session')).toBe('open');
    now += 1;
    expect(await store.get('session')).toBeUndefined();
    expect(await store.set('session', 'again', { onlyIfAbsent: true })).toBe(true);
  });
});
