import type { StateStore } from '../../src/core/ports';
import { describeContract } from './contract-suite';

/**
 * The behaviour every StateStore has, run against the Redis store and the in-memory fake alike
 * (bull-board's shared adapter contract, Unleash's fake stores), so a test written on the fake
 * holds on Redis. `open` gives a fresh, empty store per test.
 */
export function runStateStoreContract(name: string, open: () => StateStore): void {
  describeContract(`${name} keeps the StateStore contract`, open, (test) => {
    test('answers undefined for a key never set, and a JSON copy of what was set', async (store) => {
      expect(await store.get('missing')).toBeUndefined();
      const value = { a: 1, list: ['x'], nested: { at: new Date('2026-01-15T00:00:00Z') } };
      await store.set('k', value);
      value.a = 2;
      expect(await store.get('k')).toEqual({ a: 1, list: ['x'], nested: { at: '2026-01-15T00:00:00.000Z' } });
    });

    test('set with onlyIfAbsent refuses an existing key and keeps its value', async (store) => {
      expect(await store.set('lock', 'first', { onlyIfAbsent: true })).toBe(true);
      expect(await store.set('lock', 'second', { onlyIfAbsent: true })).toBe(false);
      expect(await store.set('lock', 'third')).toBe(true);
      expect(await store.get('lock')).toBe('third');
    });

    test('getMany answers in the order asked, undefined where nothing is set; delete forgets a key', async (store) => {
      await store.set('a', 1);
      await store.set('c', 3);
      await store.delete('c');
      expect(await store.getMany(['c', 'a', 'b'])).toEqual([undefined, 1, undefined]);
      expect(await store.getMany([])).toEqual([]);
    });

    test('increment counts from zero, by any step, on top of a number that was set', async (store) => {
      expect(await store.increment('n')).toBe(1);
      expect(await store.increment('n', 5)).toBe(6);
      await store.set('m', 10);
      expect(await store.increment('m', -3)).toBe(7);
      expect(await store.get('m')).toBe(7);
    });

    test('a sorted index ranges and counts by score, inclusive, ties by member, pages and forgets', async (store) => {
      await store.addToIndex('byDay', 'b', 2);
      await store.addToIndex('byDay', 'a', 2);
      await store.addToIndex('byDay', 'c', 1);
      await store.addToIndex('byDay', 'd', 5);
      await store.addToIndex('byDay', 'c', 3); // moves c
      expect(await store.rangeByScore('byDay', 2, 3)).toEqual(['a', 'b', 'c']);
      expect(await store.rangeByScore('byDay', 0, 10, { offset: 1, limit: 2 })).toEqual(['b', 'c']);
      expect(await store.countByScore('byDay', 3, 5)).toBe(2);
      await store.removeFromIndex('byDay', 'a');
      expect(await store.rangeByScore('byDay', -Infinity, Infinity)).toEqual(['b', 'c', 'd']);
      expect(await store.rangeByScore('other', 0, 10)).toEqual([]);
    });

    test('clear wipes values, counters and indexes', async (store) => {
      await store.set('v', 1);
      await store.increment('n');
      await store.addToIndex('i', 'm', 1);
      await store.clear();
      expect(await store.getMany(['v', 'n'])).toEqual([undefined, undefined]);
      expect(await store.countByScore('i', 0, 10)).toBe(0);
    });
  });
}
