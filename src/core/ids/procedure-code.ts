/**
 * Administrative procedure codes, MaTTHC (DOMAIN.md §10.5). The national form is `D.NNNNNN`
 * (`1.001193`); provinces append their agency code in full (`1.003560.000.00.00.H56`) or just its
 * level 1 (`2.002621.H56`). DVCLT sends national codes, so consumers usually compare national parts.
 */

export const PROCEDURE_CODE_PATTERN = /^\d\.\d{6}(\.\d{3}\.\d{2}\.\d{2}\.[GH]\d{2}|\.[GH]\d{2})?$/;

export interface ProcedureCodeParts {
  /** `1.003560` — the part every form shares. */
  nationalCode: string;
  /** The appended agency code (`000.00.00.H56`) or its level 1 (`H56`); absent in the national form. */
  agencyCode?: string;
  form: 'national' | 'provincial' | 'short';
}

export type ProcedureCodeParseResult = ({ ok: true } & ProcedureCodeParts) | { ok: false; reason: string };

/** Splits a procedure code into its national part and agency suffix, or says why it is not one. */
export function parseProcedureCode(value: string): ProcedureCodeParseResult {
  if (typeof value !== 'string' || !PROCEDURE_CODE_PATTERN.test(value)) {
    return {
      ok: false,
      reason: 'a procedure code reads D.NNNNNN, optionally followed by .AAA.BB.CC.Hnn or .Hnn (e.g. 1.003560.000.00.00.H56)',
    };
  }
  const nationalCode = value.slice(0, 8);
  if (value.length === 8) return { ok: true, nationalCode, form: 'national' };
  const agencyCode = value.slice(9);
  return { ok: true, nationalCode, agencyCode, form: agencyCode.length === 3 ? 'short' : 'provincial' };
}

/** True when `value` is a procedure code in one of the three forms. */
export function isProcedureCode(value: unknown): value is string {
  return typeof value === 'string' && PROCEDURE_CODE_PATTERN.test(value);
}

/** The online-service code MaDVC of a procedure: its MaTTHC + `.01` (PASETO's rule). */
export function serviceCodeOf(procedureCode: string): string {
  if (!isProcedureCode(procedureCode)) throw new RangeError(`serviceCodeOf: ${procedureCode} is not a procedure code`);
  return `${procedureCode}.01`;
}
