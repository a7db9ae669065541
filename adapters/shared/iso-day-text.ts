import { formatWireDate, fromIsoDate, type WireDateFormat } from '../../src/core/dates/wire-dates';

/** An ISO day of the seeds (`2025-07-01`) written in a backend's wire format (`01/07/2025`). */
export function isoDayText(iso: string, format: WireDateFormat = 'dd/MM/yyyy'): string {
  const day = fromIsoDate(iso.slice(0, 10));
  if (!day) throw new RangeError(`not an ISO day: ${iso}`);
  return formatWireDate(day, format);
}

/** An ISO day as a .NET `DateTime` without a zone serialises it: `2025-07-01T00:00:00`. */
export function isoDayAsDateTime(iso: string): string {
  return `${iso.slice(0, 10)}T00:00:00`;
}
