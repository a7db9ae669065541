import type { ScenarioStore, StoredRule } from '../../src/core/ports';

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
  describe(`${name} keeps the ScenarioStore contract`, () => {
    let store: ScenarioStore;
    beforeEach(() => {
      store = open();
    });

    it('numbers rules 1, 2, … and lists them in creation order with hits and what is left of a count', async () => {
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

    it('a counted rule gives out its uses once each; an uncounted or unknown rule gives none', async () => {
      await store.put([rule('twice', 1, { count: 2 }), rule('always', 2)]);
      expect([await store.claim('twice'), await store.claim('twice'), await store.claim('twice')]).toEqual([true, true, false]);
      expect(await store.claim('always')).toBe(false);
      expect(await store.claim('gone')).toBe(false);
      expect((await store.statuses())[0]).toMatchObject({ id: 'twice', remaining: 0 });
    });

    it('put replaces a rule with the same id and restarts its count and hits; putIfAbsent leaves it alone', async () => {
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

    it('remove answers how many rules existed; clear drops every rule', async () => {
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
  });
}
