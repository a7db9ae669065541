import type { DanhSachHoSoResponse, TinhTrangHoSoResponse } from '../../src/generated/schema-types';
import type { Enterprise, EnterpriseDossier } from '../../src/seed/types';
import type { RegistryCodes } from './registry-codes';
import { isoToRegistryDate, timestampToRegistry } from './registry-dates';

/**
 * A dossier as `danhSachHoSo` and `danhSachHoSoTrongNgay` list it (DOMAIN.md §8.1). Times of
 * receipt and processing are `dd/MM/yyyy HH:mm:ss` (the lists are windows of time); plain days are
 * `dd/MM/yyyy`. Fields without a value are `null`, never missing, so a typed client binds them all.
 */
export function toDossierListItem(dossier: EnterpriseDossier, codes: RegistryCodes): DanhSachHoSoResponse['MainInformation'][number] {
  const documentType = codes.documentType(dossier.documentType);
  const processStatus = codes.processStatus(dossier.processStatus);
  return {
    IN_JOURNAL_NO: dossier.journalNo,
    DOCUMENT_TYPE: documentType.code,
    DOCUMENT_TYPE_NAME: documentType.name,
    ENTERPRISE_CODE: dossier.enterpriseInternalId,
    ENTERPRISE_GDT_CODE: dossier.enterpriseCode,
    NAME: dossier.name,
    SITE_ID: dossier.siteId,
    RECEIPT_DATE: timestampToRegistry(dossier.receivedAt),
    PLAN_DATE: isoToRegistryDate(dossier.planDate),
    PROCESS_STATUS: processStatus.code,
    PROCESS_STATUS_NAME: processStatus.name,
    PROCESSED_DATE: dossier.processedAt ? timestampToRegistry(dossier.processedAt) : null,
  };
}

/**
 * One dossier as `tinhTrangHoSo` answers: the list fields plus the enterprise type, the contact
 * person and the dates of registration (the day an approval was recorded) and of a request for
 * supplements.
 */
export function toDossierDetail(
  dossier: EnterpriseDossier,
  enterprise: Enterprise | undefined,
  codes: RegistryCodes,
): TinhTrangHoSoResponse['MainInformation'] {
  const approved = dossier.processStatus === 'approved' && dossier.processedDate !== undefined;
  return {
    ...toDossierListItem(dossier, codes),
    ENTERPRISE_TYPE_ID: enterprise ? codes.enterpriseType(enterprise.typeId).code : null,
    REGISTRATION_DATE: approved ? isoToRegistryDate(dossier.processedDate as string) : null,
    SUPPLEMENT_DATE: dossier.supplementDate ? isoToRegistryDate(dossier.supplementDate) : null,
    SUBMISSION_TYPE: codes.submissionType(dossier.submissionType).code,
    CONTACT_FULL_NAME: dossier.contactName,
    CONTACT_ADDRESS: dossier.contactAddress,
    CONTACT_ID_NO: dossier.contactIdNo,
    CONTACT_PHONE: dossier.contactPhone,
    CONTACT_EMAIL: dossier.contactEmail,
  };
}
