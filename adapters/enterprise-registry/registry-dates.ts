import { formatWireDate, fromIsoDate } from '../../src/core/dates/wire-dates';

/** `2019-03-05` → `05/03/2019`, the registry's date format (DOMAIN.md §1). */
export function isoToRegistryDate(iso: string): string {
  const day = fromIsoDate(iso.slice(0, 10));
  if (!day) throw new RangeError(`not an ISO day: ${iso}`);
  return formatWireDate(day, 'dd/MM/yyyy');
}

/** `2025-01-15T09:12:00+07:00` → `15/01/2025 09:12:00`: receipt and processing times of dossiers. */
export function timestampToRegistry(iso: string): string {
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) throw new RangeError(`not an ISO timestamp: ${iso}`);
  return formatWireDate(instant, 'dd/MM/yyyy HH:mm:ss');
}

/**
 * `2019-03-05` → `2019-03-05T00:00:00`: how a C# `DateTime` without a zone serialises, the Thanh Hóa
 * variant's date form (DOMAIN.md §8.2, inferred).
 */
export function isoToEntCertDate(iso: string): string {
  return `${iso.slice(0, 10)}T00:00:00`;
}
