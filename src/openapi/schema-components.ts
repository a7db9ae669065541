import type { SchemaRegistry } from '../core/schema-registry';
import { SCHEMA_ID_BASE } from '../schemas/load-schemas';
import type { RefObject, SchemaObject } from './openapi-types';

/**
 * The JSON Schemas of schemas/ as `components/schemas` of the OpenAPI document. OpenAPI 3.1 speaks
 * JSON Schema 2020-12, so each schema is embedded as it is, with three changes that keep the document
 * self-contained: `$id` and `$schema` are dropped (the document's dialect is 2020-12 already), every
 * `$ref` is rewritten to point inside the document, and `tsType` (a hint for the type generator) is
 * dropped. `x-wire-format` stays: it is a valid `x-` extension and tells people how values are written.
 */

/** `https://lgsp-sim.local/schemas/dkdn/chiTietDoanhNghiep.request.json` → `dkdn.chiTietDoanhNghiep.request`. */
export function componentName(schemaId: string): string {
  const local = schemaId.startsWith(SCHEMA_ID_BASE) ? schemaId.slice(SCHEMA_ID_BASE.length) : schemaId;
  return local
    .replace(/\.json$/, '')
    .replace(/\//g, '.')
    .replace(/[^A-Za-z0-9._-]/g, '_');
}

export function schemaRef(schemaId: string): RefObject {
  return { $ref: `#/components/schemas/${componentName(schemaId)}` };
}

const DROPPED = new Set(['$id', '$schema', 'tsType']);

/** Rewrites one `$ref` (relative to the schema's `$id`) to a pointer into the document. */
function rewriteRef(ref: string, baseId: string, known: ReadonlySet<string>): string {
  let absolute: string;
  try {
    absolute = new URL(ref, baseId).href;
  } catch {
    return ref;
  }
  const hash = absolute.indexOf('#');
  const id = hash < 0 ? absolute : absolute.slice(0, hash);
  const pointer = hash < 0 ? '' : absolute.slice(hash + 1);
  if (!known.has(id)) return ref;
  return `#/components/schemas/${componentName(id)}${pointer}`;
}

function rewrite(node: unknown, baseId: string, known: ReadonlySet<string>): unknown {
  if (Array.isArray(node)) return node.map((item) => rewrite(item, baseId, known));
  if (node === null || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    // Only keyword values (strings) are dropped; a property *named* $id or tsType is an object.
    if (DROPPED.has(key) && typeof value === 'string') continue;
    out[key] = key === '$ref' && typeof value === 'string' ? rewriteRef(value, baseId, known) : rewrite(value, baseId, known);
  }
  return out;
}

/** Every schema of the registry, keyed by component name. */
export function schemaComponents(schemas: SchemaRegistry): Record<string, SchemaObject> {
  const known = schemas.ids();
  const components: Record<string, SchemaObject> = {};
  for (const id of [...known].sort()) {
    const name = componentName(id);
    if (components[name]) throw new Error(`Two schemas map to the OpenAPI component name ${name}`);
    components[name] = rewrite(schemas.get(id), id, known) as SchemaObject;
  }
  return components;
}
