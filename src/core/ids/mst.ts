/**
 * MST — enterprise code / tax code (DOMAIN.md §10.2): two province digits, a seven-digit serial,
 * a check digit, and for a branch or dependent unit a three-digit suffix (001–999), usually
 * written after a dash. The enterprise registry's `ENTERPRISE_GDT_CODE` / `msdn` is this number.
 *
 * Validation follows python-stdnum's rule order exactly, because agency code written against the
 * real registry tells errors apart by kind: length first, then characters, then components, then
 * the checksum.
 */

export type MstError = 'InvalidLength' | 'InvalidFormat' | 'InvalidComponent' | 'InvalidChecksum';

export type MstResult =
  | {
      ok: true;
      /** The ten-digit enterprise code. */
      base: string;
      /** The three-digit branch suffix of a 13-digit code. */
      branch?: string;
      /** Digits only: 10 or 13 of them. */
      normalized: string;
    }
  | { ok: false; error: MstError; message: string };

const WEIGHTS = [31, 29, 23, 19, 17, 13, 7, 5, 3] as const;

/** Removes the separators people and systems write into codes: spaces, `-` and `.`. */
export function compactMst(value: string): string {
  return value.replace(/[\s.-]/g, '');
}

/**
 * The tenth digit for the first nine, or undefined when no tenth digit can make the base valid
 * (the weighted sum is a multiple of 11, which would call for a check digit of 10) or the input
 * is not nine digits.
 */
export function mstCheckDigit(first9: string): string | undefined {
  if (!/^\d{9}$/.test(first9)) return undefined;
  let total = 0;
  for (let i = 0; i < 9; i++) total += WEIGHTS[i] * Number(first9[i]);
  const remainder = total % 11;
  return remainder === 0 ? undefined : String(10 - remainder);
}

/** Checks an enterprise / tax code and returns its parts, or the first rule it breaks. */
export function validateMst(value: string): MstResult {
  const normalized = compactMst(String(value));
  if (normalized.length !== 10 && normalized.length !== 13) {
    return fail('InvalidLength', `an enterprise code has 10 or 13 digits, this one has ${normalized.length}`);
  }
  if (!/^\d+$/.test(normalized)) return fail('InvalidFormat', 'an enterprise code may contain only digits');
  if (normalized.slice(2, 9) === '0000000') {
    return fail('InvalidComponent', 'the serial number (digits 3-9) of an enterprise code cannot be 0000000');
  }
  if (normalized.length === 13 && normalized.endsWith('000')) {
    return fail('InvalidComponent', 'a branch suffix runs from 001 to 999; 000 is not a branch');
  }
  const expected = mstCheckDigit(normalized.slice(0, 9));
  if (expected === undefined) {
    return fail('InvalidChecksum', 'no check digit can make these first nine digits a valid enterprise code');
  }
  if (normalized[9] !== expected) {
    return fail('InvalidChecksum', `the check digit (digit 10) should be ${expected}, not ${normalized[9]}`);
  }
  const base = normalized.slice(0, 10);
  return normalized.length === 13 ? { ok: true, base, branch: normalized.slice(10), normalized } : { ok: true, base, normalized };
}

/** True when `value` is a valid 10- or 13-digit enterprise code, separators allowed. */
export function isMst(value: unknown): value is string {
  return typeof value === 'string' && validateMst(value).ok;
}

/**
 * A valid ten-digit enterprise code from two province digits and a seven-digit serial, or
 * undefined when that base cannot carry a check digit or the serial is 0000000.
 */
export function makeMst(provinceDigits: string, serial7: string | number): string | undefined {
  const serial = typeof serial7 === 'number' ? String(serial7).padStart(7, '0') : serial7;
  if (!/^\d{2}$/.test(provinceDigits) || !/^\d{7}$/.test(serial) || serial === '0000000') return undefined;
  const check = mstCheckDigit(provinceDigits + serial);
  return check === undefined ? undefined : provinceDigits + serial + check;
}

/** The 13-digit code of branch `branchNumber` (1–999) of a valid ten-digit base. */
export function makeMstBranch(base: string, branchNumber: number): string {
  const result = validateMst(base);
  if (!result.ok || result.branch !== undefined) throw new RangeError(`makeMstBranch: ${base} is not a valid 10-digit base`);
  if (!Number.isInteger(branchNumber) || branchNumber < 1 || branchNumber > 999) {
    throw new RangeError(`makeMstBranch: branch number must be 1-999, got ${branchNumber}`);
  }
  return result.base + String(branchNumber).padStart(3, '0');
}

/** The usual printed form: `4412345674` or `4412345674-001`. */
export function formatMst(value: string): string | undefined {
  const result = validateMst(value);
  if (!result.ok) return undefined;
  return result.branch === undefined ? result.base : `${result.base}-${result.branch}`;
}

function fail(error: MstError, message: string): MstResult {
  return { ok: false, error, message };
}
