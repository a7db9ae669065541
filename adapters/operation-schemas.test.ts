import { join } from 'node:path';
import { loadConfig } from '../src/config/config';
import { projectRoot } from '../src/project-root';
import { loadSchemas, SCHEMA_ID_BASE } from '../src/schemas/load-schemas';
import { loadReferenceData } from '../src/seed/reference-data';
import { operationSchemaFiles } from '../scripts/operation-schemas';
import { createAdapters } from '.';

// The generated OperationTypes type each handler by the schema files operationSchemaFiles names. An
// operation whose manifest names other files (one that borrows another's schema without an entry in
// BORROWED_SCHEMAS) would have its handler typed by the wrong schemas, or not typed at all.
describe('OperationTypes and the adapters', () => {
  const files = operationSchemaFiles(loadSchemas(join(projectRoot(), 'schemas')).map((schema) => schema.$id.slice(SCHEMA_ID_BASE.length)));
  const operations = createAdapters(loadReferenceData('', 1), loadConfig({})).flatMap((adapter) =>
    adapter.manifest.operations.map((spec) => ({ messageType: `${adapter.manifest.service}.${spec.operation}`, spec })),
  );

  it.each(operations.map(({ messageType, spec }) => [messageType, spec] as const))(
    '%s is typed by the schemas its manifest names',
    (messageType, spec) => {
      const named = {
        request: spec.requestSchema.slice(SCHEMA_ID_BASE.length),
        ...(spec.responseSchema ? { response: spec.responseSchema.slice(SCHEMA_ID_BASE.length) } : {}),
      };
      expect(files.get(messageType)).toEqual(named);
    },
  );

  it('types no message type that no adapter serves', () => {
    expect([...files.keys()].filter((type) => !operations.some((o) => o.messageType === type))).toEqual([]);
  });
});
