/**
 * Normalises what agency systems put on the wire before it becomes a typed message body. C#
 * (Newtonsoft) clients bind JSON case-insensitively and serialise unset properties as `null`, so a
 * body may say `MaDonVi` or `"meSoDDCN": null`; the simulator reads both the way the real backend
 * does (DOMAIN.md §1, "Casing").
 */

/** A lookup from lower-cased key to the documented spelling. */
export function keyCasing(keys: Iterable<string>): ReadonlyMap<string, string> {
  return new Map([...keys].map((k) => [k.toLowerCase(), k]));
}

/**
 * A copy of `value` with keys respelled as documented and `null` members dropped. Unknown keys keep
 * their spelling. Only the top level is rewritten; nested objects are returned as they are.
 */
export function normaliseKeys(value: Record<string, unknown>, casing: ReadonlyMap<string, string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, member] of Object.entries(value)) {
    if (member === null) continue;
    out[casing.get(key.toLowerCase()) ?? key] = member;
  }
  return out;
}

/** True for a plain JSON object (not an array, not null). */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
