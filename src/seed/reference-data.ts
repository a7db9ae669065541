import { loadCatalogs, type Catalogs } from '../../seeds/catalogs';
import { generateDataset } from './generate-dataset';
import type { SeedDataset } from './types';

/** Everything the backends read but never change: the generated dataset and the catalogues. */
export interface ReferenceData {
  dataset: SeedDataset;
  catalogs: Catalogs;
}

const cache = new Map<number, ReferenceData>();

/** The reference data for a seed; generated once per process and seed (it is deterministic). */
export function loadReferenceData(_root: string, seed: number): ReferenceData {
  let data = cache.get(seed);
  if (!data) {
    const catalogs = loadCatalogs();
    data = { catalogs, dataset: generateDataset({ seed, units: catalogs.administrativeUnits }) };
    cache.set(seed, data);
  }
  return data;
}
