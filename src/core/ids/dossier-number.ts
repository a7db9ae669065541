import { daysInMonth, toIsoDate } from '../dates/wire-dates';

/**
 * One-stop dossier numbers (DOMAIN.md §10.3): `{unit identifier}-{yyMMdd}-{NNNN}`, e.g.
 * `000.00.12.H99-260115-0001`. The counter is per unit and day, zero-padded to four digits and
 * simply longer past 9999, which is why the pattern says `\d{4,}`.
 */

export const DOSSIER_NUMBER_PATTERN = /^[0-9A-Z.]+-\d{6}-\d{4,}$/;

const UNIT_PATTERN = /^[0-9A-Z.]+$/;

export interface DossierNumberParts {
  /** The receiving unit's identifier (`MaDinhDanh`), e.g. `000.00.12.H99` or `H56.14`. */
  unit: string;
  /** The receipt day as ISO `YYYY-MM-DD` (two-digit years are read as 20yy). */
  receiptDate: string;
  /** The day's counter, from 1. */
  sequence: number;
}

export type DossierNumberParseResult = ({ ok: true } & DossierNumberParts) | { ok: false; reason: string };

export interface FormatDossierNumberInput {
  unit: string;
  /** A Date (its Vietnamese calendar day is used) or an ISO `YYYY-MM-DD` day. */
  receiptDate: Date | string;
  /** The day's counter, a whole number from 0. */
  sequence: number;
}

/** Builds a dossier number; throws a RangeError when a part cannot appear in one. */
export function formatDossierNumber({ unit, receiptDate, sequence }: FormatDossierNumberInput): string {
  if (!UNIT_PATTERN.test(unit)) throw new RangeError(`formatDossierNumber: unit ${JSON.stringify(unit)} may hold only 0-9, A-Z and dots`);
  if (!Number.isSafeInteger(sequence) || sequence < 0) {
    throw new RangeError(`formatDossierNumber: sequence must be a whole number >= 0, got ${sequence}`);
  }
  const iso = typeof receiptDate === 'string' ? receiptDate : toIsoDate(receiptDate);
  const match = /^(\d{2})(\d{2})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match || !isRealDay(Number(match[1] + match[2]), Number(match[3]), Number(match[4]))) {
    throw new RangeError(`formatDossierNumber: receipt date ${iso} is not an ISO YYYY-MM-DD day`);
  }
  // A two-digit year is read back as 20yy, so other centuries could not round-trip.
  if (match[1] !== '20') throw new RangeError(`formatDossierNumber: receipt date ${iso} is outside 2000-2099`);
  return `${unit}-${match[2]}${match[3]}${match[4]}-${String(sequence).padStart(4, '0')}`;
}

/** Splits a dossier number into unit, receipt day and counter, or says why it is not one. */
export function parseDossierNumber(value: string): DossierNumberParseResult {
  if (typeof value !== 'string') return { ok: false, reason: 'a dossier number must be a string' };
  if (!DOSSIER_NUMBER_PATTERN.test(value)) {
    return { ok: false, reason: 'a dossier number reads {unit}-{yyMMdd}-{NNNN}, e.g. 000.00.12.H99-260115-0001' };
  }
  const [, unit, yymmdd, counter] = /^(.+)-(\d{6})-(\d+)$/.exec(value) as RegExpExecArray;
  const year = 2000 + Number(yymmdd.slice(0, 2));
  const month = Number(yymmdd.slice(2, 4));
  const day = Number(yymmdd.slice(4, 6));
  if (!isRealDay(year, month, day)) return { ok: false, reason: `${yymmdd} is not a real yyMMdd date` };
  return { ok: true, unit, receiptDate: `${year}-${yymmdd.slice(2, 4)}-${yymmdd.slice(4, 6)}`, sequence: Number(counter) };
}

/** True when `value` is a well-formed dossier number with a real receipt day. */
export function isDossierNumber(value: unknown): value is string {
  return typeof value === 'string' && parseDossierNumber(value).ok;
}

function isRealDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}
