import { join } from 'node:path';
import type { Adapter } from '../src/core/adapter';
import type { AdapterSettings } from '../src/core/settings';
import { projectRoot } from '../src/project-root';
import type { ReferenceData } from '../src/seed/reference-data';
import { createBudgetUnitsAdapter } from './budget-units';
import { createCatalogsAdapter } from './catalogs';
import { createCivilRegistryAdapter } from './civil-registry';
import { createDiagnosticsAdapter } from './diagnostics';
import { createEnterpriseRegistryAdapter } from './enterprise-registry';
import { createHealthInsuranceCheckAdapter } from './health-insurance-check';
import { createJudicialRecordsAdapter } from './judicial-records';
import { createLegalDocumentsAdapter } from './legal-documents';
import { createPaygovAdapter } from './paygov';
import type { AdapterDeps } from './shared/adapter-deps';
import { createSocialInsuranceAdapter } from './social-insurance';
import { createSsoAdapter } from './sso';

/** What every backend factory receives: the reference data, the settings and the seed folder. */
export function adapterDeps(reference: ReferenceData, settings: AdapterSettings): AdapterDeps {
  return { reference, settings, seedsDir: join(projectRoot(), 'seeds') };
}

/**
 * Every backend simulator. Adding one is a folder beside this file and a line here; each factory
 * takes the same AdapterDeps.
 */
export function createAdapters(reference: ReferenceData, settings: AdapterSettings): Adapter[] {
  const deps = adapterDeps(reference, settings);
  return [
    createEnterpriseRegistryAdapter,
    createCatalogsAdapter,
    createJudicialRecordsAdapter,
    createCivilRegistryAdapter,
    createSocialInsuranceAdapter,
    createHealthInsuranceCheckAdapter,
    createLegalDocumentsAdapter,
    createBudgetUnitsAdapter,
    createPaygovAdapter,
    createDiagnosticsAdapter,
    createSsoAdapter,
  ].map((create) => create(deps));
}
