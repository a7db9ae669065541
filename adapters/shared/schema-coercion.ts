/**
 * Edge tolerance for what C# and Java agency clients really send (DOMAIN.md §1): Newtonsoft binds
 * JSON keys case-insensitively and many clients post numeric codes as strings ("2", "-1"). A native
 * route runs the body through `coerceToSchema` before the pipeline, so the typed message and its
 * schema stay strict while the wire stays forgiving. Nothing is guessed: a key is renamed only when it
 * matches a declared property ignoring case, and a string becomes a number only when it is all digits.
 */

/** The subset of JSON Schema this walker reads. */
export interface CoercibleSchema {
  type?: string | string[];
  properties?: Record<string, CoercibleSchema>;
  items?: CoercibleSchema;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const hasType = (schema: CoercibleSchema, type: string): boolean =>
  Array.isArray(schema.type) ? schema.type.includes(type) : schema.type === type;

/**
 * Returns a copy of `value` with keys renamed to the schema's spelling, numeric strings turned into
 * numbers where the schema wants an integer or number, and empty strings dropped for numeric fields
 * (PASETO leaves unused codes empty), so a required one is reported as missing rather than
 * mistyped. Values of the wrong shape are left as they are, for the schema to name.
 */
export function coerceToSchema(value: unknown, schema: CoercibleSchema): unknown {
  if ((hasType(schema, 'integer') || hasType(schema, 'number')) && typeof value === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(value)) {
    return Number(value);
  }
  if (hasType(schema, 'string') && typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (Array.isArray(value) && schema.items) return value.map((item) => coerceToSchema(item, schema.items as CoercibleSchema));
  if (!isRecord(value) || !schema.properties) return value;
  const declared = new Map(Object.keys(schema.properties).map((name) => [name.toLowerCase(), name]));
  const out: Record<string, unknown> = {};
  for (const [key, raw] of Object.entries(value)) {
    const name = declared.get(key.toLowerCase()) ?? key;
    const child = schema.properties[name];
    if (!child) {
      out[name] = raw;
      continue;
    }
    const numeric = hasType(child, 'integer') || hasType(child, 'number');
    // An empty code is an absent one: optional ones vanish, required ones are reported as missing.
    if (numeric && (raw === '' || raw === null)) continue;
    // An exact-case key wins over a differently cased duplicate.
    if (name in out && key !== name) continue;
    out[name] = coerceToSchema(raw, child);
  }
  return out;
}

/** Looks a key up ignoring case (for edge translations that rename before coercion). */
export function takeKey(record: Record<string, unknown>, name: string): { key: string; value: unknown } | undefined {
  const lower = name.toLowerCase();
  const key = Object.keys(record).find((k) => k.toLowerCase() === lower);
  return key === undefined ? undefined : { key, value: record[key] };
}
