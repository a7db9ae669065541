/**
 * Generates TypeScript types from schemas/ into src/generated/schema-types.ts, the one place types of
 * messages come from. `--check` fails (exit 1) when the committed file is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compile } from 'json-schema-to-typescript';
import { projectRoot } from '../src/project-root';
import { loadSchemas, SCHEMA_ID_BASE } from '../src/schemas/load-schemas';
import { operationSchemaFiles } from './operation-schemas';

const OUTPUT = 'src/generated/schema-types.ts';

/**
 * Replaces each `$ref` to another schema file (by `$id`, as ajv resolves it) with that schema's type
 * name, so a shared schema is declared once, where its own file is compiled.
 */
function referencesByName(node: unknown, titles: ReadonlyMap<string, string>): unknown {
  if (Array.isArray(node)) return node.map((item) => referencesByName(item, titles));
  if (!node || typeof node !== 'object') return node;
  const record = node as Record<string, unknown>;
  const ref = record.$ref;
  if (typeof ref === 'string' && ref.startsWith(SCHEMA_ID_BASE)) {
    const title = titles.get(ref);
    if (!title) throw new Error(`$ref to unknown schema ${ref}`);
    const { $ref: _ref, ...rest } = record;
    return { ...rest, tsType: title };
  }
  return Object.fromEntries(Object.entries(record).map(([key, value]) => [key, referencesByName(value, titles)]));
}

export async function renderSchemaTypes(root: string): Promise<string> {
  const schemas = loadSchemas(join(root, 'schemas'));
  const parts: string[] = [
    '/* Generated from schemas/ by `npm run types:generate`; do not edit. `npm run types:check` fails when stale. */',
    '/* eslint-disable */',
    '',
  ];
  // Two schemas with one title would merge into one interface (TypeScript merges declarations).
  const byTitle = new Map<string, string>();
  for (const schema of schemas) {
    const file = schema.$id.slice(SCHEMA_ID_BASE.length);
    const title = String(schema.title ?? file);
    const other = byTitle.get(title);
    if (other) throw new Error(`schemas/${file} and schemas/${other} share the title "${title}"; give one a prefix (e.g. the service's)`);
    byTitle.set(title, file);
  }
  const titles = new Map(schemas.map((schema) => [schema.$id, String(schema.title ?? schema.$id)]));
  for (const schema of schemas) {
    const file = schema.$id.slice(SCHEMA_ID_BASE.length);
    const code = await compile(referencesByName(structuredClone(schema), titles) as never, String(schema.title ?? file), {
      bannerComment: `// ${file}`,
      additionalProperties: false,
      declareExternallyReferenced: true,
      format: true,
      strictIndexSignatures: true,
      style: { singleQuote: true, printWidth: 120 },
      cwd: join(root, 'schemas'),
    });
    parts.push(code.trim(), '');
  }
  parts.push(
    operationTypes(
      schemas.map((schema) => schema.$id.slice(SCHEMA_ID_BASE.length)),
      titles,
    ),
    '',
  );
  return parts.join('\n');
}

/**
 * The map from message type to its request and response types, from the schema files
 * operationSchemaFiles names (`unknown` when the operation documents no response).
 * `defineHandlers`, `defineCheck` and `defineRender` (src/core/operation.ts) type by it.
 */
function operationTypes(files: readonly string[], titles: ReadonlyMap<string, string>): string {
  const typeOf = (file: string): string => titles.get(SCHEMA_ID_BASE + file)!;
  const lines = [...operationSchemaFiles(files)].map(
    ([messageType, { request, response }]) =>
      `  '${messageType}': { request: ${typeOf(request)}; response: ${response ? typeOf(response) : 'unknown'} };`,
  );
  return [
    '/** Request and response type of every message type `<service>.<operation>`, from schemas/<service>/<operation>.{request,response}.json. */',
    'export interface OperationTypes {',
    ...lines,
    '}',
  ].join('\n');
}

async function main(): Promise<void> {
  const root = projectRoot();
  const rendered = await renderSchemaTypes(root);
  const path = join(root, OUTPUT);
  if (process.argv.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(path, 'utf8');
    } catch {
      // missing counts as stale
    }
    if (current !== rendered) {
      process.stderr.write(`${OUTPUT} is stale: run npm run types:generate and commit it\n`);
      process.exit(1);
    }
    process.stdout.write(`${OUTPUT} is up to date\n`);
    return;
  }
  writeFileSync(path, rendered);
  process.stdout.write(`wrote ${OUTPUT}\n`);
}

void main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exit(1);
});
