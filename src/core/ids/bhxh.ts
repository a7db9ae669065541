import { parseCccd } from './cccd';

/**
 * Social-insurance identifiers (DOMAIN.md §10.6, all inferred): the lifelong 10-digit BHXH number
 * (`maSoBhxh`) and the older 15-character health-insurance card code — a 2-letter beneficiary group,
 * a benefit level 1–5, a 2-digit province and the BHXH number, e.g. `TE1444422001234` for a child
 * under six. Newer cards print only the 10 digits and VNeID lookups take the 12-digit personal ID,
 * so a `maThe` may arrive in any of the three shapes.
 */

export interface BhytCardParts {
  /** Beneficiary group, two capital letters: `TE` child under six, `DN` employee, `HT` pensioner… */
  group: string;
  /** Benefit level 1–5 (1 = 100 % cover). */
  level: number;
  /** Two-digit province code of the issuing office. */
  provinceCode: string;
  /** The holder's 10-digit BHXH number. */
  bhxhNumber: string;
}

export type BhytCardParseResult = ({ ok: true } & BhytCardParts) | { ok: false; reason: string };

export type MaTheResult =
  | { ok: true; kind: 'bhxhNumber'; bhxhNumber: string }
  | { ok: true; kind: 'personalId'; personalId: string }
  | ({ ok: true; kind: 'cardCode' } & BhytCardParts)
  | { ok: false; reason: string };

/** True for a 10-digit BHXH number. */
export function isBhxhNumber(value: unknown): value is string {
  return typeof value === 'string' && /^\d{10}$/.test(value);
}

/** Builds a 15-character card code; throws a RangeError when a part does not fit. */
export function makeBhytCardCode({ group, level, provinceCode, bhxhNumber }: BhytCardParts): string {
  if (!/^[A-Z]{2}$/.test(group)) throw new RangeError(`makeBhytCardCode: group must be two capital letters, got ${group}`);
  if (!Number.isInteger(level) || level < 1 || level > 5) {
    throw new RangeError(`makeBhytCardCode: benefit level must be 1-5, got ${level}`);
  }
  if (!/^\d{2}$/.test(provinceCode)) throw new RangeError(`makeBhytCardCode: province code must be 2 digits, got ${provinceCode}`);
  if (!isBhxhNumber(bhxhNumber)) throw new RangeError(`makeBhytCardCode: BHXH number must be 10 digits, got ${bhxhNumber}`);
  return `${group}${level}${provinceCode}${bhxhNumber}`;
}

/** Splits a 15-character card code, or says why it is not one. */
export function parseBhytCardCode(value: string): BhytCardParseResult {
  if (typeof value !== 'string' || value.length !== 15) {
    return { ok: false, reason: 'a health-insurance card code has 15 characters' };
  }
  if (!/^[A-Z]{2}/.test(value)) return { ok: false, reason: 'a card code starts with a two-capital-letter group such as TE or DN' };
  if (!/^[A-Z]{2}[1-5]/.test(value)) return { ok: false, reason: 'the third character of a card code is a benefit level 1-5' };
  if (!/^[A-Z]{2}[1-5]\d{12}$/.test(value)) {
    return { ok: false, reason: 'a card code ends with a 2-digit province code and the 10-digit BHXH number' };
  }
  return {
    ok: true,
    group: value.slice(0, 2),
    level: Number(value[2]),
    provinceCode: value.slice(3, 5),
    bhxhNumber: value.slice(5),
  };
}

/** Accepts a `maThe` as a 10-digit BHXH number, a 12-digit personal ID or a 15-character card code. */
export function validateMaThe(value: string): MaTheResult {
  if (typeof value !== 'string') return { ok: false, reason: 'maThe must be a string' };
  if (value.length === 10) {
    return isBhxhNumber(value)
      ? { ok: true, kind: 'bhxhNumber', bhxhNumber: value }
      : { ok: false, reason: 'a 10-character maThe is a BHXH number and may contain only digits' };
  }
  if (value.length === 12) {
    const parsed = parseCccd(value);
    return parsed.ok
      ? { ok: true, kind: 'personalId', personalId: value }
      : { ok: false, reason: `a 12-character maThe is a personal ID: ${parsed.reason}` };
  }
  if (value.length === 15) {
    const parsed = parseBhytCardCode(value);
    return parsed.ok ? { ...parsed, kind: 'cardCode' } : parsed;
  }
  return {
    ok: false,
    reason: `maThe has 10 (BHXH number), 12 (personal ID) or 15 (card code) characters, this one has ${value.length}`,
  };
}
