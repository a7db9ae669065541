/**
 * `${…}` in suite values: `${name}` (a var or a saved value), `${steps.login.body.access_token}`,
 * `${env.NAME}`, and the built-ins `${runId}`, `${uuid}` (fresh each time), `${callbackUrl}`,
 * `${baseUrl}`, `${now}` (real time, ISO). A string that is only one `${…}` takes the value's own type
 * (a number stays a number); inside longer text the value is written as text.
 */
import { randomUUID } from 'node:crypto';

export class InterpolationError extends Error {}

const WHOLE = /^\$\{([^}]+)\}$/;
const ANY = /\$\{([^}]+)\}/g;

function lookup(scope: Record<string, unknown>, expression: string): unknown {
  const name = expression.trim();
  if (name === 'uuid') return randomUUID();
  if (name === 'now') return new Date().toISOString();
  let current: unknown = scope;
  for (const part of name.split(/\.|\[(\d+)\]/).filter((p) => p !== undefined && p !== '')) {
    if (current === null || typeof current !== 'object' || !(part in (current as Record<string, unknown>))) {
      throw new InterpolationError(
        `\${${name}} is not defined (known: ${Object.keys(scope)
          .filter((k) => k !== 'env')
          .join(', ')})`,
      );
    }
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}

export function interpolate<T>(value: T, scope: Record<string, unknown>): T {
  if (typeof value === 'string') {
    const whole = WHOLE.exec(value);
    if (whole) return lookup(scope, whole[1]) as T;
    return value.replace(ANY, (_all, expression: string) => {
      const found = lookup(scope, expression);
      return typeof found === 'string' ? found : JSON.stringify(found);
    }) as T;
  }
  if (Array.isArray(value)) return (value as unknown[]).map((item) => interpolate(item, scope)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [interpolate(k, scope), interpolate(v, scope)])) as T;
  }
  return value;
}
