/**
 * Matchers of suite assertions: a plain value must equal; an object with one matcher key (equals,
 * regex, type, oneOf, present, absent, contains, length, gt, gte, lt, lte) says how. Each check
 * answers with what was expected, in words, when it fails.
 */
import { isDeepStrictEqual } from 'node:util';

export const MATCHER_KEYS = ['equals', 'regex', 'type', 'oneOf', 'present', 'absent', 'contains', 'length', 'gt', 'gte', 'lt', 'lte'] as const;
type MatcherKey = (typeof MATCHER_KEYS)[number];
export type MatcherObject = Partial<Record<MatcherKey, unknown>>;

/** A failed match: what was wanted, in words. */
export interface Mismatch {
  expected: string;
}

export function isMatcherObject(value: unknown): value is MatcherObject {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return keys.length > 0 && keys.every((k) => (MATCHER_KEYS as readonly string[]).includes(k));
}

function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++)
      next[j] = Math.min((row[j] ?? 0) + 1, (next[j - 1] ?? 0) + 1, (row[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length] ?? 0;
}

/**
 * Why an expected value looks like a matcher written wrong: matcher keys beside other keys, or a lone
 * key one or two letters from a matcher (`regx`). Such an object would be compared as a plain value
 * and fail with a puzzling message, or pass on a body that happens to hold it.
 */
export function matcherProblem(value: unknown): string | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const keys = Object.keys(value);
  const known = keys.filter((k) => (MATCHER_KEYS as readonly string[]).includes(k));
  const other = keys.filter((k) => !known.includes(k));
  if (known.length && other.length)
    return `mixes matchers (${known.join(', ')}) with other keys (${other.join(', ')}); matchers are ${MATCHER_KEYS.join(', ')}`;
  const [only] = other;
  if (keys.length !== 1 || only === undefined || only.length < 4) return undefined;
  const near = MATCHER_KEYS.find((m) => distance(only.toLowerCase(), m.toLowerCase()) <= 2);
  return near ? `${only} is not a matcher: did you mean ${near}? (to compare with an object holding ${only}, write { equals: … })` : undefined;
}

export function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

export function show(value: unknown): string {
  if (value === undefined) return '(nothing)';
  const text = JSON.stringify(value);
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}

function one(key: MatcherKey, want: unknown, present: boolean, value: unknown): Mismatch | undefined {
  switch (key) {
    case 'present':
      return present === Boolean(want) ? undefined : { expected: want ? 'a value' : 'nothing' };
    case 'absent':
      return present === !want ? undefined : { expected: want ? 'nothing' : 'a value' };
    case 'equals':
      return isDeepStrictEqual(value, want) ? undefined : { expected: show(want) };
    case 'oneOf':
      return (want as unknown[]).some((w) => isDeepStrictEqual(value, w)) ? undefined : { expected: `one of ${show(want)}` };
    case 'type': {
      const actual = jsonType(value);
      const ok = present && (actual === want || (want === 'number' && actual === 'integer'));
      return ok ? undefined : { expected: `a value of type ${String(want)}` };
    }
    case 'regex':
      return present && value !== null && typeof value !== 'object' && new RegExp(String(want)).test(String(value))
        ? undefined
        : { expected: `text matching /${String(want)}/` };
    case 'contains':
      if (Array.isArray(value))
        return value.some((v) => isDeepStrictEqual(v, want) || String(v) === want) ? undefined : { expected: `an array containing ${show(want)}` };
      return typeof value === 'string' && value.includes(String(want)) ? undefined : { expected: `text containing ${show(want)}` };
    case 'length': {
      const length = typeof value === 'string' || Array.isArray(value) ? value.length : undefined;
      return length === want ? undefined : { expected: `length ${String(want)}` };
    }
    default: {
      const bound = Number(want);
      const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
      const ok = !Number.isNaN(n) && (key === 'gt' ? n > bound : key === 'gte' ? n >= bound : key === 'lt' ? n < bound : n <= bound);
      const words = { gt: 'greater than', gte: 'at least', lt: 'less than', lte: 'at most' }[key];
      return ok ? undefined : { expected: `a number ${words} ${bound}` };
    }
  }
}

/** Checks a value found (or not) at a path against a matcher or a plain expected value. */
export function match(matcher: unknown, found: { present: boolean; value: unknown }): Mismatch | undefined {
  if (!isMatcherObject(matcher)) return one('equals', matcher, found.present, found.value);
  for (const [key, want] of Object.entries(matcher)) {
    const miss = one(key as MatcherKey, want, found.present, found.value);
    if (miss) return miss;
  }
  return undefined;
}
