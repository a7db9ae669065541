import type { NativeRequest, NativeResponse } from '../../src/core/adapter';
import {
  BusinessRuleError,
  ForbiddenError,
  InternalError,
  NotFoundError,
  ServiceUnavailableError,
  TransientError,
  type AppError,
  type UnauthorizedError,
} from '../../src/core/errors';
import { StrictModeError } from '../../src/core/lenient/strict-refusal';
import { nativeErrorText } from '../shared/native-errors';

/**
 * The civil registry's envelope (DOMAIN.md §4.1, key names from v2):
 * `{ status, statusDescription, errorCode, errorDescription, value }`, `status` 1 OK / 0 error.
 * v2's push answers `status` as a string ("1"/"0") and no `value`.
 *
 * Error codes are the backend's, as strings, with the code's name leading the description; the HTTP
 * status says the same thing to clients that look at it:
 *
 * | code | name                  | HTTP | when |
 * |------|-----------------------|------|------|
 * | 100  | AUTHEN_ERROR          | 401 / 403 | no or bad token; a client without the hotich right |
 * | 106  | AGENCY_ID_INCORRECT   | 400  | maDonVi is not an office of the catalogue |
 * | 108  | PROVINCE_ID_INCORRECT | 400  | maTinh is not a province code |
 * | 200  | RECORD_UNCOMPLETE     | 409  | the dossier is not registered yet |
 * | 201  | RECORD_NOT_FOUND      | 404  | no such dossier or record |
 * | 302  | DATA_TYPE_INVALID     | 400  | loaiDanhMuc is not a catalogue type |
 * | 500  | DATA_INCORRECT        | 400 / 422 | a field breaks a rule (400); the registry refuses the dossier (422) |
 * | 999  | SYSTEM_ERROR          | 5xx  | the simulator's own failure or an injected fault (not a real code) |
 */
// A Map, not an object: a fault rule's code can be any text, `toString` and `__proto__` among them.
const NAMES = new Map<string, string>([
  ['100', 'AUTHEN_ERROR'],
  ['106', 'AGENCY_ID_INCORRECT'],
  ['108', 'PROVINCE_ID_INCORRECT'],
  ['200', 'RECORD_UNCOMPLETE'],
  ['201', 'RECORD_NOT_FOUND'],
  ['302', 'DATA_TYPE_INVALID'],
  ['500', 'DATA_INCORRECT'],
  ['999', 'SYSTEM_ERROR'],
]);

const isV2Push = (request: NativeRequest): boolean => /\/v2\/nhanDKHT$/i.test(request.path);

export function successEnvelope(value: unknown, extra: { status?: number; statusDescription?: string } = {}): NativeResponse {
  return {
    status: 200,
    body: { status: extra.status ?? 1, statusDescription: extra.statusDescription ?? 'Thành công', errorCode: null, errorDescription: null, value },
  };
}

/** v2 push reply: `status` is a string and there is no `value`. */
export function pushEnvelope(
  ok: boolean,
  statusDescription: string,
  errorCode: string | null,
  errorDescription: string | null,
  httpStatus = 200,
): NativeResponse {
  return { status: httpStatus, body: { status: ok ? '1' : '0', statusDescription, errorCode, errorDescription } };
}

export function failureEnvelope(code: string, detail: string, httpStatus: number, request: NativeRequest): NativeResponse {
  // The code's name leads the description once; a detail that already starts with it keeps one copy.
  // (Compared as text: a fault rule's code may be any characters, which a regex built of it would read as syntax.)
  const name = NAMES.get(code) ?? code;
  const description = `${name}: ${detail.startsWith(`${name}: `) ? detail.slice(name.length + 2) : detail}`;
  if (isV2Push(request)) return pushEnvelope(false, 'Thất bại', code, description, httpStatus);
  return { status: httpStatus, body: { status: 0, statusDescription: 'Thất bại', errorCode: code, errorDescription: description, value: null } };
}

/**
 * The HTTP status each of these registry codes answers with; any other code keeps the error's own. A
 * Map: an injected fault's code is whatever its rule says, `toString` included.
 */
const STATUS_OF_CODE = new Map<string, number>([
  ['200', 409],
  ['201', 404],
  ['500', 422],
]);

/** Which backend code a failed request gets, and its HTTP status. */
function classify(error: AppError): { code: string; status: number } {
  if (error instanceof BusinessRuleError) {
    const status = STATUS_OF_CODE.get(error.code) ?? (error.status >= 400 ? error.status : 422);
    return { code: error.code, status };
  }
  if (error instanceof ForbiddenError) return { code: '100', status: 403 };
  if (error instanceof NotFoundError) return { code: '201', status: 404 };
  if (error instanceof TransientError) return { code: error.code ?? '999', status: error.status };
  if (error instanceof InternalError || error instanceof ServiceUnavailableError) return { code: '999', status: error.status };
  // A strict caller's request that needed leniency is a data error, whichever field it names.
  if (error instanceof StrictModeError) return { code: '500', status: 400 };
  const paths = (error.errors ?? []).map((e) => e.path);
  if (paths.some((p) => p === 'body.maDonVi')) return { code: '106', status: 400 };
  if (paths.some((p) => p === 'body.maTinh')) return { code: '108', status: 400 };
  if (paths.some((p) => p === 'body.loaiDanhMuc')) return { code: '302', status: 400 };
  return { code: '500', status: error.status >= 400 && error.status < 500 ? error.status : 400 };
}

export function renderCivilRegistryError(error: AppError, request: NativeRequest): NativeResponse {
  const { code, status } = classify(error);
  const detail = error instanceof BusinessRuleError ? error.message : nativeErrorText(error);
  return failureEnvelope(code, detail, status, request);
}

/** A missing or bad token answers 100 AUTHEN_ERROR in the registry's own envelope. */
export function renderCivilRegistryAuthError(error: UnauthorizedError, request: NativeRequest): NativeResponse {
  const response = failureEnvelope('100', error.message, 401, request);
  return { ...response, headers: { 'www-authenticate': 'Bearer realm="lgsp-sim"' } };
}
