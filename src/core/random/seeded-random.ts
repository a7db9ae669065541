/**
 * A small deterministic pseudo-random generator for the simulator.
 *
 * Why not `Math.random()`: `SIM_SEED` must make every generated identifier and random choice
 * repeatable, so reference data, dossier numbers and fault injection come out the same in every
 * run. The generator is sfc32 (four 32-bit words of state, fast, passes PractRand for far more
 * numbers than a simulator draws), seeded by hashing the seed's text, so a number and a string
 * seed are handled alike.
 *
 * `fork(label)` derives a new stream from the *seed* and the label, never from the parent's
 * current position: adding draws to one generator (say, a new field on citizens) does not shift
 * the numbers another generator (say, enterprises) sees.
 */
export class SeededRandom {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  /** The text the state was derived from; forks append their label to it. */
  readonly seedKey: string;

  constructor(seed: number | string) {
    if (typeof seed === 'number' && !Number.isFinite(seed)) {
      throw new RangeError(`SeededRandom seed must be a finite number or a string, got ${seed}`);
    }
    this.seedKey = String(seed);
    [this.a, this.b, this.c, this.d] = hashToState(this.seedKey);
    // The first outputs of sfc32 still echo the seed words; discard them.
    for (let i = 0; i < 15; i++) this.nextUint32();
  }

  /** An independent stream named `label`, derived from this generator's seed (not its position). */
  fork(label: string): SeededRandom {
    return new SeededRandom(`${this.seedKey}/${label}`);
  }

  /** A uniformly distributed float in [0, 1). */
  next(): number {
    return this.nextUint32() / 4294967296;
  }

  /** A uniformly distributed integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    if (!Number.isSafeInteger(min) || !Number.isSafeInteger(max) || min > max) {
      throw new RangeError(`int(min, max) needs integers with min <= max, got ${min}, ${max}`);
    }
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** One element of a non-empty array, each equally likely. */
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('pick() needs a non-empty array');
    return items[this.int(0, items.length - 1)];
  }

  /** One value of `[value, weight]` pairs, chosen with probability proportional to its weight. */
  weighted<T>(entries: ReadonlyArray<readonly [T, number]>): T {
    const total = entries.reduce((sum, [, weight]) => sum + Math.max(0, weight), 0);
    if (total <= 0) throw new RangeError('weighted() needs at least one positive weight');
    let roll = this.next() * total;
    for (const [value, weight] of entries) {
      roll -= Math.max(0, weight);
      if (roll < 0) return value;
    }
    return entries[entries.length - 1][0];
  }

  /** True with probability `p` (0 never, 1 always). */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** A shuffled copy of `items` (Fisher–Yates); the input is left as it was. */
  shuffle<T>(items: readonly T[]): T[] {
    const copy = items.slice();
    for (let i = copy.length - 1; i > 0; i--) {
      const j = this.int(0, i);
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy;
  }

  /** A string of `n` decimal digits; leading zeros are kept. */
  digits(n: number): string {
    if (!Number.isInteger(n) || n < 0) throw new RangeError(`digits(n) needs a whole n >= 0, got ${n}`);
    let out = '';
    for (let i = 0; i < n; i++) out += String(this.int(0, 9));
    return out;
  }

  /** An RFC 4122 version-4-shaped UUID whose random bits come from this stream. */
  uuid(): string {
    const bytes: number[] = [];
    for (let i = 0; i < 4; i++) {
      const word = this.nextUint32();
      bytes.push(word >>> 24, (word >>> 16) & 0xff, (word >>> 8) & 0xff, word & 0xff);
    }
    bytes[6] = (bytes[6] & 0x0f) | 0x40; // version 4
    bytes[8] = (bytes[8] & 0x3f) | 0x80; // variant 10xx
    const hex = bytes.map((byte) => byte.toString(16).padStart(2, '0')).join('');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  }

  /** One step of sfc32: a 32-bit counter keeps the period at least 2^32 for every seed. */
  private nextUint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }
}

/**
 * Four 32-bit state words from a text: four FNV-1a passes with different offsets, each finished
 * with an avalanche step so that seeds differing in one character give unrelated states.
 */
function hashToState(text: string): [number, number, number, number] {
  const offsets = [0x811c9dc5, 0x01000193, 0x9e3779b9, 0x85ebca6b];
  return offsets.map((offset, lane) => {
    let h = (offset ^ Math.imul(lane + 1, 0x27d4eb2d)) >>> 0;
    for (let i = 0; i < text.length; i++) {
      h ^= text.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    h ^= text.length;
    return avalanche(h);
  }) as [number, number, number, number];
}

/** The 32-bit finaliser of MurmurHash3 (fmix32): every input bit affects every output bit. */
function avalanche(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
