import { SeededRandom } from './seeded-random';

function draw(rng: SeededRandom, n: number): number[] {
  return Array.from({ length: n }, () => rng.next());
}

describe('SeededRandom', () => {
  it('repeats the same sequence for the same seed, number or string', () => {
    expect(draw(new SeededRandom(42), 20)).toEqual(draw(new SeededRandom(42), 20));
    expect(draw(new SeededRandom('abc'), 20)).toEqual(draw(new SeededRandom('abc'), 20));
    // A number seed is hashed through its text, so 42 and '42' are the same stream.
    expect(draw(new SeededRandom(42), 5)).toEqual(draw(new SeededRandom('42'), 5));
  });

  it('gives different sequences for neighbouring seeds', () => {
    expect(draw(new SeededRandom(1), 5)).not.toEqual(draw(new SeededRandom(2), 5));
    expect(draw(new SeededRandom('a'), 5)).not.toEqual(draw(new SeededRandom('b'), 5));
  });

  it('rejects a seed that is not a finite number', () => {
    expect(() => new SeededRandom(Number.NaN)).toThrow(RangeError);
  });

  it('keeps next() in [0, 1) and spreads it evenly', () => {
    const rng = new SeededRandom(7);
    const buckets = new Array<number>(10).fill(0);
    const values = draw(rng, 20000);
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    for (const x of values) buckets[Math.floor(x * 10)]++;
    for (const count of buckets) expect(Math.abs(count - 2000)).toBeLessThan(250);
  });

  it('int(min, max) stays within both bounds and reaches both', () => {
    const rng = new SeededRandom(3);
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i++) {
      const x = rng.int(-2, 3);
      expect(Number.isInteger(x)).toBe(true);
      seen.add(x);
    }
    expect([...seen].sort((p, q) => p - q)).toEqual([-2, -1, 0, 1, 2, 3]);
    expect(rng.int(5, 5)).toBe(5);
    expect(() => rng.int(3, 2)).toThrow(RangeError);
    expect(() => rng.int(0.5, 2)).toThrow(RangeError);
  });

  it('pick() returns members and refuses an empty array', () => {
    const rng = new SeededRandom(4);
    const items = ['a', 'b', 'c'];
    const seen = new Set<string>();
    for (let i = 0; i < 200; i++) seen.add(rng.pick(items));
    expect([...seen].sort()).toEqual(items);
    expect(() => rng.pick([])).toThrow(RangeError);
  });

  it('weighted() follows the weights and never picks a zero weight', () => {
    const rng = new SeededRandom(5);
    const counts = { a: 0, b: 0, never: 0 };
    for (let i = 0; i < 10000; i++)
      counts[
        rng.weighted([
          ['a', 3],
          ['b', 1],
          ['never', 0],
        ] as const)
      ]++;
    expect(counts.never).toBe(0);
    expect(counts.a / counts.b).toBeGreaterThan(2.5);
    expect(counts.a / counts.b).toBeLessThan(3.5);
    expect(() => rng.weighted([['x', 0]])).toThrow(RangeError);
  });

  it('chance(p) is never true at 0, always at 1, and near p in between', () => {
    const rng = new SeededRandom(6);
    let hits = 0;
    let wrong = 0;
    for (let i = 0; i < 10000; i++) {
      if (rng.chance(0) || !rng.chance(1)) wrong++;
      if (rng.chance(0.25)) hits++;
    }
    expect(wrong).toBe(0);
    expect(Math.abs(hits - 2500)).toBeLessThan(200);
  });

  it('shuffle() returns a permutation and leaves the input alone', () => {
    const rng = new SeededRandom(8);
    const input = Array.from({ length: 50 }, (_, i) => i);
    const shuffled = rng.shuffle(input);
    expect(input).toEqual(Array.from({ length: 50 }, (_, i) => i));
    expect(shuffled).not.toEqual(input);
    expect([...shuffled].sort((p, q) => p - q)).toEqual(input);
  });

  it('digits(n) gives exactly n decimal digits', () => {
    const rng = new SeededRandom(9);
    expect(rng.digits(0)).toBe('');
    for (let i = 0; i < 100; i++) expect(rng.digits(12)).toMatch(/^\d{12}$/);
    expect(() => rng.digits(-1)).toThrow(RangeError);
  });

  it('uuid() is shaped like a version 4 UUID and repeats with the seed', () => {
    const rng = new SeededRandom(10);
    const ids = Array.from({ length: 100 }, () => rng.uuid());
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(ids).size).toBe(100);
    expect(new SeededRandom(10).uuid()).toBe(ids[0]);
  });

  it('fork(label) depends on seed and label but not on how far the parent has drawn', () => {
    const fresh = new SeededRandom(11);
    const used = new SeededRandom(11);
    draw(used, 100);
    expect(draw(fresh.fork('citizens'), 10)).toEqual(draw(used.fork('citizens'), 10));
    expect(draw(fresh.fork('citizens'), 10)).not.toEqual(draw(fresh.fork('enterprises'), 10));
    expect(draw(fresh.fork('citizens'), 10)).not.toEqual(draw(new SeededRandom(12).fork('citizens'), 10));
    expect(draw(fresh.fork('citizens'), 10)).not.toEqual(draw(new SeededRandom(11), 10));
  });
});
