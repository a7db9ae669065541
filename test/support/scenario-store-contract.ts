import type { ScenarioStore, StoredRule } from '../../src/core/ports';
import { describeContract } from './contract-suite';

const rule = (id: string, seq: number, extra: Partial<StoredRule> = {}): StoredRule => ({
  id,
  seq,
  createdAt: '2026-01-15T08:00:00.000Z',
  match: { messageType: 'dkdn.*' },
  effect: { type: 'error', status: 503 },
  ...extra,
});

/**
 * The behaviour every ScenarioStore has, run against the Redis store and the in-memory fake alike.
 * `open` gives a fresh, empty store per test.
 */
export function runScenarioStoreContract(name: string, open: () => ScenarioStore): void {
  describeContract(`${name} keeps the ScenarioStore contract`, open, (test) => {
    test('numbers rules 1, 2, … and lists them in creation order with hits and what is left of a count', async (store) => {
      expect([await store.nextSeq(), await store.nextSeq()]).toEqual([1, 2]);
      await store.put([rule('b', 2, { count: 2 }), rule('a', 1)]);
      expect((await store.all()).map((r) => r.id)).toEqual(['a', 'b']);
      expect(await store.statuses()).toEqual([
        { ...rule('a', 1), hits: 0 },
        { ...rule('b', 2, { count: 2 }), hits: 0, remaining: 2 },
      ]);
      await store.recordHit('a');
      await store.recordHit('a');
      expect((await store.statuses()).map((r) => r.hits)).toEqual([2, 0]);
    });

    test('a counted rule gives out its uses once each; an uncounted or unknown rule gives none', async (store) => {
      await store.put([rule('twice', 1, { count: 2 }), rule('always', 2)]);
      expect([await store.claim('twice'), await store.claim('twice'), await store.claim('twice')]).toEqual([true, true, false]);
      expect(await store.claim('always')).toBe(false);
      expect(await store.claim('gone')).toBe(false);
      expect((await store.statuses())[0]).toMatchObject({ id: 'twice', remaining: 0 });
    });

    test('put replaces a rule with the same id and restarts its count and hits; putIfAbsent leaves it alone', async (store) => {
      await store.put([rule('r', 1, { count: 1 })]);
      await store.claim('r');
      await store.recordHit('r');
      await store.put([rule('r', 3, { count: 5, effect: { type: 'drop' } })]);
      expect(await store.statuses()).toEqual([{ ...rule('r', 3, { count: 5, effect: { type: 'drop' } }), hits: 0, remaining: 5 }]);
      expect(await store.putIfAbsent(rule('r', 4))).toBe(false);
      expect(await store.putIfAbsent(rule('s', 5, { count: 1 }))).toBe(true);
      expect((await store.statuses()).map((r) => [r.id, r.seq, r.remaining])).toEqual([
        ['r', 3, 5],
        ['s', 5, 1],
      ]);
    });

    test('remove answers how many rules existed; clear drops every rule', async (store) => {
      await store.put([rule('a', 1, { count: 1 }), rule('b', 2), rule('c', 3)]);
      await store.recordHit('a');
      expect(await store.remove(['a', 'nope'])).toBe(1);
      expect(await store.remove([])).toBe(0);
      expect((await store.all()).map((r) => r.id)).toEqual(['b', 'c']);
      expect(await store.claim('a')).toBe(false);
      await store.put([rule('a', 4)]);
      expect((await store.statuses()).find((r) => r.id === 'a')).toEqual({ ...rule('a', 4), hits: 0 });
      await store.clear();
      expect(await store.all()).toEqual([]);
      expect(await store.statuses()).toEqual([]);
    });

    test('clear keeps numbering rules on; with restartSeq (a simulation reset) the next rule is 1 again', async (store) => {
      expect(await store.nextSeq()).toBe(1);
      await store.put([rule('a', 1)]);
      await store.clear();
      expect(await store.nextSeq()).toBe(2);
      await store.clear({ restartSeq: true });
      expect(await store.all()).toEqual([]);
      expect(await store.nextSeq()).toBe(1);
    });
  });
}
