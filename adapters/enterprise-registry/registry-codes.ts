import type { Catalogs, CodeName } from '../../seeds/catalogs';
import type { EnterpriseDocumentType, EnterpriseDossier, EnterpriseProcessStatus, EnterpriseStatus } from '../../src/seed/types';

/**
 * The registry's wire codes for the dataset's neutral values, read from the catalogues
 * (enterprise-statuses, -types, -document-types, -process-statuses, -submission-types) so that the
 * registry's answers and `GET /dmdc/…` never disagree. Built once at start; a catalogue that lacks
 * a code the dataset needs stops the start with the missing value named.
 */
export interface RegistryCodes {
  status(status: EnterpriseStatus): CodeName;
  enterpriseType(typeId: string): CodeName;
  documentType(kind: EnterpriseDocumentType): CodeName;
  processStatus(status: EnterpriseProcessStatus): CodeName;
  submissionType(kind: EnterpriseDossier['submissionType']): CodeName;
}

/**
 * Which `PROCESS_STATUS` code each dataset status is. The catalogue has no machine-readable link
 * (its codes 5 "returned" and 7 "cancelled" are never produced by the seed), so the link is by code.
 */
const PROCESS_STATUS_CODES: Readonly<Record<EnterpriseProcessStatus, string>> = {
  received: '1',
  processing: '2',
  supplementRequested: '3',
  approved: '4',
  rejected: '6',
};

function firstWhere<T extends CodeName>(rows: readonly T[], match: (row: T) => boolean, what: string): CodeName {
  const row = rows.find(match);
  if (!row) throw new Error(`The enterprise catalogues have no ${what}`);
  return { code: row.code, name: row.name };
}

export function registryCodes(catalogs: Catalogs): RegistryCodes {
  const statuses = new Map<EnterpriseStatus, CodeName>();
  for (const s of ['active', 'suspended', 'dissolved'] as const) {
    statuses.set(
      s,
      firstWhere(catalogs.enterpriseStatuses, (r) => r.internal === s, `status for "${s}"`),
    );
  }
  const documents = new Map<EnterpriseDocumentType, CodeName>();
  for (const k of ['new', 'amendment', 'suspension', 'dissolution', 'resumption'] as const) {
    documents.set(
      k,
      firstWhere(catalogs.enterpriseDocumentTypes, (r) => r.kind === k, `document type for "${k}"`),
    );
  }
  const processes = new Map<EnterpriseProcessStatus, CodeName>();
  for (const [status, code] of Object.entries(PROCESS_STATUS_CODES) as [EnterpriseProcessStatus, string][]) {
    processes.set(
      status,
      firstWhere(catalogs.enterpriseProcessStatuses, (r) => r.code === code, `process status ${code} (${status})`),
    );
  }
  const submissions = new Map<EnterpriseDossier['submissionType'], CodeName>();
  for (const k of ['online', 'paper'] as const) {
    submissions.set(
      k,
      firstWhere(catalogs.enterpriseSubmissionTypes, (r) => r.kind === k, `submission type for "${k}"`),
    );
  }
  const types = new Map(catalogs.enterpriseTypes.map((t) => [t.code, { code: t.code, name: t.name }]));
  const get = <K, V>(map: Map<K, V>, key: K, what: string): V => {
    const value = map.get(key);
    if (!value) throw new Error(`The enterprise catalogues have no ${what} ${String(key)}`);
    return value;
  };
  return {
    status: (s) => get(statuses, s, 'status'),
    enterpriseType: (id) => get(types, id, 'enterprise type'),
    documentType: (k) => get(documents, k, 'document type'),
    processStatus: (s) => get(processes, s, 'process status'),
    submissionType: (k) => get(submissions, k, 'submission type'),
  };
}
