import type { NativeRequest, NativeResponse } from '../../src/core/adapter';
import { BusinessRuleError, type AppError } from '../../src/core/errors';
import { nativeErrorText } from '../shared/native-errors';

/** Base path of the Thanh Hóa variant (DOMAIN.md §8.2), which has an envelope of its own. */
export const THANH_HOA_BASE = '/apiDKKD/';

/**
 * The registry's envelope: `{ MainInformation, DataCount, Status: "1"|"0", Message }`.
 * `MainInformation` is an object for one enterprise or dossier and an array for a list, whose
 * `DataCount` is the total matching, not the size of the page.
 */
export function successEnvelope(mainInformation: unknown, count: number): NativeResponse {
  return { status: 200, body: { MainInformation: mainInformation, DataCount: count, Status: '1', Message: 'success' } };
}

/**
 * Errors keep a meaningful HTTP status and carry `Status: "0"` with the reason in `Message`. On the
 * Thanh Hóa path an unknown enterprise is `{ GetEntCert: null }` with 200, as its clients test for
 * null; other errors add the reason as `Message` beside the null.
 */
export function errorEnvelope(error: AppError, request: NativeRequest): NativeResponse {
  const notFound = error instanceof BusinessRuleError && error.code === 'NOT_FOUND';
  if (request.path.startsWith(THANH_HOA_BASE)) {
    return notFound
      ? { status: 200, body: { GetEntCert: null } }
      : { status: error.status, body: { GetEntCert: null, Message: nativeErrorText(error) } };
  }
  return { status: notFound ? 404 : error.status, body: { MainInformation: null, DataCount: 0, Status: '0', Message: nativeErrorText(error) } };
}
