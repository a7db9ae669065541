/**
 * Calendar arithmetic on ISO `YYYY-MM-DD` days, the date form of the seed data and the backends.
 * Days are treated as plain calendar dates (computed in UTC), so no time zone can move them.
 */
import type { SeededRandom } from '../random/seeded-random';
import { daysInMonth } from './wire-dates';

/** An ISO calendar day, `YYYY-MM-DD`, in Vietnamese local time. */
export type IsoDate = string;

/** Milliseconds in a day: the one place the number is written. */
export const DAY_MS = 86_400_000;

function toUtc(iso: IsoDate): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new RangeError(`not an ISO day: ${iso}`);
  const date = new Date(0);
  date.setUTCFullYear(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return date;
}

function fromUtc(date: Date): IsoDate {
  return date.toISOString().slice(0, 10);
}

/** The ISO day of a year, month (1–12) and day; an overflowing day rolls into the next month. */
export function isoDay(year: number, month: number, day: number): IsoDate {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return fromUtc(date);
}

export function addDays(iso: IsoDate, days: number): IsoDate {
  return fromUtc(new Date(toUtc(iso).getTime() + days * DAY_MS));
}

/** Adds months, keeping the day of month where it exists and using the month's last day otherwise. */
export function addMonths(iso: IsoDate, months: number): IsoDate {
  const [y, m, d] = iso.split('-').map(Number);
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  return isoDay(year, month, Math.min(d, daysInMonth(year, month)));
}

export function addYears(iso: IsoDate, years: number): IsoDate {
  return addMonths(iso, years * 12);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((toUtc(to).getTime() - toUtc(from).getTime()) / DAY_MS);
}

/** Completed years of age on `on` for someone born on `birth`. */
export function ageOn(birth: IsoDate, on: IsoDate): number {
  const [by, bm, bd] = birth.split('-').map(Number);
  const [y, m, d] = on.split('-').map(Number);
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/** `days` working days (Monday–Friday) after `iso`; public holidays are not modelled. */
export function addWorkingDays(iso: IsoDate, days: number): IsoDate {
  let date = iso;
  let left = days;
  while (left > 0) {
    date = addDays(date, 1);
    const weekday = toUtc(date).getUTCDay();
    if (weekday !== 0 && weekday !== 6) left--;
  }
  return date;
}

export function yearOf(iso: IsoDate): number {
  return Number(iso.slice(0, 4));
}

/** The earlier of two ISO days (ISO days sort as strings). */
export function minDay(a: IsoDate, b: IsoDate): IsoDate {
  return a < b ? a : b;
}

export function maxDay(a: IsoDate, b: IsoDate): IsoDate {
  return a > b ? a : b;
}

/** A day from `from` to `to` inclusive, drawn from `rng`; `from` when the range is empty. */
export function randomDayBetween(rng: SeededRandom, from: IsoDate, to: IsoDate): IsoDate {
  return addDays(from, rng.int(0, Math.max(0, daysBetween(from, to))));
}
