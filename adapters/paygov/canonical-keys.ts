/**
 * C# clients bind JSON case-insensitively and some send `maDoiTac` for `MaDoiTac` (DOMAIN.md §1,
 * "Casing"). PayGov's native paths accept any casing by renaming keys to the schema's spelling;
 * keys the schema does not know are left for the schema to reject.
 */
interface SchemaShape {
  properties?: Record<string, SchemaShape>;
  items?: SchemaShape;
}

export function canonicalKeys(value: unknown, schema: SchemaShape): unknown {
  if (Array.isArray(value)) return schema.items ? value.map((item) => canonicalKeys(item, schema.items as SchemaShape)) : value;
  if (!value || typeof value !== 'object' || !schema.properties) return value;
  const byLower = new Map(Object.keys(schema.properties).map((name) => [name.toLowerCase(), name]));
  const out: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
    const name = byLower.get(key.toLowerCase()) ?? key;
    // The exact spelling wins when a body has both.
    if (name in out && key !== name) continue;
    out[name] = canonicalKeys(child, schema.properties[name] ?? {});
  }
  return out;
}
