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

describe('InMemoryStateStore contents', () => {
  it('lists the live values with their expiry and the indexes, and a copy a later write does not change', async () => {
    let now = 1_000_000;
    const store = new InMemoryStateStore(() => now);
    await store.set('kept', { a: 1 });
    await store.set('short', 'x', { ttlSeconds: 1 });
    await store.set('session', 'open', { ttlSeconds: 60 });
    await store.addToIndex('by-day', 'm1', 5);
    now += 1_000;
    const contents = store.contents();
    expect(contents).toEqual({
      values: { kept: { json: '{"a":1}' }, session: { json: '"open"', expiresAt: 1_060_000 } },
      indexes: { 'by-day': { m1: 5 } },
    });
    await store.increment('count');
    await store.addToIndex('by-day', 'm2', 6);
    expect(store.contents()).not.toEqual(contents);
    expect(contents.indexes['by-day']).toEqual({ m1: 5 });
  });

  it('counts every write, one that changes nothing too, and no read', async () => {
    const store = new InMemoryStateStore();
    await store.set('k', 1);
    await store.set('k', 1);
    await store.set('k', 2, { onlyIfAbsent: true });
    await store.get('k');
    await store.rangeByScore('i', 0, 10);
    expect(store.writes).toBe(3);
  });
});
