/**
 * The adapters' contracts (operations, schemas, examples) without Redis or a server, for
 * `verify provider`: built from the same seeds and schemas as the composition root builds them.
 */
import { join } from 'node:path';
import { createAdapters } from '../../adapters';
import { loadConfig } from '../config/config';
import { AdapterRegistry } from '../core/registry';
import { SchemaRegistry } from '../core/schema-registry';
import { projectRoot } from '../project-root';
import { loadSchemas } from '../schemas/load-schemas';
import { loadReferenceData } from '../seed/reference-data';

type Contracts = { registry: AdapterRegistry; schemas: SchemaRegistry };
let cached: Contracts | undefined;

/** Built once per process (the seed data takes a second to generate). */
export function loadContracts(env: NodeJS.ProcessEnv = process.env): Contracts {
  if (cached) return cached;
  const root = projectRoot();
  const config = loadConfig(env, {});
  const schemas = new SchemaRegistry(loadSchemas(join(root, 'schemas')));
  const registry = new AdapterRegistry(createAdapters(loadReferenceData(root, config.simSeed ?? 1), config), schemas.ids());
  cached = { registry, schemas };
  return cached;
}
