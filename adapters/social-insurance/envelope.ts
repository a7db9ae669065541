import type { NativeResponse } from '../../src/core/adapter';
import { BusinessRuleError, ForbiddenError, InternalError, ServiceUnavailableError, TransientError, type AppError } from '../../src/core/errors';
import { nativeErrorText } from '../shared/native-errors';

/**
 * BHXH answers one object (DOMAIN.md §5.2; envelope unstated, so inferred): the person's fields
 * with `trangThai: "1"`, or `{ trangThai: "0", errorCode, errorMessage }` with a meaningful HTTP
 * status — 400 INVALID_DATA, 403 FORBIDDEN, 404 NOT_FOUND, 409 MULTIPLE_MATCHES, 5xx SYSTEM_ERROR.
 */
export function renderBhxhError(error: AppError): NativeResponse {
  let errorCode = 'INVALID_DATA';
  let status = error.status;
  if (error instanceof BusinessRuleError) errorCode = error.code;
  else if (error instanceof ForbiddenError) errorCode = 'FORBIDDEN';
  else if (error instanceof TransientError || error instanceof InternalError || error instanceof ServiceUnavailableError) errorCode = 'SYSTEM_ERROR';
  else if (status >= 500) status = 500;
  return { status, body: { trangThai: '0', errorCode, errorMessage: nativeErrorText(error) } };
}

export const notFound = (what: string): BusinessRuleError => new BusinessRuleError('NOT_FOUND', `Không tìm thấy ${what}`, { status: 404 });
