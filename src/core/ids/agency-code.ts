/**
 * Agency identifier codes (DOMAIN.md §10.4), written `AAA.BB.CC.Xnn` with the most specific level
 * first: `Xnn` is level 1 (`H` + 2 digits for a province, `G` + 2 digits for a ministry), then
 * `CC` level 2, `BB` level 3, `AAA` level 4, each zero-filled when unused. `000.00.00.H30` is
 * Hậu Giang's provincial People's Committee; `000.00.12.H99` is a level-2 unit under province H99.
 */

export const AGENCY_CODE_PATTERN = /^\d{3}\.\d{2}\.\d{2}\.[GH]\d{2}$/;

export interface AgencyCodeParts {
  /** `H30`, `G15`: the province or ministry. */
  level1: string;
  /** Two digits, `00` when unused. */
  level2: string;
  /** Two digits, `00` when unused. */
  level3: string;
  /** Three digits, `000` when unused. */
  level4: string;
  /** `H` codes are provinces, `G` codes ministries (the `G` reading is inferred). */
  kind: 'province' | 'ministry';
  /** The deepest level that is not zero-filled: 1 for `000.00.00.H30`, 2 for `000.00.12.H99`. */
  depth: 1 | 2 | 3 | 4;
}

export type AgencyCodeParseResult = ({ ok: true } & AgencyCodeParts) | { ok: false; reason: string };

/** Splits an agency code into its levels, or says why it is not one. */
export function parseAgencyCode(value: string): AgencyCodeParseResult {
  if (typeof value !== 'string') return { ok: false, reason: 'an agency code must be a string' };
  if (!AGENCY_CODE_PATTERN.test(value)) {
    return {
      ok: false,
      reason: 'an agency code reads AAA.BB.CC.Xnn with X = H (province) or G (ministry), e.g. 000.00.00.H30',
    };
  }
  const [level4, level3, level2, level1] = value.split('.');
  const depth = level4 !== '000' ? 4 : level3 !== '00' ? 3 : level2 !== '00' ? 2 : 1;
  return { ok: true, level1, level2, level3, level4, kind: level1[0] === 'H' ? 'province' : 'ministry', depth };
}

/** True when `value` is a well-formed agency code. */
export function isAgencyCode(value: unknown): value is string {
  return typeof value === 'string' && AGENCY_CODE_PATTERN.test(value);
}

export interface FormatAgencyCodeInput {
  level1: string;
  level2?: number;
  level3?: number;
  level4?: number;
}

/** Builds an agency code from its levels, zero-filling the unused ones; throws a RangeError on bad parts. */
export function formatAgencyCode({ level1, level2 = 0, level3 = 0, level4 = 0 }: FormatAgencyCodeInput): string {
  if (!/^[GH]\d{2}$/.test(level1)) throw new RangeError(`formatAgencyCode: level 1 must be H or G + 2 digits, got ${level1}`);
  const part = (value: number, width: number, name: string): string => {
    if (!Number.isInteger(value) || value < 0 || value >= 10 ** width) {
      throw new RangeError(`formatAgencyCode: ${name} must be a whole number of at most ${width} digits, got ${value}`);
    }
    return String(value).padStart(width, '0');
  };
  return `${part(level4, 3, 'level 4')}.${part(level3, 2, 'level 3')}.${part(level2, 2, 'level 2')}.${level1}`;
}

/** The code of the unit one level up (`000.00.12.H99` → `000.00.00.H99`); undefined at level 1 or for a bad code. */
export function parentAgencyCode(value: string): string | undefined {
  const parsed = parseAgencyCode(value);
  if (!parsed.ok || parsed.depth === 1) return undefined;
  const { level1, level2, level3 } = parsed;
  if (parsed.depth === 4) return `000.${level3}.${level2}.${level1}`;
  if (parsed.depth === 3) return `000.00.${level2}.${level1}`;
  return `000.00.00.${level1}`;
}
