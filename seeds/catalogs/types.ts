/** Row types of the reference catalogues (DOMAIN.md §3, §4, §6, §8, §10). */

/** A row with a string code and a Vietnamese name. */
export interface CodeName {
  readonly code: string;
  readonly name: string;
}

/** A row of the numeric-ID catalogues of LLTP v1 (`traDanhMuc` rows are `{ ID, NAME }`). */
export interface IdName {
  readonly id: number;
  readonly name: string;
}

/** Province (GSO 2-digit code), e.g. `{ code: '44', name: 'Tỉnh Quảng Bình' }`. */
export type Province = CodeName;

/** District (GSO 3-digit code) of a province. */
export interface District extends CodeName {
  readonly provinceCode: string;
}

/** Commune / ward / township (GSO 5-digit code) of a district. */
export interface Commune extends CodeName {
  readonly districtCode: string;
}

export interface AdministrativeUnits {
  readonly provinces: readonly Province[];
  readonly districts: readonly District[];
  readonly communes: readonly Commune[];
}

/** Ethnic group: GSO code `'01'`…`'54'` (v2 / dmdc) and the numeric LLTP v1 surrogate. */
export interface Ethnicity extends CodeName {
  readonly lltpId: number;
}

/** Country / nationality: ISO 3166-1 alpha-2 code (v2 / dmdc) and the numeric LLTP v1 surrogate. */
export interface Nationality extends CodeName {
  readonly nameEn: string;
  readonly lltpId: number;
}

/** Parity of the CCCD gender/century digit for this gender (DOMAIN.md §10.1). */
export type CccdParity = 'even' | 'odd';

/** Gender with its code in each backend (DOMAIN.md §1, §5.2, §6). `null` = the backend has no code for it. */
export interface Gender extends CodeName {
  readonly lltpV1: number | null;
  readonly lltpV2: number | null;
  readonly bhxh: string;
  readonly cccdParity: CccdParity | null;
}

/** A row of the marital-status catalogue (a citizen's own status is `MaritalStatus` in src/seed/types.ts). */
export type MaritalStatusEntry = CodeName;
export type Religion = CodeName;

export type AboGroup = 'A' | 'B' | 'AB' | 'O';

export interface BloodGroup extends CodeName {
  readonly abo: AboGroup | null;
}

/** Hộ tịch `LoaiGiayToTuyThan` code (string). */
export type HoTichIdDocumentType = CodeName;

/** LLTP v1 `idTypeId` (1 CMND, 0 passport, 2 permanent-residence card, 3 CCCD). */
export type LltpIdType = IdName;

export interface IdDocumentTypes {
  readonly hoTich: readonly HoTichIdDocumentType[];
  readonly lltp: readonly LltpIdType[];
}

/** Published columns of dmdc `qlvanbandieuhanhcap1` (DOMAIN.md §3), in order. */
export const AGENCY_LEVEL1_COLUMNS = [
  'MaDinhDanhCap1',
  'TenDonVi',
  'DiaChi',
  'Email',
  'SoDienThoai',
  'Fax',
  'Website',
  'QdBanHanhQdSuaDoi',
  'NgayBanHanhQd',
  'CoQuanBanHanhQd',
] as const;
/**
 * Columns of levels 2–4 (unpublished, so chosen here): own code, parent code, name, GSO code of the
 * district/commune a People's Committee governs ('' for departments), then the level-1 columns.
 */
export const AGENCY_LEVEL2_COLUMNS = [
  'MaDinhDanhCap2',
  'MaDinhDanhCap1',
  'TenDonVi',
  'MaDonViHanhChinh',
  'DiaChi',
  'Email',
  'SoDienThoai',
  'Fax',
  'Website',
  'QdBanHanhQdSuaDoi',
  'NgayBanHanhQd',
  'CoQuanBanHanhQd',
] as const;
export const AGENCY_LEVEL3_COLUMNS = [
  'MaDinhDanhCap3',
  'MaDinhDanhCap2',
  'TenDonVi',
  'MaDonViHanhChinh',
  'DiaChi',
  'Email',
  'SoDienThoai',
  'Fax',
  'Website',
  'QdBanHanhQdSuaDoi',
  'NgayBanHanhQd',
  'CoQuanBanHanhQd',
] as const;
export const AGENCY_LEVEL4_COLUMNS = [
  'MaDinhDanhCap4',
  'MaDinhDanhCap3',
  'TenDonVi',
  'MaDonViHanhChinh',
  'DiaChi',
  'Email',
  'SoDienThoai',
  'Fax',
  'Website',
  'QdBanHanhQdSuaDoi',
  'NgayBanHanhQd',
  'CoQuanBanHanhQd',
] as const;

export type AgencyLevel1Row = Readonly<Record<(typeof AGENCY_LEVEL1_COLUMNS)[number], string>>;
export type AgencyLevel2Row = Readonly<Record<(typeof AGENCY_LEVEL2_COLUMNS)[number], string>>;
export type AgencyLevel3Row = Readonly<Record<(typeof AGENCY_LEVEL3_COLUMNS)[number], string>>;
export type AgencyLevel4Row = Readonly<Record<(typeof AGENCY_LEVEL4_COLUMNS)[number], string>>;

