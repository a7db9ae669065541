/**
 * Requests `verify provider` derives from an operation's contract: the example (and the schema's own
 * `examples`), valid variations (each optional member left out), and invalid ones (each required
 * member left out, each member of the wrong type or breaking its pattern, an unknown member, a body
 * that is not an object). Every variation is checked against the request schema and the operation's
 * own rules here first, so a "valid" one is valid and an "invalid" one is invalid.
 */
import type { OperationSpec } from '../core/adapter';
import type { SchemaRegistry } from '../core/schema-registry';

export interface DerivedRequest {
  name: string;
  valid: boolean;
  /** The example itself: must be answered with success. */
  primary?: boolean;
  body: unknown;
}

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => !!v && typeof v === 'object' && !Array.isArray(v);

function wrongType(schema: Json): unknown {
  const type: unknown = Array.isArray(schema.type) ? (schema.type as unknown[])[0] : schema.type;
  if (type === 'string') return 12345;
  if (type === 'number' || type === 'integer') return 'not-a-number';
  if (type === 'boolean') return 'yes';
  if (type === 'array' || type === 'object') return 'text';
  return undefined;
}

export function deriveRequests(op: OperationSpec, schemas: SchemaRegistry, limit = 20): DerivedRequest[] {
  const schema = schemas.get(op.requestSchema) as Json | undefined;
  const problems = (body: unknown): number => schemas.check(op.requestSchema, body).length + (op.check && isObject(body) ? op.check(body).length : 0);
  const out: DerivedRequest[] = [{ name: 'the example', valid: true, primary: true, body: op.example }];
  for (const [i, example] of ((schema?.examples as unknown[] | undefined) ?? []).entries())
    out.push({ name: `the schema's example ${i + 1}`, valid: true, body: example });
  const example = isObject(op.example) ? op.example : undefined;
  const properties = (schema?.properties ?? {}) as Record<string, Json>;
  const required = new Set((schema?.required as string[] | undefined) ?? []);
  const candidates: DerivedRequest[] = [];
  if (example) {
    for (const key of Object.keys(example)) {
      const { [key]: _dropped, ...rest } = example;
      candidates.push({ name: required.has(key) ? `without ${key} (required)` : `without ${key} (optional)`, valid: !required.has(key), body: rest });
    }
    for (const [key, member] of Object.entries(properties)) {
      if (!(key in example)) continue;
      const wrong = wrongType(member);
      if (wrong !== undefined)
        candidates.push({ name: `${key} of the wrong type (${JSON.stringify(wrong)})`, valid: false, body: { ...example, [key]: wrong } });
      if (typeof member.pattern === 'string')
        candidates.push({ name: `${key} breaking its pattern ${member.pattern}`, valid: false, body: { ...example, [key]: '!?' } });
    }
    if (schema?.additionalProperties === false)
      candidates.push({ name: 'an unknown member', valid: false, body: { ...example, memberNobodyDocumented: 1 } });
  }
  candidates.push({ name: 'a JSON array instead of an object', valid: false, body: [] });
  // Keep a variation only when the contract agrees with its label.
  for (const candidate of candidates) {
    if (out.length >= limit) break;
    if ((problems(candidate.body) === 0) === candidate.valid) out.push(candidate);
  }
  return out;
}
