import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { SCHEMA_ID_BASE } from '../core/schema-id';
import type { JsonSchema } from '../core/schema-registry';

export { SCHEMA_ID_BASE, schemaId } from '../core/schema-id';

/** Every `*.json` file below `dir`, sorted, with its path relative to `dir`. */
export function schemaFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (folder: string): void => {
    for (const name of readdirSync(folder).sort()) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.json')) out.push(relative(dir, path));
    }
  };
  walk(dir);
  return out;
}

/**
 * Reads every schema in schemas/. A schema's `$id` must be the base URL plus its path, so a file and
 * its id never disagree; a mismatch stops the start with the file's name.
 */
export function loadSchemas(dir: string): JsonSchema[] {
  return schemaFiles(dir).map((file) => {
    let schema: JsonSchema;
    try {
      schema = JSON.parse(readFileSync(join(dir, file), 'utf8')) as JsonSchema;
    } catch (error) {
      throw new Error(`schemas/${file} is not valid JSON: ${(error as Error).message}`, { cause: error });
    }
    const expected = SCHEMA_ID_BASE + file.split('\\').join('/');
    if (schema.$id !== expected) throw new Error(`schemas/${file} must have "$id": "${expected}", found "${String(schema.$id)}"`);
    return schema;
  });
}
