/**
 * Registration dossiers received by the provincial Business Registration Offices over the last
 * ten days, so `danhSachHoSo` (a window of at most five days) and `danhSachHoSoTrongNgay` (today)
 * both find something. A dossier and its enterprise agree: an approved new registration founded
 * the enterprise that day, an approved amendment is its last amendment, a suspended or dissolved
 * enterprise got there through an approved dossier, and a dossier still pending changed nothing.
 */
import type { SeededRandom } from '../core/random/seeded-random';
import { addDays, addWorkingDays } from '../core/dates/iso-days';
import { RECENT_WINDOW_DAYS } from './generate-enterprises';
import { formatAddress, type UnitsIndex } from './units-index';
import type { Citizen, Enterprise, EnterpriseDocumentType, EnterpriseDossier, EnterpriseProcessStatus, IsoDate } from './types';
import { stripDiacritics } from './vietnamese-names';

export interface GenerateEnterpriseDossiersOptions {
  rng: SeededRandom;
  units: UnitsIndex;
  today: IsoDate;
  enterprises: readonly Enterprise[];
  citizens: readonly Citizen[];
  /** Share of enterprises with a recent dossier. Default 0.1. */
  share?: number;
}

export interface EnterpriseDossierResult {
  /** The enterprises, with the dates the approved dossiers set. */
  enterprises: Enterprise[];
  /** Sorted by receipt time; `journalNo` grows with it. */
  dossiers: EnterpriseDossier[];
}

const PENDING: ReadonlyArray<readonly [EnterpriseProcessStatus, number]> = [
  ['received', 35],
  ['processing', 35],
  ['supplementRequested', 20],
  ['rejected', 10],
];

export function generateEnterpriseDossiers(options: GenerateEnterpriseDossiersOptions): EnterpriseDossierResult {
  const { rng, today, share = 0.1 } = options;
  const enterprises = options.enterprises.slice();
  const citizensById = new Map(options.citizens.map((c) => [c.id, c]));
  const count = enterprises.length === 0 ? 0 : Math.max(1, Math.round(enterprises.length * share));
  const picked = rng
    .shuffle(enterprises.map((_, i) => i))
    .slice(0, count)
    .sort((a, b) => a - b);

  const dossiers: Omit<EnterpriseDossier, 'journalNo'>[] = [];
  for (const index of picked) {
    const enterprise = enterprises[index];
    const documentType = chooseType(rng, enterprise);
    const daysAgo = rng.int(0, RECENT_WINDOW_DAYS - 1);
    const receiptDate = addDays(today, -daysAgo);
    const receivedMinute = rng.int(7 * 60 + 30, 17 * 60);
    // New registrations and the status changes behind a suspended, dissolved or resumed
    // enterprise are approved; only amendments and pending suspensions or dissolutions vary.
    const mustApprove = documentType === 'new' || documentType === 'resumption' || enterprise.status !== 'active';
    const status: EnterpriseProcessStatus = mustApprove
      ? 'approved'
      : documentType === 'amendment'
        ? rng.weighted<EnterpriseProcessStatus>([['approved', 55], ...PENDING])
        : rng.weighted(PENDING);
    const lag = rng.int(0, Math.min(daysAgo, 3));
    const processMinute = lag === 0 ? receivedMinute + rng.int(20, 180) : rng.int(8 * 60, 17 * 60);
    const representative = citizensById.get(enterprise.legalRepresentativeIds[0]);
    if (!representative) throw new RangeError(`legal representative of ${enterprise.code} is not a citizen of the dataset`);
    const processed = status === 'approved' || status === 'rejected';
    const processedDate = addDays(receiptDate, lag);
    dossiers.push({
      documentType,
      enterpriseCode: enterprise.code,
      enterpriseInternalId: enterprise.internalId,
      name: enterprise.name,
      siteId: Number(enterprise.headOffice.provinceCode),
      receiptDate,
      receivedAt: timestamp(receiptDate, receivedMinute, rng.int(0, 59)),
      planDate: addWorkingDays(receiptDate, 3),
      processStatus: status,
      ...(processed ? { processedDate, processedAt: timestamp(processedDate, processMinute, rng.int(0, 59)) } : {}),
      ...(status === 'supplementRequested' ? { supplementDate: processedDate } : {}),
      submissionType: rng.chance(0.8) ? 'online' : 'paper',
      contactName: representative.fullName,
      contactAddress: formatAddress(options.units, representative.residence),
      contactIdNo: representative.id,
      contactPhone: representative.phone,
      contactEmail: emailOf(representative, rng.int(1, 99)),
    });
    if (status === 'approved') enterprises[index] = applyApproval(enterprise, documentType, processedDate);
  }
  dossiers.sort((a, b) => (a.receivedAt < b.receivedAt ? -1 : a.receivedAt > b.receivedAt ? 1 : a.enterpriseCode < b.enterpriseCode ? -1 : 1));
  return { enterprises, dossiers: dossiers.map((dossier, i) => ({ journalNo: 1_000_001 + i, ...dossier })) };
}

function chooseType(rng: SeededRandom, enterprise: Enterprise): EnterpriseDocumentType {
  if (enterprise.status === 'dissolved') return 'dissolution';
  if (enterprise.status === 'suspended') return 'suspension';
  return rng.weighted<EnterpriseDocumentType>([
    ['new', 30],
    ['amendment', 45],
    ['resumption', 8],
    ['suspension', 8],
    ['dissolution', 9],
  ]);
}

/** What an approved dossier does to its enterprise's registration dates. */
function applyApproval(enterprise: Enterprise, documentType: EnterpriseDocumentType, day: IsoDate): Enterprise {
  if (documentType === 'new') {
    return { ...enterprise, foundingDate: day, lastAmendDate: day, numberOfChanges: 0, branchCodes: [] };
  }
  if (documentType === 'amendment') {
    return { ...enterprise, lastAmendDate: day, numberOfChanges: enterprise.numberOfChanges + 1 };
  }
  return { ...enterprise, statusChangedOn: day };
}

/** ISO 8601 in Vietnamese local time. */
function timestamp(day: IsoDate, minuteOfDay: number, second: number): string {
  const hh = String(Math.floor(minuteOfDay / 60)).padStart(2, '0');
  const mm = String(minuteOfDay % 60).padStart(2, '0');
  return `${day}T${hh}:${mm}:${String(second).padStart(2, '0')}+07:00`;
}

/** `Nguyễn Thị Lan` → `lan.nguyen42@example.com` (a reserved domain: nothing is ever delivered). */
function emailOf(citizen: Citizen, number: number): string {
  const words = stripDiacritics(citizen.fullName).toLowerCase().split(' ');
  return `${words[words.length - 1]}.${words[0]}${number}@example.com`;
}