/** Agency identifier codes (DOMAIN.md §10.4), by level; `NgayBanHanhQd` is `dd/MM/yyyy`. */
export interface Agencies {
  readonly level1: readonly AgencyLevel1Row[];
  readonly level2: readonly AgencyLevel2Row[];
  readonly level3: readonly AgencyLevel3Row[];
  readonly level4: readonly AgencyLevel4Row[];
}

/** `ENTERPRISE_TYPE_ID` / Thanh Hóa `MaLoaiHinhDN`. */
export type EnterpriseType = CodeName;

/** The simulator's own reading of an `ENTERPRISE_STATUS`. */
export type EnterpriseInternalStatus = 'active' | 'suspended' | 'dissolved';

export interface EnterpriseStatus extends CodeName {
  readonly internal: EnterpriseInternalStatus;
}

export type EnterpriseDocumentKind = 'new' | 'amendment' | 'suspension' | 'dissolution' | 'resumption';

/** `DOCUMENT_TYPE` of an enterprise-registration dossier. */
export interface EnterpriseDocumentType extends CodeName {
  readonly kind: EnterpriseDocumentKind;
}

/** `PROCESS_STATUS` of an enterprise-registration dossier; `final` = no further change expected. */
export interface EnterpriseProcessStatus extends CodeName {
  readonly final: boolean;
}

export type EnterpriseSubmissionKind = 'online' | 'paper';

/** `SUBMISSION_TYPE` of an enterprise-registration dossier: how it was filed. */
export interface EnterpriseSubmissionType extends CodeName {
  readonly kind: EnterpriseSubmissionKind;
}

/** VSIC 2018 level-4 industry (`BusinessActivity.CODE` / `NganhNgheKinhDoanh.MaNganh`) and its section letter. */
export interface BusinessLine extends CodeName {
  readonly section: string;
}

/** LLTP `DEC_STATUS_ID`; `final` = no further change expected. */
export interface LltpDecStatus extends IdName {
  readonly final: boolean;
}

/** A Department of Justice receiving LLTP requests (`ministryJusticeId` / `idMinistryJustice`). */
export interface LltpMinistryJusticeUnit extends IdName {
  readonly provinceCode: string;
}

/** Which catalogue answers `traDanhMuc` for an `infoType`. */
export type LltpCatalogSource = 'administrativeUnits' | 'nationalities' | 'ethnicities' | 'requestingAgencies' | 'ministryJustice';

export interface LltpInfoType {
  readonly infoType: number;
  readonly name: string;
  readonly source: LltpCatalogSource;
}

export interface LltpCatalogs {
  readonly declareTypes: readonly IdName[];
  readonly objectRequests: readonly IdName[];
  readonly formTypes: readonly IdName[];
  readonly decStatuses: readonly LltpDecStatus[];
  readonly ministryJustice: readonly LltpMinistryJusticeUnit[];
  readonly requestingAgencies: readonly IdName[];
  /** `maMucDich` / `purpose` codes. */
  readonly purposes: readonly CodeName[];
  readonly traDanhMucInfoTypes: readonly LltpInfoType[];
}

/** Which catalogue answers hộ tịch `danhMuc` for a `loaiDanhMuc`. */
export type HoTichCatalogSource = 'nationalities' | 'ethnicities' | 'provinces' | 'idDocumentTypes';

export interface HoTichLoaiDanhMuc extends CodeName {
  readonly source: HoTichCatalogSource;
}

/** `LoaiCuTru` is an int on the wire (PASETO defaults a missing one to 1). */
export interface HoTichLoaiCuTru {
  readonly code: number;
  readonly name: string;
}

/** Which contract a `module` value belongs to. */
export type HoTichContract = 'dvclt' | 'v1' | 'v2';

export interface HoTichModule extends CodeName {
  readonly contract: HoTichContract;
}

export interface HoTichCatalogs {
  readonly loaiDanhMuc: readonly HoTichLoaiDanhMuc[];
  readonly loaiDangKy: readonly CodeName[];
  readonly nksLoaiKhaiSinh: readonly CodeName[];
  readonly loaiCuTru: readonly HoTichLoaiCuTru[];
  readonly modules: readonly HoTichModule[];
  /** `nycQuanHe` codes. */
  readonly quanHe: readonly CodeName[];
}

export interface Catalogs {
  readonly administrativeUnits: AdministrativeUnits;
  readonly ethnicities: readonly Ethnicity[];
  readonly nationalities: readonly Nationality[];
  readonly genders: readonly Gender[];
  readonly maritalStatuses: readonly MaritalStatusEntry[];
  readonly idDocumentTypes: IdDocumentTypes;
  readonly religions: readonly Religion[];
  readonly bloodGroups: readonly BloodGroup[];
  readonly agencies: Agencies;
  readonly enterpriseTypes: readonly EnterpriseType[];
  readonly enterpriseStatuses: readonly EnterpriseStatus[];
  readonly enterpriseDocumentTypes: readonly EnterpriseDocumentType[];
  readonly enterpriseProcessStatuses: readonly EnterpriseProcessStatus[];
  readonly enterpriseSubmissionTypes: readonly EnterpriseSubmissionType[];
  readonly businessLines: readonly BusinessLine[];
  readonly lltp: LltpCatalogs;
  readonly hoTich: HoTichCatalogs;
}
