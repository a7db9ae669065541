import type { Adapter } from '../../src/core/adapter';
import { BusinessRuleError } from '../../src/core/errors';
import { defineHandlers } from '../../src/core/operation';
import type { AdapterDeps } from '../shared/adapter-deps';
import { DossierIndex } from './dossier-index';
import { toDossierDetail, toDossierListItem } from './dossier-records';
import { toEntCert } from './ent-cert';
import { EnterpriseIndex } from './enterprise-index';
import { errorEnvelope } from './envelope';
import { dateRange, pageOf, timeWindowOn } from './list-query';
import { toMainInformation } from './main-information';
import { enterpriseNativeRoutes } from './native-routes';
import { enterpriseOperations } from './operations';
import { registryCodes } from './registry-codes';

/**
 * The national enterprise registration database (CSDLQG về đăng ký doanh nghiệp): `apiCSDLDKDN`
 * (enterprise details and registration dossiers) and Thanh Hóa's `apiDKKD` variant of the lookup.
 * Everything is read from the seed; "today" and every window are read on the simulation clock.
 */
export function createEnterpriseRegistryAdapter({ reference }: AdapterDeps): Adapter {
  const { dataset, catalogs } = reference;
  const codes = registryCodes(catalogs);
  const enterprises = new EnterpriseIndex(dataset.enterprises);
  const dossiers = new DossierIndex(dataset.enterpriseDossiers);
  const citizens = new Map(dataset.citizens.map((c) => [c.id, c]));
  const nameOf = (id: string): string => citizens.get(id)?.fullName ?? '';
  const entCertOf = (code: string) => {
    const enterprise = enterprises.find(code);
    return enterprise ? toEntCert(enterprise, { codes, catalogs, citizen: (id) => citizens.get(id) }) : undefined;
  };

  return {
    manifest: {
      service: 'dkdn',
      name: 'Enterprise registry (CSDLQG về đăng ký doanh nghiệp)',
      description:
        'Enterprise details and registration dossiers from the national enterprise registration database (apiCSDLDKDN), and the Thanh Hóa variant of the lookup (apiDKKD).',
      operations: enterpriseOperations(dataset),
      native: enterpriseNativeRoutes(entCertOf),
      renderError: errorEnvelope,
    },
    handlers: defineHandlers('dkdn', {
      chiTietDoanhNghiep: async ({ body: { msdn } }) => {
        const { enterprise } = enterprises.lookup(msdn);
        return { MainInformation: toMainInformation(enterprise, enterprise.legalRepresentativeIds.map(nameOf), codes) };
      },
      danhSachHoSoTrongNgay: async ({ body: query }, context) => {
        const now = context.clock.now();
        const { from, to } = timeWindowOn(query, now);
        const page = dossiers.processedBetween(from, to, now, pageOf(query));
        return { MainInformation: page.items.map((d) => toDossierListItem(d, codes)), DataCount: page.total };
      },
      danhSachHoSo: async ({ body: query }, context) => {
        const { from, to } = dateRange(query);
        const page = dossiers.receivedBetween(from, to, context.clock.now(), pageOf(query));
        return { MainInformation: page.items.map((d) => toDossierListItem(d, codes)), DataCount: page.total };
      },
      tinhTrangHoSo: async ({ body: { in_journal_no } }, context) => {
        const dossier = dossiers.find(in_journal_no, context.clock.now());
        if (!dossier) throw new BusinessRuleError('NOT_FOUND', `No dossier with in_journal_no ${in_journal_no} in the registry`, { status: 404 });
        return { MainInformation: toDossierDetail(dossier, enterprises.find(dossier.enterpriseCode), codes) };
      },
    }),
  };
}
