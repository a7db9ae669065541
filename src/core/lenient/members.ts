/**
 * Finding members of a wire object the way C# (Newtonsoft) backends bind them: by name, ignoring
 * case (DOMAIN.md §1, "Casing"). For the few translations that must find a wire member before the
 * body has any schema shape; reading values leniently, and noting what was forgiven, is the one
 * normalisation step's (lenient-body.ts). A body that is another contract than its message (LLTP
 * v2) is read against its own schema (`wireSchema` on the route).
 */

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
