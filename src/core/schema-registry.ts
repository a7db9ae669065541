import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { ValidationError, type FieldViolation } from './errors';
import { describeAjvError } from './validation-messages';

export type JsonSchema = Record<string, unknown> & { $id: string };

/**
 * One ajv instance holding every schema of schemas/. Each is compiled the first time a value is
 * checked against it, not at start: a simulator (or a test) uses a few of its ~90 schemas, and
 * compiling all of them was most of the time an app took to build. `compileAll` compiles every one
 * (the unit test does, so a schema that does not compile fails the suite, not a request).
 * Validation answers with every violation, each with its JSON path and a sentence a person understands.
 */
export class SchemaRegistry {
  private readonly ajv: Ajv2020;
  private readonly validators = new Map<string, ValidateFunction>();
  private readonly schemas = new Map<string, JsonSchema>();

  constructor(schemas: readonly JsonSchema[]) {
    this.ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true, verbose: true });
    addFormats(this.ajv);
    // Keywords used only for documentation and code generation.
    this.ajv.addKeyword({ keyword: 'tsType' });
    this.ajv.addKeyword({ keyword: 'x-wire-format' });
    // Widths a code is written with; the lenient native doors pad shorter digit strings to them.
    this.ajv.addKeyword({ keyword: 'x-lenient-pad' });
    // A signed field, read byte for byte: the doors neither trim nor pad it (PayGov's MaXacThuc fields).
    this.ajv.addKeyword({ keyword: 'x-lenient-verbatim' });
    for (const schema of schemas) {
      this.schemas.set(schema.$id, schema);
      this.ajv.addSchema(schema);
    }
  }

  /** Compiles every schema now (a schema that does not compile throws, naming it). */
  compileAll(): void {
    for (const id of this.schemas.keys()) this.validator(id);
  }

  ids(): ReadonlySet<string> {
    return new Set(this.schemas.keys());
  }

  get(id: string): JsonSchema | undefined {
    return this.schemas.get(id);
  }

  /** Returns the violations (empty when valid), paths rooted at `root`. */
  check(id: string, value: unknown, root = ''): FieldViolation[] {
    const validate = this.validator(id);
    if (validate(value)) return [];
    return (validate.errors ?? []).map((error: ErrorObject) => describeAjvError(error, root));
  }

  private validator(id: string): ValidateFunction {
    const known = this.validators.get(id);
    if (known) return known;
    if (!this.schemas.has(id)) throw new Error(`No schema ${id}`);
    const validate = this.ajv.getSchema(id);
    if (!validate) throw new Error(`Schema ${id} did not compile`);
    this.validators.set(id, validate);
    return validate;
  }

  /** Throws a ValidationError listing every violation. */
  assert(id: string, value: unknown, root = ''): void {
    const errors = this.check(id, value, root);
    if (errors.length > 0) {
      const noun = errors.length === 1 ? 'problem' : 'problems';
      throw new ValidationError(`${errors.length} ${noun}: ${errors.map((e) => e.message).join('; ')}`, errors);
    }
  }
}
