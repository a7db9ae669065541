/**
 * The query parameters of the registry's dossier lists (DOMAIN.md §8.1): a time window of today
 * (`from_ts`/`to_ts`, `HH:mm` 24-hour) or a range of days (`from_date`/`to_date`, `dd/MM/yyyy`,
 * at most five days counting both ends), and paging (`offset`, `limit`). The schemas check the
 * shapes; the rules here check what a pattern cannot say (a real time, a real day, the order, the
 * five-day cap), and every message names the parameter as the caller wrote it.
 */
import type { FieldViolation } from '../../src/core/errors';
import { DAY_MS } from '../../src/core/dates/iso-days';
import { fromIsoDate, parseWireDate, toIsoDate } from '../../src/core/dates/wire-dates';
import type { DanhSachHoSoRequest, DanhSachHoSoTrongNgayRequest } from '../../src/generated/schema-types';
import type { PageRequest } from './dossier-index';

/** Most days `danhSachHoSo` covers, both ends counted (the real registry's cap). */
export const MAX_RANGE_DAYS = 5;
/** Page size when `limit` is not sent. */
export const DEFAULT_LIMIT = 50;
/** Largest page a caller may ask for. */
export const MAX_LIMIT = 500;

/** `danhSachHoSoTrongNgay`'s query: a window of today. */
type TimeWindowQuery = DanhSachHoSoTrongNgayRequest;
/** `danhSachHoSo`'s query: a range of days. */
type DateRangeQuery = DanhSachHoSoRequest;

export function pageOf(query: { offset?: number; limit?: number }): PageRequest {
  return { offset: query.offset ?? 0, limit: query.limit ?? DEFAULT_LIMIT };
}

/** Rules of `from_ts`/`to_ts` beyond their pattern. */
export function checkTimeWindow({ from_ts, to_ts }: TimeWindowQuery): FieldViolation[] {
  const from = parseWireDate(from_ts, 'HH:mm');
  const to = parseWireDate(to_ts, 'HH:mm');
  const violations: FieldViolation[] = [];
  if (!from) violations.push(notA('body.from_ts', from_ts, 'a time of day written HH:mm (00:00 to 23:59)'));
  if (!to) violations.push(notA('body.to_ts', to_ts, 'a time of day written HH:mm (00:00 to 23:59)'));
  if (from && to && from > to) {
    violations.push({ path: 'body.to_ts', message: `body.to_ts (${to_ts}) must not be earlier than body.from_ts (${from_ts})` });
  }
  return violations;
}

/** Rules of `from_date`/`to_date` beyond their pattern: real days, in order, at most five days. */
export function checkDateRange({ from_date, to_date }: DateRangeQuery): FieldViolation[] {
  const from = parseWireDate(from_date, 'dd/MM/yyyy');
  const to = parseWireDate(to_date, 'dd/MM/yyyy');
  const violations: FieldViolation[] = [];
  if (!from) violations.push(notA('body.from_date', from_date, 'a real day written dd/MM/yyyy'));
  if (!to) violations.push(notA('body.to_date', to_date, 'a real day written dd/MM/yyyy'));
  if (from && to) {
    const days = Math.round((to.getTime() - from.getTime()) / DAY_MS) + 1;
    if (days < 1) {
      violations.push({ path: 'body.to_date', message: `body.to_date (${to_date}) must not be earlier than body.from_date (${from_date})` });
    } else if (days > MAX_RANGE_DAYS) {
      violations.push({
        path: 'body.to_date',
        message: `body.from_date to body.to_date covers ${days} days; the registry answers at most ${MAX_RANGE_DAYS} days at a time`,
      });
    }
  }
  return violations;
}

/** The instants a checked time window covers on the Vietnamese day of `now`; `to` ends its minute. */
export function timeWindowOn(query: TimeWindowQuery, now: Date): { from: Date; to: Date } {
  const day = fromIsoDate(toIsoDate(now)) as Date;
  const from = parseWireDate(query.from_ts, 'HH:mm', { day }) as Date;
  const to = parseWireDate(query.to_ts, 'HH:mm', { day }) as Date;
  return { from, to: new Date(to.getTime() + 59_999) };
}

/** The instants a checked day range covers: from the first day's midnight to the last day's end. */
export function dateRange(query: DateRangeQuery): { from: Date; to: Date } {
  const from = parseWireDate(query.from_date, 'dd/MM/yyyy') as Date;
  const to = parseWireDate(query.to_date, 'dd/MM/yyyy') as Date;
  return { from, to: new Date(to.getTime() + DAY_MS - 1) };
}

function notA(path: string, value: string, what: string): FieldViolation {
  return { path, message: `${path} must be ${what}, got ${JSON.stringify(value)}` };
}
