/**
 * The reference dataset every backend serves: citizens for the civil registry, BHXH and LLTP,
 * judicial records for LLTP, enterprises and their registration dossiers for the enterprise
 * registry. It is neutral on purpose — English names, ISO `YYYY-MM-DD` dates, plain codes — and
 * each adapter translates it into its backend's wire names and date formats (DOMAIN.md §1).
 */
import type { AdministrativeUnits } from '../../seeds/catalogs/types';
import type { IsoDate } from '../core/dates/iso-days';
import type { Gender } from '../core/ids/cccd';
import type { InsuranceTestPersonRole } from './insurance-test-persons';

/**
 * `AdministrativeUnits` is the catalogue the generator places people and offices in (GSO codes),
 * declared once beside its loader in seeds/catalogs/types.ts.
 */
export type { AdministrativeUnits, Gender, IsoDate };

export type MaritalStatus = 'single' | 'married' | 'widowed' | 'divorced';

export interface Residence {
  provinceCode: string;
  districtCode: string;
  communeCode: string;
  /** House number, street, hamlet: the part below the commune. */
  detail: string;
}

export interface Citizen {
  /** The 12-digit CCCD number; its prefix, gender digit and year agree with the fields below. */
  id: string;
  /** Family name, middle name(s) and given name, with diacritics: `Nguyễn Thị Lan`. */
  fullName: string;
  gender: Gender;
  birthDate: IsoDate;
  /** GSO province code of the birth registration (the CCCD prefix without its leading 0). */
  birthProvinceCode: string;
  /** GSO two-digit ethnicity code; `01` is Kinh. */
  ethnicityCode: string;
  nationality: 'VN';
  /** Permanent residence. */
  residence: Residence;
  /** Ten digits starting with 0; a young child carries the mother's (or father's) number. */
  phone: string;
  /** For a deceased citizen: the status at death. */
  maritalStatus: MaritalStatus;
  /**
   * The current spouse; for a widowed citizen, the late spouse when that person is in the
   * dataset. Always symmetric: the spouse's `spouseId` points back.
   */
  spouseId?: string;
  fatherId?: string;
  motherId?: string;
  /** Every citizen whose `fatherId` or `motherId` is this one, oldest first. */
  childrenIds: string[];
  deceasedOn?: IsoDate;
  /** The lifelong 10-digit social-insurance number. */
  bhxhNumber: string;
}

/** An offence a court convicted of: the article of the 2015 Criminal Code and its name. */
export interface Offence {
  /** `Điều 173` → `'173'`. */
  article: string;
  /** The crime's name as the Criminal Code writes it, e.g. `Trộm cắp tài sản`. */
  name: string;
}

export type PenaltyKind = 'warning' | 'fine' | 'nonCustodialReform' | 'suspendedSentence' | 'imprisonment' | 'professionBan' | 'residenceBan';

export interface Penalty {
  kind: PenaltyKind;
  /** The wording printed on the certificate, e.g. `02 năm tù cho hưởng án treo, thử thách 04 năm`. */
  text: string;
  /** Length in months for prison, probation, reform or bans. */
  months?: number;
  /** Amount in whole VND for a fine. */
  amountVnd?: number;
}

export interface Conviction {
  /** `45/2019/HS-ST`: number/year/first-instance criminal judgment. */
  judgmentNo: string;
  judgmentDate: IsoDate;
  /** The court that passed the judgment, e.g. `Tòa án nhân dân Quận 1, Thành phố Hồ Chí Minh`. */
  court: string;
  offences: Offence[];
  mainPenalty: Penalty;
  additionalPenalties: Penalty[];
  /** The day the sentence was fully served; absent while it is still being served. */
  servedDate?: IsoDate;
  /** The day the conviction was expunged; absent while it is still on record. */
  expungedDate?: IsoDate;
}

/** A court's ban on holding management positions (LLTP `dsCDNCV`), usually after a bankruptcy. */
export interface PositionBan {
  decisionNo: string;
  decisionDate: IsoDate;
  court: string;
  /** The positions the person may not hold. */
  bannedPosition: string;
  durationYears: number;
  fromDate: IsoDate;
}

export interface JudicialRecord {
  citizenId: string;
  /** Oldest first. A record holds at least one conviction or one position ban. */
  convictions: Conviction[];
  positionBans: PositionBan[];
}

export type EnterpriseStatus = 'active' | 'suspended' | 'dissolved';

export interface HeadOffice {
  provinceCode: string;
  provinceName: string;
  districtCode: string;
  districtName: string;
  wardCode: string;
  wardName: string;
  /** House number and street. */
  streetNumber: string;
  /** The whole address on one line, street to province. */
  fullText: string;
}

