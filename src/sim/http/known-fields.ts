import { ValidationError, type FieldViolation } from '../../core/errors';

/**
 * The members or query parameters a control route does not know. A typo (`servce`, `messagetype`)
 * must not be read as "no filter" or "everything": the route refuses it, naming what it takes.
 */
export function unknownFields(given: object, known: readonly string[]): FieldViolation[] {
  return Object.keys(given)
    .filter((name) => !known.includes(name))
    .map((name) => ({
      path: name,
      message: `${name} is not a known field; ${known.length > 0 ? `known: ${known.join(', ')}` : 'this route takes none'}`,
    }));
}

/** Throws one 400 listing every violation, if there is any. */
export function refuseAny(violations: readonly FieldViolation[]): void {
  if (violations.length > 0) throw new ValidationError(violations.map((v) => v.message).join('; '), [...violations]);
}
