/**
 * The typed, validated, cached loader of the catalogue files. They are data, so they are checked,
 * not trusted. Which lists are real and which are invented: README.md here.
 */
import administrativeUnitsJson from './administrative-units.json';
import agenciesJson from './agencies.json';
import bloodGroupsJson from './blood-groups.json';
import businessLinesJson from './business-lines.json';
import enterpriseDocumentTypesJson from './enterprise-document-types.json';
import enterpriseProcessStatusesJson from './enterprise-process-statuses.json';
import enterpriseStatusesJson from './enterprise-statuses.json';
import enterpriseSubmissionTypesJson from './enterprise-submission-types.json';
import enterpriseTypesJson from './enterprise-types.json';
import ethnicitiesJson from './ethnicities.json';
import gendersJson from './genders.json';
import hotichCatalogsJson from './hotich-catalogs.json';
import idDocumentTypesJson from './id-document-types.json';
import lltpCatalogsJson from './lltp-catalogs.json';
import maritalStatusesJson from './marital-statuses.json';
import nationalitiesJson from './nationalities.json';
import religionsJson from './religions.json';
import type {
  CodeName,
  IdName,
  AdministrativeUnits,
  CccdParity,
  AboGroup,
  EnterpriseInternalStatus,
  EnterpriseDocumentKind,
  EnterpriseSubmissionKind,
  LltpCatalogSource,
  LltpCatalogs,
  HoTichCatalogSource,
  HoTichContract,
  HoTichCatalogs,
  Catalogs,
} from './types';
import { AGENCY_LEVEL1_COLUMNS, AGENCY_LEVEL2_COLUMNS, AGENCY_LEVEL3_COLUMNS, AGENCY_LEVEL4_COLUMNS } from './types';

/** A catalogue file does not have the shape its interface promises. */
export class CatalogFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CatalogFormatError';
  }
}

type JsonObject = Readonly<Record<string, unknown>>;

function asObject(value: unknown, where: string): JsonObject {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new CatalogFormatError(`${where}: expected an object`);
  }
  // A non-null, non-array object: every own key maps to some JSON value.
  return value as JsonObject;
}

function asArray(value: unknown, where: string): readonly unknown[] {
  if (!Array.isArray(value)) throw new CatalogFormatError(`${where}: expected an array`);
  return value;
}

function str(o: JsonObject, key: string, where: string): string {
  const v = o[key];
  if (typeof v !== 'string') throw new CatalogFormatError(`${where}.${key}: expected a string`);
  return v;
}

function int(o: JsonObject, key: string, where: string): number {
  const v = o[key];
  if (typeof v !== 'number' || !Number.isInteger(v)) throw new CatalogFormatError(`${where}.${key}: expected an integer`);
  return v;
}

function nullableInt(o: JsonObject, key: string, where: string): number | null {
  return o[key] === null ? null : int(o, key, where);
}

function bool(o: JsonObject, key: string, where: string): boolean {
  const v = o[key];
  if (typeof v !== 'boolean') throw new CatalogFormatError(`${where}.${key}: expected a boolean`);
  return v;
}

function oneOf<T extends string>(o: JsonObject, key: string, allowed: readonly T[], where: string): T {
  const v = o[key];
  const hit = allowed.find((a) => a === v);
  if (hit === undefined) throw new CatalogFormatError(`${where}.${key}: expected one of ${allowed.join(', ')}`);
  return hit;
}

function nullableOneOf<T extends string>(o: JsonObject, key: string, allowed: readonly T[], where: string): T | null {
  return o[key] === null ? null : oneOf(o, key, allowed, where);
}

function rows<T>(value: unknown, where: string, parse: (o: JsonObject, where: string) => T): T[] {
  return asArray(value, where).map((item, i) => parse(asObject(item, `${where}[${i}]`), `${where}[${i}]`));
}

const codeName = (o: JsonObject, w: string): CodeName => ({ code: str(o, 'code', w), name: str(o, 'name', w) });
const idName = (o: JsonObject, w: string): IdName => ({ id: int(o, 'id', w), name: str(o, 'name', w) });

