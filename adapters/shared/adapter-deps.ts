import type { AdapterSettings } from '../../src/core/settings';
import type { ReferenceData } from '../../src/seed/reference-data';

/**
 * What every backend factory receives from adapters/index.ts: one object, so a backend that needs
 * one more thing reads it from here and no other factory's signature changes. Clock, ids, state
 * and the logger arrive per call in the handler context; schemas are named by `schemaId`.
 */
export interface AdapterDeps {
  /** The generated dataset and the catalogues; read-only. */
  reference: ReferenceData;
  /** Settings: the environment each backend reads its own variables from, the development client and PayGov partner. */
  settings: AdapterSettings;
  /** The folder of the hand-written seed files (seeds/), for backends that read their own. */
  seedsDir: string;
}
