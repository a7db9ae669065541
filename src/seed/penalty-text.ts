/**
 * The wording Vietnamese judgments and LLTP certificates use for terms and amounts: two-digit
 * counts (`02 năm 06 tháng`) and dot-grouped đồng (`20.000.000 đồng`), so the certificate text an
 * adapter prints looks like a real one.
 */

/** `30` → `02 năm 06 tháng`; `9` → `09 tháng`; `36` → `03 năm`. */
export function formatMonths(months: number): string {
  const years = Math.floor(months / 12);
  const rest = months % 12;
  const parts: string[] = [];
  if (years > 0) parts.push(`${String(years).padStart(2, '0')} năm`);
  if (rest > 0 || years === 0) parts.push(`${String(rest).padStart(2, '0')} tháng`);
  return parts.join(' ');
}

/** `20000000` → `20.000.000 đồng`. */
export function formatVnd(amount: number): string {
  return `${String(Math.round(amount)).replace(/\B(?=(\d{3})+(?!\d))/g, '.')} đồng`;
}
