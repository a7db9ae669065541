import { loadCatalogs, type Catalogs } from '../../seeds/catalogs';
import { generateDataset } from './generate-dataset';
import type { SeedDataset } from './types';
import { indexUnits, type UnitsIndex } from './units-index';

/**
 * Everything the backends read but never change: the generated dataset (with the test persons),
 * the catalogues and the administrative units indexed by code. Backends receive it in AdapterDeps
 * and import only its type, never the generator.
 */
export interface ReferenceData {
  dataset: SeedDataset;
  catalogs: Catalogs;
  /** The catalogue's administrative units by code (names of provinces, districts and communes). */
  units: UnitsIndex;
}

const cache = new Map<number, ReferenceData>();

/** The reference data for a seed; generated once per process and seed (it is deterministic). */
export function loadReferenceData(_root: string, seed: number): ReferenceData {
  let data = cache.get(seed);
  if (!data) {
    const catalogs = loadCatalogs();
    data = {
      catalogs,
      dataset: generateDataset({ seed, units: catalogs.administrativeUnits }),
      units: indexUnits(catalogs.administrativeUnits),
    };
    cache.set(seed, data);
  }
  return data;
}
