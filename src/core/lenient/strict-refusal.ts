import { ValidationError } from '../errors';
import type { Coercion } from '../message';

const show = (value: unknown): string => (value === undefined ? '' : JSON.stringify(value));

/** A sentence per coercion, as a strict backend would refuse it. */
export function describeCoercion(c: Coercion): string {
  const at = `body.${c.path}`;
  switch (c.kind) {
    case 'null-dropped':
      return `${at} is null; leave the member out instead`;
    case 'unknown-dropped':
      return `${at} is not a member of this request`;
    case 'duplicate-dropped':
      return `${at} repeats a member in another casing`;
    case 'empty-dropped':
      return `${at} is an empty string where a value is expected; leave it out instead`;
    case 'whitespace-trimmed':
      return `${at} must not carry spaces around it: send ${show(c.to)}, not ${show(c.from)}`;
    case 'key-case': {
      // Named as sent: `body.data.NKSHoTen must be spelled nksHoTen`.
      const sent = `body.${c.path.slice(0, c.path.length - String(c.to).length)}${String(c.from)}`;
      return `${sent} must be spelled ${String(c.to)}`;
    }
    case 'number-to-string':
      return `${at} must be a string: send ${show(c.to)}, not the number ${show(c.from)}`;
    case 'string-to-number':
      return `${at} must be a number: send ${show(c.to)}, not the string ${show(c.from)}`;
    case 'zero-padded':
      return `${at} must be written with its leading zeros: send ${show(c.to)}, not ${show(c.from)}`;
  }
}

/**
 * The refusal of a strict client's request that needed leniency: one violation per coercion that
 * would have been applied, rendered by the backend in its own error envelope.
 */
export class StrictModeError extends ValidationError {}

export function strictRefusal(coercions: readonly Coercion[]): StrictModeError {
  const errors = coercions.map((c) => ({ path: `body.${c.path}`, message: `${describeCoercion(c)} (strict mode: ${c.kind})` }));
  return new StrictModeError(`Strict mode: ${errors.map((e) => e.message).join('; ')}`, errors);
}

/** Is the request strict: a strict client, or `X-Sim-Strict: true` (a header cannot loosen a strict client)? */
export function isStrict(clientStrict: boolean | undefined, header: string | undefined): boolean {
  return clientStrict === true || /^\s*(true|1|yes)\s*$/i.test(header ?? '');
}