export interface BusinessLine {
  /** Four-digit VSIC 2018 code. */
  code: string;
  name: string;
  isMain: boolean;
}

export interface Member {
  name: string;
  /** Contributed capital in VND. */
  amount: number;
  /** Share of the charter capital in percent, two decimals; the members' ratios add up to 100. */
  ratio: number;
  /** ISO 3166 alpha-2 country of the member. */
  country: string;
}

export interface Enterprise {
  /** The 10-digit enterprise code, which is also the tax code (passes `validateMst`). */
  code: string;
  /** The registry's internal numeric ID (`ENTERPRISE_ID`). */
  internalId: number;
  /** Enterprise-type code; the registry's code list is unpublished, these are the simulator's. */
  typeId: string;
  typeName: string;
  /** Registered Vietnamese name, in capitals. */
  name: string;
  shortName: string;
  /** Registered name in a foreign language (English here). */
  foreignName: string;
  foundingDate: IsoDate;
  /** The last amendment, or the founding date when the registration was never amended. */
  lastAmendDate: IsoDate;
  numberOfChanges: number;
  status: EnterpriseStatus;
  /**
   * The day the current status took effect, when that was not the founding: a suspension, a
   * dissolution, or a resumption back to active. Status changes are not amendments, so they do
   * not move `lastAmendDate` or `numberOfChanges`.
   */
  statusChangedOn?: IsoDate;
  /** Citizen IDs of the legal representatives: living adults of the dataset. */
  legalRepresentativeIds: string[];
  /** Charter capital in VND. */
  capital: number;
  headOffice: HeadOffice;
  /** One to four lines, exactly one of them main. */
  businessLines: BusinessLine[];
  /** Members or shareholders; empty for a private enterprise, which has an owner only. */
  members: Member[];
  /** 13-digit codes of the branches: the base code + 001, 002, … */
  branchCodes: string[];
}

export type EnterpriseDocumentType = 'new' | 'amendment' | 'suspension' | 'dissolution' | 'resumption';

export type EnterpriseProcessStatus = 'received' | 'processing' | 'supplementRequested' | 'approved' | 'rejected';

/** A registration dossier at the provincial Business Registration Office. */
export interface EnterpriseDossier {
  /** `IN_JOURNAL_NO`: unique, increasing with the receipt time. */
  journalNo: number;
  documentType: EnterpriseDocumentType;
  /** The enterprise's 10-digit code (`ENTERPRISE_GDT_CODE`). */
  enterpriseCode: string;
  /** The enterprise's internal ID (`ENTERPRISE_CODE` in the dossier lists). */
  enterpriseInternalId: number;
  /** The enterprise name on the dossier. */
  name: string;
  /** The registering office: here the GSO code of the head office's province, as a number. */
  siteId: number;
  receiptDate: IsoDate;
  /** Receipt time, ISO 8601 with the +07:00 offset. */
  receivedAt: string;
  /** The promised processing date: three working days after receipt. */
  planDate: IsoDate;
  processStatus: EnterpriseProcessStatus;
  /** Set when the status is `approved` or `rejected`. */
  processedDate?: IsoDate;
  /** Processing time, ISO 8601 with the +07:00 offset; set with `processedDate`. */
  processedAt?: string;
  /** Set when the status is `supplementRequested`. */
  supplementDate?: IsoDate;
  submissionType: 'online' | 'paper';
  contactName: string;
  contactAddress: string;
  /** The contact's CCCD number. */
  contactIdNo: string;
  contactPhone: string;
  contactEmail: string;
}

export type TestPersonRole =
  | 'cleanRecord'
  | 'convicted'
  | 'expunged'
  | 'deceased'
  | 'married'
  | 'marriedSpouse'
  | 'singleAdult'
  | 'singleAdultPartner'
  | 'birthMother'
  | 'birthFather'
  | 'unknownPerson'
  | 'activeEnterprise'
  | 'dissolvedEnterprise'
  | InsuranceTestPersonRole;

/** One named fixture that is present with the same identifier whatever the seed. */
export interface TestPerson {
  role: TestPersonRole;
  kind: 'citizen' | 'enterprise';
  /** CCCD number for a citizen, 10-digit code for an enterprise. */
  id: string;
  name: string;
  /** False only for the unknown person, whose valid ID is deliberately absent. */
  inDataset: boolean;
  /** What it is for, in one line. */
  description: string;
  /** For the active enterprise: its 13-digit branch code. */
  branchCode?: string;
}

export interface SeedDataset {
  seed: number;
  /** Generated citizens followed by the test persons. */
  citizens: Citizen[];
  judicialRecords: JudicialRecord[];
  enterprises: Enterprise[];
  enterpriseDossiers: EnterpriseDossier[];
  testPersons: Record<TestPersonRole, TestPerson>;
}
