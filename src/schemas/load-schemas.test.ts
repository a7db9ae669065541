import { join } from 'node:path';
import { SchemaRegistry } from '../core/schema-registry';
import { projectRoot } from '../project-root';
import { loadSchemas } from './load-schemas';

describe('the schemas of schemas/', () => {
  it('every one compiles (the registry compiles each on first use, so this is where a broken one shows)', () => {
    const schemas = loadSchemas(join(projectRoot(), 'schemas'));
    expect(schemas.length).toBeGreaterThan(50);
    expect(() => new SchemaRegistry(schemas).compileAll()).not.toThrow();
  });
});
