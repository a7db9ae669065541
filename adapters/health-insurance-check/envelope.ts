import type { NativeResponse } from '../../src/core/adapter';
import { BadRequestError, ForbiddenError, ValidationError, type AppError, type UnauthorizedError } from '../../src/core/errors';
import { nativeErrorText } from '../shared/native-errors';
import { bareAnswer } from './card-answer';

/**
 * The gateway answers every verdict with HTTP 200 and a `maKetQua` (DOMAIN-MORE §3.2; hospital
 * software reads the code, not the status): a bad parameter is 205, a refused login 401. Faults of
 * the platform itself (a 5xx, a scenario) keep their HTTP status and say 101.
 */
export function renderEgwError(error: AppError): NativeResponse {
  const text = nativeErrorText(error);
  if (error instanceof ValidationError || error instanceof BadRequestError) return { status: 200, body: bareAnswer('205', `Lỗi sai định dạng tham số: ${text}`) };
  if (error instanceof ForbiddenError) return { status: 200, body: bareAnswer('401', `Lỗi xác thực tài khoản: ${text}`) };
  return { status: error.status, body: bareAnswer(error.status >= 500 ? '101' : '205', text) };
}

/** A bearer token was sent on the native door and is not valid: 401 in the gateway's shape. */
export function renderEgwAuthError(error: UnauthorizedError): NativeResponse {
  return { status: 401, body: bareAnswer('401', `Lỗi xác thực tài khoản: ${error.message}`) };
}
