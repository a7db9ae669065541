import { isDeepStrictEqual } from 'node:util';
import type { FieldViolation } from '../core/errors';

/** A condition on one body field: equal to a value, or text matching a regular expression. */
export interface BodyCondition {
  path: string;
  equals?: unknown;
  matches?: string;
}

/** `$.a.b[0].c`, `a.b[0].c` or `a["x-y"]` → the path's segments. Undefined when it cannot be read. */
export function pathSegments(path: string): (string | number)[] | undefined {
  const text = path.trim().replace(/^\$\.?/, '');
  const segments: (string | number)[] = [];
  const token = /\.?([A-Za-z_$][\w$-]*)|\[(\d+)\]|\["([^"]*)"\]/y;
  let consumed = 0;
  for (let m = token.exec(text); m; m = token.exec(text)) {
    segments.push(m[1] ?? (m[2] !== undefined ? Number(m[2]) : m[3]));
    consumed = token.lastIndex;
  }
  return consumed === text.length ? segments : undefined;
}

/** The value at `path` inside `value`, or undefined. */
export function valueAt(value: unknown, path: string): unknown {
  let current: unknown = value;
  for (const segment of pathSegments(path) ?? []) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[segment];
  }
  return current;
}

/** True when `value` is text matching the glob (`*` any run of characters), or equal to it. */
export function globMatches(pattern: string, value: string | undefined): boolean {
  if (value === undefined) return false;
  if (!pattern.includes('*')) return pattern === value;
  const source = pattern
    .split('*')
    .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${source}$`).test(value);
}

/** Checks conditions a schema cannot: readable paths, exactly one test each, regexes that compile. */
export function checkConditions(conditions: readonly BodyCondition[] | undefined, at: string): FieldViolation[] {
  const violations: FieldViolation[] = [];
  for (const [i, condition] of (conditions ?? []).entries()) {
    const here = `${at}[${i}]`;
    if (!pathSegments(condition.path))
      violations.push({ path: `${here}.path`, message: `${here}.path must be a JSON path like msdn, $.hoSo.soCMND or items[0].code` });
    const tests = Number(condition.equals !== undefined) + Number(condition.matches !== undefined);
    if (tests !== 1) violations.push({ path: here, message: `${here} must have exactly one of equals or matches` });
    if (condition.matches !== undefined) {
      try {
        new RegExp(condition.matches);
      } catch (error) {
        violations.push({ path: `${here}.matches`, message: `${here}.matches is not a valid regular expression: ${(error as Error).message}` });
      }
    }
  }
  return violations;
}

/** True when the body meets the condition. Regexes test the value's text (numbers included). */
export function conditionHolds(body: unknown, condition: BodyCondition): boolean {
  const value = valueAt(body, condition.path);
  if (condition.matches !== undefined) {
    if (value === undefined || value === null || typeof value === 'object') return false;
    return new RegExp(condition.matches).test(String(value));
  }
  return isDeepStrictEqual(value, condition.equals);
}
