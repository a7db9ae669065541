import { isDeepStrictEqual } from 'node:util';
import { setFlagsFromString } from 'node:v8';
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

/**
 * True when `value` is text matching the glob (`*` any run of characters), or equal to it. Walks both
 * strings once, going back only to the last star: at most pattern × value steps. (A regex of the glob
 * backtracks through every way to split the value among its stars: a hundred stars and an `X` held
 * the process for over a minute on a message type of twenty letters.)
 */
export function globMatches(pattern: string, value: string | undefined): boolean {
  if (value === undefined) return false;
  if (!pattern.includes('*')) return pattern === value;
  let p = 0;
  let v = 0;
  let star = -1; // the last star seen, and where in the value its run ends so far
  let starEnd = 0;
  while (v < value.length) {
    if (p < pattern.length && pattern[p] === '*') {
      star = p++;
      starEnd = v;
    } else if (p < pattern.length && pattern[p] === value[v]) {
      p++;
      v++;
    } else if (star >= 0) {
      p = star + 1;
      v = ++starEnd;
    } else {
      return false;
    }
  }
  while (pattern[p] === '*') p++;
  return p === pattern.length;
}

// V8 runs a regex given the `l` flag on its linear-time engine, once this flag is on. The patterns of
// rules and verifications run against the bodies clients send; on the backtracking engine `^(a+)+$`
// and a body of forty a's and a `!` hold the event loop, and every request with it, for minutes.
setFlagsFromString('--enable-experimental-regexp-engine');

/** How a condition's `matches` is run: in time linear in the text, or not at all (throws a SyntaxError). */
function linearRegExp(source: string): RegExp {
  // eslint-disable-next-line no-invalid-regexp -- `l` is V8's linear-engine flag, recognised once the flag above is on
  return new RegExp(source, 'l');
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
        try {
          linearRegExp(condition.matches);
        } catch {
          violations.push({
            path: `${here}.matches`,
            message: `${here}.matches cannot be run in linear time: leave out backreferences and lookarounds, and repeat at most 16 times with {n}`,
          });
        }
      } catch (error) {
        violations.push({ path: `${here}.matches`, message: `${here}.matches is not a valid regular expression: ${(error as Error).message}` });
      }
    }
  }
  return violations;
}

/**
 * True when the body meets the condition. Regexes test the value's text (numbers included); one the
 * linear engine cannot run (a rule stored before checkConditions refused such) matches nothing.
 */
export function conditionHolds(body: unknown, condition: BodyCondition): boolean {
  const value = valueAt(body, condition.path);
  if (condition.matches !== undefined) {
    if (value === undefined || value === null || typeof value === 'object') return false;
    let regex: RegExp;
    try {
      regex = linearRegExp(condition.matches);
    } catch {
      return false;
    }
    return regex.test(String(value));
  }
  return isDeepStrictEqual(value, condition.equals);
}
