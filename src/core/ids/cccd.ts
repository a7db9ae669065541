import { isGsoProvinceCode } from './gso-province-codes';

/**
 * CCCD — the 12-digit personal identification number (DOMAIN.md §10.1), laid out `PPP G YY SSSSSS`:
 * place of birth registration, gender-and-century digit, two-digit year, six-digit serial.
 *
 * Only domestic numbers are accepted (`0` + a GSO province code): the simulator seeds only
 * citizens registered in Viet Nam, and a number starting with another digit (a foreign-country
 * prefix) cannot be tied to a province. The serial carries no check digit.
 */

export type Gender = 'male' | 'female';

export interface CccdParts {
  /** Two-digit GSO code of the province where the birth was registered, e.g. `'44'`. */
  provinceCode: string;
  gender: Gender;
  /** Full year of birth, 1900–2399. */
  birthYear: number;
  /** The last six digits, as printed (leading zeros kept). */
  serial: string;
}

export type CccdParseResult =
  ({ ok: true; /** The three-digit prefix, e.g. `'044'`. */ placeCode: string } & CccdParts) | { ok: false; reason: string };

const FIRST_YEAR = 1900;
const LAST_YEAR = 2399;

/** Splits a CCCD number into its parts, or says in plain English why it is not one. */
export function parseCccd(value: string): CccdParseResult {
  if (typeof value !== 'string') return { ok: false, reason: 'a personal ID number must be a string' };
  if (value.length !== 12) {
    return { ok: false, reason: `a personal ID number has 12 digits, this one has ${value.length} characters` };
  }
  if (!/^\d{12}$/.test(value)) return { ok: false, reason: 'a personal ID number may contain only the digits 0-9' };
  const placeCode = value.slice(0, 3);
  if (placeCode[0] !== '0') {
    return {
      ok: false,
      reason: `prefix ${placeCode} is a foreign-country code; only numbers registered in Viet Nam (0 + province code) are accepted`,
    };
  }
  const provinceCode = placeCode.slice(1);
  if (!isGsoProvinceCode(provinceCode)) {
    return { ok: false, reason: `prefix ${placeCode} is not 0 followed by a known GSO province code` };
  }
  const genderCentury = Number(value[3]);
  const birthYear = (Math.floor(genderCentury / 2) + 19) * 100 + Number(value.slice(4, 6));
  return {
    ok: true,
    placeCode,
    provinceCode,
    gender: genderCentury % 2 === 0 ? 'male' : 'female',
    birthYear,
    serial: value.slice(6),
  };
}

/** True when `value` is a well-formed domestic CCCD number. */
export function isCccd(value: unknown): value is string {
  return typeof value === 'string' && parseCccd(value).ok;
}

export interface MakeCccdInput {
  /** Two-digit GSO province code (`'44'`); the three-digit prefix form (`'044'`) is accepted too. */
  provinceCode: string;
  gender: Gender;
  birthYear: number;
  /** Six digits, or a number 0–999999 that is zero-padded. */
  serial: string | number;
}

/** Builds a CCCD number from its parts; throws a RangeError when a part cannot be encoded. */
export function makeCccd({ provinceCode, gender, birthYear, serial }: MakeCccdInput): string {
  const province = provinceCode.length === 3 && provinceCode[0] === '0' ? provinceCode.slice(1) : provinceCode;
  if (!isGsoProvinceCode(province)) throw new RangeError(`makeCccd: ${provinceCode} is not a GSO province code`);
  if (!Number.isInteger(birthYear) || birthYear < FIRST_YEAR || birthYear > LAST_YEAR) {
    throw new RangeError(`makeCccd: birth year must be ${FIRST_YEAR}-${LAST_YEAR}, got ${birthYear}`);
  }
  const serialText = typeof serial === 'number' ? String(serial).padStart(6, '0') : serial;
  if (!/^\d{6}$/.test(serialText)) throw new RangeError(`makeCccd: serial must be six digits, got ${serial}`);
  const century = Math.floor(birthYear / 100) - 19;
  const genderCentury = century * 2 + (gender === 'female' ? 1 : 0);
  return `0${province}${genderCentury}${String(birthYear % 100).padStart(2, '0')}${serialText}`;
}
