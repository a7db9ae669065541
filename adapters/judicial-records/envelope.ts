import type { NativeRequest, NativeResponse } from '../../src/core/adapter';
import { BusinessRuleError, ValidationError, type AppError } from '../../src/core/errors';
import { nativeErrorText } from '../shared/native-errors';
import { alreadyReceivedReply, isV2Request, isV2Send, v2Failure } from './v2-envelope';
import { inV2Names } from './v2-field-names';
import { isVneidResultPush, vneidFailure } from './vneid-result';

/**
 * LLTP v1 answers `{ STATUS: "1" | "0", DESCRIPTION, ... }` (DOMAIN.md §6.1). Refusals by the
 * backend itself (a missing field, an unknown dossier) come back as HTTP 200 with `STATUS "0"`, the
 * way a SOAP-era service behind the gateway answers; only what the gateway or the platform refuses
 * (no right to the service, overload, an outage) keeps its HTTP status. `ERROR_CODE` is the
 * simulator's addition so tests can tell refusals apart; clients that do not know it ignore it.
 */
export const LLTP_ERROR_CODES = {
  /** A required field is absent. */
  missingField: 'MISSING_FIELD',
  /** A field is present but wrong (type, code value, date, ID format). */
  invalidField: 'INVALID_FIELD',
  /** No dossier with that receipt or appointment number for this caller. */
  dossierNotFound: 'DOSSIER_NOT_FOUND',
  /** traTrangThaiHs infoType 1: the ID number does not belong to the dossier. */
  identityMismatch: 'IDENTITY_MISMATCH',
  /** The receipt number was already used for a different request. */
  duplicateReceipt: 'DUPLICATE_RECEIPT',
  /** v2: neither an authKey nor a bearer token. */
  authKeyMissing: 'AUTHEN_ERROR',
} as const;

export function success<T extends object>(fields: T): { STATUS: '1'; DESCRIPTION: string } & T {
  return { STATUS: '1', DESCRIPTION: '', ...fields };
}

function codeOf(error: AppError): string {
  if (error instanceof BusinessRuleError) return error.code;
  if (error instanceof ValidationError) {
    return error.errors.every((e) => / is required\b/.test(e.message)) ? LLTP_ERROR_CODES.missingField : LLTP_ERROR_CODES.invalidField;
  }
  return error.slug.toUpperCase().replace(/-/g, '_');
}

/**
 * A refusal in the envelope of the contract the request came by. On v2 paths the v1 rules' verdicts
 * name the v2 fields, and a send under a known number gets the text PASETO counts as sent.
 */
export function errorEnvelope(error: AppError, request: NativeRequest): NativeResponse {
  if (isVneidResultPush(request)) return vneidFailure(error);
  const refusedByBackend = error instanceof BusinessRuleError || error.status === 400;
  const status = refusedByBackend ? 200 : error.status;
  if (isV2Request(request)) {
    if (isV2Send(request) && error instanceof BusinessRuleError && error.code === LLTP_ERROR_CODES.duplicateReceipt)
      return alreadyReceivedReply(request);
    return v2Failure(status, codeOf(error), inV2Names(nativeErrorText(error)), request);
  }
  return { status, body: { STATUS: '0', DESCRIPTION: nativeErrorText(error), ERROR_CODE: codeOf(error) } };
}