function columnsRow<C extends string>(columns: readonly C[]): (o: JsonObject, w: string) => Readonly<Record<C, string>> {
  return (o, w) => {
    const out: Partial<Record<C, string>> = {};
    for (const c of columns) out[c] = str(o, c, w);
    for (const k of Object.keys(o)) {
      if (!columns.some((c) => c === k)) throw new CatalogFormatError(`${w}: unexpected column ${k}`);
    }
    // Every column was assigned in the loop above.
    return out as Record<C, string>;
  };
}

function parseAdministrativeUnits(value: unknown): AdministrativeUnits {
  const o = asObject(value, 'administrative-units');
  return {
    provinces: rows(o['provinces'], 'provinces', codeName),
    districts: rows(o['districts'], 'districts', (r, w) => ({ ...codeName(r, w), provinceCode: str(r, 'provinceCode', w) })),
    communes: rows(o['communes'], 'communes', (r, w) => ({ ...codeName(r, w), districtCode: str(r, 'districtCode', w) })),
  };
}

const ENTERPRISE_INTERNAL: readonly EnterpriseInternalStatus[] = ['active', 'suspended', 'dissolved'];
const ENTERPRISE_DOC_KINDS: readonly EnterpriseDocumentKind[] = ['new', 'amendment', 'suspension', 'dissolution', 'resumption'];
const LLTP_SOURCES: readonly LltpCatalogSource[] = ['administrativeUnits', 'nationalities', 'ethnicities', 'requestingAgencies', 'ministryJustice'];
const HOTICH_SOURCES: readonly HoTichCatalogSource[] = ['nationalities', 'ethnicities', 'provinces', 'idDocumentTypes'];
const HOTICH_CONTRACTS: readonly HoTichContract[] = ['dvclt', 'v1', 'v2'];

function parseLltp(value: unknown): LltpCatalogs {
  const o = asObject(value, 'lltp-catalogs');
  return {
    declareTypes: rows(o['declareTypes'], 'lltp.declareTypes', idName),
    objectRequests: rows(o['objectRequests'], 'lltp.objectRequests', idName),
    formTypes: rows(o['formTypes'], 'lltp.formTypes', idName),
    decStatuses: rows(o['decStatuses'], 'lltp.decStatuses', (r, w) => ({ ...idName(r, w), final: bool(r, 'final', w) })),
    ministryJustice: rows(o['ministryJustice'], 'lltp.ministryJustice', (r, w) => ({ ...idName(r, w), provinceCode: str(r, 'provinceCode', w) })),
    requestingAgencies: rows(o['requestingAgencies'], 'lltp.requestingAgencies', idName),
    purposes: rows(o['purposes'], 'lltp.purposes', codeName),
    traDanhMucInfoTypes: rows(o['traDanhMucInfoTypes'], 'lltp.traDanhMucInfoTypes', (r, w) => ({
      infoType: int(r, 'infoType', w),
      name: str(r, 'name', w),
      source: oneOf(r, 'source', LLTP_SOURCES, w),
    })),
  };
}

function parseHoTich(value: unknown): HoTichCatalogs {
  const o = asObject(value, 'hotich-catalogs');
  return {
    loaiDanhMuc: rows(o['loaiDanhMuc'], 'hoTich.loaiDanhMuc', (r, w) => ({ ...codeName(r, w), source: oneOf(r, 'source', HOTICH_SOURCES, w) })),
    loaiDangKy: rows(o['loaiDangKy'], 'hoTich.loaiDangKy', codeName),
    nksLoaiKhaiSinh: rows(o['nksLoaiKhaiSinh'], 'hoTich.nksLoaiKhaiSinh', codeName),
    loaiCuTru: rows(o['loaiCuTru'], 'hoTich.loaiCuTru', (r, w) => ({ code: int(r, 'code', w), name: str(r, 'name', w) })),
    modules: rows(o['modules'], 'hoTich.modules', (r, w) => ({ ...codeName(r, w), contract: oneOf(r, 'contract', HOTICH_CONTRACTS, w) })),
    quanHe: rows(o['quanHe'], 'hoTich.quanHe', codeName),
  };
}

