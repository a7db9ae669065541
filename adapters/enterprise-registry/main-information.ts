import type { ChiTietDoanhNghiepResponse } from '../../src/generated/schema-types';
import type { Enterprise } from '../../src/seed/types';
import type { RegistryCodes } from './registry-codes';
import { isoToRegistryDate } from './registry-dates';

/**
 * An enterprise in the registry's own field names (DOMAIN.md §8.1). Status and type come from the
 * catalogues through `codes`, so they match what dmdc and the dossier lists say.
 */
export function toMainInformation(
  enterprise: Enterprise,
  representativeNames: readonly string[],
  codes: RegistryCodes,
): ChiTietDoanhNghiepResponse['MainInformation'] {
  const office = enterprise.headOffice;
  const status = codes.status(enterprise.status);
  const type = codes.enterpriseType(enterprise.typeId);
  return {
    ENTERPRISE_ID: enterprise.internalId,
    ENTERPRISE_GDT_CODE: enterprise.code,
    IMP_BUSINESS_CODE: enterprise.code,
    ENTERPRISE_TYPE_ID: type.code,
    ENTERPRISE_TYPE_NAME: type.name,
    NAME: enterprise.name,
    SHORT_NAME: enterprise.shortName,
    NAME_F: enterprise.foreignName,
    FOUNDING_DATE: isoToRegistryDate(enterprise.foundingDate),
    LAST_AMEND_DATE: isoToRegistryDate(enterprise.lastAmendDate),
    NUMBER_CHANGES: enterprise.numberOfChanges,
    ENTERPRISE_STATUS: status.code,
    ENTERPRISE_STATUS_NAME: status.name,
    LEGAL_NAMES: representativeNames.join(';'),
    CAPITAL_AMOUNT: enterprise.capital,
    HOAdress: {
      CityID: Number(office.provinceCode),
      CityName: office.provinceName,
      DistrictID: Number(office.districtCode),
      DistrictName: office.districtName,
      WardID: Number(office.wardCode),
      WardName: office.wardName,
      StreetNumber: office.streetNumber,
      AddressFullText: office.fullText,
    },
    BusinessActivity: enterprise.businessLines.map((line) => ({ CODE: line.code, NAME: line.name, IS_MAIN: line.isMain ? 'Y' : 'N' })),
    Member: enterprise.members.map((m) => ({ MEMBER_NAME: m.name, AMOUNT: m.amount, RATIO_PERCENT: m.ratio, COUNTRY: m.country })),
  };
}
