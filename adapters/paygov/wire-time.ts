import { formatWireDate } from '../../src/core/dates/wire-dates';

/** PayGov times are 14 digits yyyyMMddHHmmss in Vietnam time (UTC+7, no daylight saving). */
export function toPaygovTime(at: Date): string {
  return formatWireDate(at, 'yyyyMMddHHmmss');
}

/** `20260115093512` → `15/01/2026 09:35:12`, for people (the page and the receipt). */
export function displayPaygovTime(time: string): string {
  if (!/^\d{14}$/.test(time)) return time;
  return `${time.slice(6, 8)}/${time.slice(4, 6)}/${time.slice(0, 4)} ${time.slice(8, 10)}:${time.slice(10, 12)}:${time.slice(12, 14)}`;
}

/** PayGov's transaction id: `PG` + yyMMdd (Vietnam time) + six digits, e.g. PG260115000123. */
export function transactionId(at: Date, random: () => number): string {
  const serial = Math.floor(random() * 1_000_000)
    .toString()
    .padStart(6, '0');
  return `PG${toPaygovTime(at).slice(2, 8)}${serial}`;
}

/** `50000` → `50.000`, Vietnamese thousands separators. */
export function formatVnd(amount: number): string {
  return amount.toFixed(0).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}