function parseAll(): Catalogs {
  const ids = asObject(idDocumentTypesJson, 'id-document-types');
  const agencies = asObject(agenciesJson, 'agencies');
  return {
    administrativeUnits: parseAdministrativeUnits(administrativeUnitsJson),
    ethnicities: rows(ethnicitiesJson, 'ethnicities', (r, w) => ({ ...codeName(r, w), lltpId: int(r, 'lltpId', w) })),
    nationalities: rows(nationalitiesJson, 'nationalities', (r, w) => ({
      ...codeName(r, w),
      nameEn: str(r, 'nameEn', w),
      lltpId: int(r, 'lltpId', w),
    })),
    genders: rows(gendersJson, 'genders', (r, w) => ({
      ...codeName(r, w),
      lltpV1: nullableInt(r, 'lltpV1', w),
      lltpV2: nullableInt(r, 'lltpV2', w),
      bhxh: str(r, 'bhxh', w),
      cccdParity: nullableOneOf<CccdParity>(r, 'cccdParity', ['even', 'odd'], w),
    })),
    maritalStatuses: rows(maritalStatusesJson, 'marital-statuses', codeName),
    idDocumentTypes: {
      hoTich: rows(ids['hoTich'], 'idDocumentTypes.hoTich', codeName),
      lltp: rows(ids['lltp'], 'idDocumentTypes.lltp', idName),
    },
    religions: rows(religionsJson, 'religions', codeName),
    bloodGroups: rows(bloodGroupsJson, 'blood-groups', (r, w) => ({
      ...codeName(r, w),
      abo: nullableOneOf<AboGroup>(r, 'abo', ['A', 'B', 'AB', 'O'], w),
    })),
    agencies: {
      level1: rows(agencies['level1'], 'agencies.level1', columnsRow(AGENCY_LEVEL1_COLUMNS)),
      level2: rows(agencies['level2'], 'agencies.level2', columnsRow(AGENCY_LEVEL2_COLUMNS)),
      level3: rows(agencies['level3'], 'agencies.level3', columnsRow(AGENCY_LEVEL3_COLUMNS)),
      level4: rows(agencies['level4'], 'agencies.level4', columnsRow(AGENCY_LEVEL4_COLUMNS)),
    },
    enterpriseTypes: rows(enterpriseTypesJson, 'enterprise-types', codeName),
    enterpriseStatuses: rows(enterpriseStatusesJson, 'enterprise-statuses', (r, w) => ({
      ...codeName(r, w),
      internal: oneOf(r, 'internal', ENTERPRISE_INTERNAL, w),
    })),
    enterpriseDocumentTypes: rows(enterpriseDocumentTypesJson, 'enterprise-document-types', (r, w) => ({
      ...codeName(r, w),
      kind: oneOf(r, 'kind', ENTERPRISE_DOC_KINDS, w),
    })),
    enterpriseProcessStatuses: rows(enterpriseProcessStatusesJson, 'enterprise-process-statuses', (r, w) => ({
      ...codeName(r, w),
      final: bool(r, 'final', w),
    })),
    enterpriseSubmissionTypes: rows(enterpriseSubmissionTypesJson, 'enterprise-submission-types', (r, w) => ({
      ...codeName(r, w),
      kind: oneOf<EnterpriseSubmissionKind>(r, 'kind', ['online', 'paper'], w),
    })),
    businessLines: rows(businessLinesJson, 'business-lines', (r, w) => ({ ...codeName(r, w), section: str(r, 'section', w) })),
    lltp: parseLltp(lltpCatalogsJson),
    hoTich: parseHoTich(hotichCatalogsJson),
  };
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

let cached: Catalogs | undefined;

/**
 * All catalogues, validated on first call and cached; the result is deeply frozen, so callers that
 * need to change rows (e.g. a dmdc append) must copy them. Throws `CatalogFormatError` on a bad file.
 */
export function loadCatalogs(): Catalogs {
  if (cached === undefined) cached = deepFreeze(parseAll());
  return cached;
}
