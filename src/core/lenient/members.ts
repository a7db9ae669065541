/**
 * Reading members of a wire object the way C# (Newtonsoft) backends bind them: by name, ignoring
 * case, with `null` as absent (DOMAIN.md §1, "Casing"). For the few translations that must read a
 * wire member before the body has any schema shape (a declaration inside a string); everything else
 * is left to the one normalisation step (lenient-body.ts), and what is read here is noted as a
 * coercion just the same. A body that is another contract than its message (LLTP v2) is not read
 * here but against its own schema (`wireSchema` on the route).
 */
import type { Coercion } from '../message';

/** True for a plain JSON object (not an array, not null). */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The member named `name` ignoring case (the exact spelling first), with the key it was found under. */
export function memberIgnoringCase(record: Record<string, unknown>, name: string): { key: string; value: unknown } | undefined {
  if (Object.hasOwn(record, name)) return { key: name, value: record[name] };
  const lower = name.toLowerCase();
  const key = Object.keys(record).find((k) => k.toLowerCase() === lower);
  return key === undefined ? undefined : { key, value: record[key] };
}

/**
 * The members `names` of a wire object under their documented spelling, `null` ones left out;
 * each respelling and each dropped `null` is noted at `path`. Members not named are not read.
 */
export function readMembers(value: unknown, names: Iterable<string>, path: string, notes: Coercion[]): Record<string, unknown> {
  if (!isPlainObject(value)) return {};
  const out: Record<string, unknown> = {};
  for (const name of names) {
    const found = memberIgnoringCase(value, name);
    if (!found) continue;
    const at = path ? `${path}.${name}` : name;
    if (found.value === null) {
      notes.push({ path: at, kind: 'null-dropped' });
      continue;
    }
    if (found.key !== name) notes.push({ path: at, kind: 'key-case', from: found.key, to: name });
    out[name] = found.value;
  }
  return out;
}
