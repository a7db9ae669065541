import type { Config } from '../src/config/config';
import type { Adapter } from '../src/core/adapter';
import type { ReferenceData } from '../src/seed/reference-data';
import { createBudgetUnitsAdapter } from './budget-units';
import { createCatalogsAdapter } from './catalogs';
import { createCivilRegistryAdapter, readCivilRegistrySettings } from './civil-registry';
import { createDiagnosticsAdapter } from './diagnostics';
import { createEnterpriseRegistryAdapter } from './enterprise-registry';
import { createHealthInsuranceCheckAdapter } from './health-insurance-check';
import { createJudicialRecordsAdapter } from './judicial-records';
import { createLegalDocumentsAdapter } from './legal-documents';
import { createPaygovAdapter } from './paygov';
import { createSocialInsuranceAdapter } from './social-insurance';
import { createSsoAdapter } from './sso';

/** Every backend simulator. Adding one is a folder beside this file and a line here. */
export function createAdapters(reference: ReferenceData, config: Config): Adapter[] {
  return [
    createEnterpriseRegistryAdapter(reference),
    createCatalogsAdapter(),
    createJudicialRecordsAdapter(reference, config),
    createCivilRegistryAdapter(reference, readCivilRegistrySettings(config.env)),
    createSocialInsuranceAdapter(reference),
    createHealthInsuranceCheckAdapter(reference),
    createLegalDocumentsAdapter(),
    createBudgetUnitsAdapter(reference),
    createPaygovAdapter(config),
    createDiagnosticsAdapter(),
    createSsoAdapter(reference, config),
  ];
}
