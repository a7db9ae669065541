/**
 * Checks bodies against JSON Schemas for suite assertions: a message type names its response schema
 * from schemas/ (the same files the simulator validates with); an inline schema may `$ref` them.
 */
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { join } from 'node:path';
import { describeAjvError } from '../core/validation-messages';
import { loadSchemas, SCHEMA_ID_BASE } from '../schemas/load-schemas';
import { projectRoot } from '../project-root';

export class SchemaChecker {
  private readonly ajv: Ajv2020;
  private readonly cache = new Map<string, ValidateFunction>();

  constructor() {
    this.ajv = new Ajv2020({ allErrors: true, strict: false, allowUnionTypes: true });
    addFormats(this.ajv);
    for (const schema of loadSchemas(join(projectRoot(), 'schemas'))) this.ajv.addSchema(schema);
  }

  /** `hotich.dangKyHoTich` → its response schema; a path below schemas/ or a full `$id` as given. */
  private resolve(ref: string): ValidateFunction {
    const id = ref.startsWith('http')
      ? ref
      : ref.endsWith('.json')
        ? SCHEMA_ID_BASE + ref
        : `${SCHEMA_ID_BASE}${ref.replace('.', '/')}${ref.endsWith('.response') || ref.endsWith('.request') ? '' : '.response'}.json`;
    const validate = this.ajv.getSchema(id);
    if (!validate) throw new Error(`no schema ${ref} (looked for ${id})`);
    return validate;
  }

  /** Why a named schema cannot be used (there is none of that name); undefined when it can. */
  unknown(ref: string): string | undefined {
    try {
      this.resolve(ref);
      return undefined;
    } catch (error) {
      return (error as Error).message;
    }
  }

  /** Problems of `value` against the schema, each "path: sentence"; empty when it fits. */
  check(schema: Record<string, unknown> | string, value: unknown): string[] {
    let validate: ValidateFunction;
    if (typeof schema === 'string') validate = this.resolve(schema);
    else {
      const key = JSON.stringify(schema);
      validate = this.cache.get(key) ?? this.ajv.compile(schema);
      this.cache.set(key, validate);
    }
    if (validate(value)) return [];
    return (validate.errors ?? []).slice(0, 10).map((e) => {
      const v = describeAjvError(e, '$');
      return v.message.startsWith(v.path) ? v.message : `${v.path}: ${v.message}`;
    });
  }
}
