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

/** Why a name stopped resolving at `part` of `level`, for the message. */
function missing(level: unknown, part: string, prefix: string): string {
  if (!prefix)
    return `known: ${Object.keys(level as object)
      .filter((k) => k !== 'env')
      .join(', ')}`;
  if (level === null || typeof level !== 'object') return `${prefix} is ${level === null ? 'null' : `not an object`}`;
  const keys = Object.keys(level);
  return `${prefix} has no ${part}; ${keys.length ? `it has ${keys.join(', ')}` : 'it is empty'}`;
}

function lookup(scope: Record<string, unknown>, expression: string): unknown {
  const name = expression.trim();
  if (name === 'uuid') return randomUUID();
  if (name === 'now') return new Date().toISOString();
  const parts = name.split(/\.|\[(\d+)\]/).filter((p) => p !== undefined && p !== '');
  let current: unknown = scope;
  for (const [index, part] of parts.entries()) {
    if (current === null || typeof current !== 'object' || !(part in (current as Record<string, unknown>))) {
      if (index === 1 && parts[0] === 'env') throw new InterpolationError(`\${${name}} is not defined (the environment variable ${part} is not set)`);
      throw new InterpolationError(`\${${name}} is not defined (${missing(current, part, parts.slice(0, index).join('.'))})`);
    }
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}

/** Why a text's `${…}` cannot work (one never closed, or an empty one); undefined when they can. */
export function expressionProblem(text: string): string | undefined {
  for (let at = text.indexOf('${'); at >= 0; at = text.indexOf('${', at + 2)) {
    const end = text.indexOf('}', at);
    if (end < 0) return `"${text.slice(at, at + 40)}" opens \${ and never closes it (write \${name})`;
    if (text.slice(at + 2, end).trim() === '') return 'an empty ${} names nothing (write ${name})';
  }
  return undefined;
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
