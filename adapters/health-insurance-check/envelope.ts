import type { NativeRequest, NativeResponse } from '../../src/core/adapter';
import { BadRequestError, ForbiddenError, ValidationError, type AppError, type UnauthorizedError } from '../../src/core/errors';
import { nativeErrorText } from '../shared/native-errors';
import { bareAnswer } from './card-answer';
import type { ResultCode } from './result-codes';

/**
 * A refusal in the shape of the path's own answer (DOMAIN-MORE §3.2): the token step answers
 * `{ maKetQua, APIKey }` (with `ghiChu`), the history lookup `{ maKetQua, ghiChu, maThe, hoTen,
 * dsLichSuKCB2018 }`, the card check its full answer with every card field null.
 */
function refusal(request: NativeRequest, code: ResultCode, note: string): object {
  if (/\/api\/token\/take\/?$/i.test(request.path)) return { maKetQua: code, ghiChu: note, APIKey: null };
  if (/\/api\/egw\/Lskcb2025\/?$/i.test(request.path)) return { maKetQua: code, ghiChu: note, maThe: null, hoTen: null, dsLichSuKCB2018: null };
  return bareAnswer(code, note);
}

/**
 * The gateway answers every verdict with HTTP 200 and a `maKetQua` (DOMAIN-MORE §3.2; hospital
 * software reads the code, not the status): a bad parameter is 205, a refused login 401. Faults of
 * the platform itself (a 5xx, a scenario) keep their HTTP status and say 101.
 */
export function renderEgwError(error: AppError, request: NativeRequest): NativeResponse {
  const text = nativeErrorText(error);
  if (error instanceof ValidationError || error instanceof BadRequestError)
    return { status: 200, body: refusal(request, '205', `Lỗi sai định dạng tham số: ${text}`) };
  if (error instanceof ForbiddenError) return { status: 200, body: refusal(request, '401', `Lỗi xác thực tài khoản: ${text}`) };
  return { status: error.status, body: refusal(request, error.status >= 500 ? '101' : '205', text) };
}

/** A bearer token was sent on the native door and is not valid: 401 in the gateway's shape. */
export function renderEgwAuthError(error: UnauthorizedError, request: NativeRequest): NativeResponse {
  return { status: 401, body: refusal(request, '401', `Lỗi xác thực tài khoản: ${error.message}`) };
}
