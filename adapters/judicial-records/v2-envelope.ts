/**
 * The v2 contract's replies (DOMAIN.md §6.2). The send answers plain text: "gửi thông tin thành công"
 * when the dossier was taken, "đã được tiếp nhận, không thể cập nhật thông tin" when its number is
 * already known (PASETO counts both as sent). The poll answers `{ status: 1, statusDescription, value }`.
 * Failures of either are JSON `{ status: 0, statusDescription, errorCode, errorDescription }` (the
 * poll's with an empty `value`), with the v1 error codes.
 */
import type { NativeRequest, NativeResponse } from '../../src/core/adapter';
import { textOf } from '../shared/field-rules';
import { isPlainObject, memberIgnoringCase as takeKey } from '../../src/core/lenient/members';

export const V2_SEND_PATH = '/apiLyLichTuPhap/v2/nhanHoSo';
export const V2_POLL_PATH = '/apiLyLichTuPhap/v2/layKetQua';

export const isV2Request = (request: NativeRequest): boolean => /^\/apiLyLichTuPhap\/v2\//i.test(request.path);
export const isV2Send = (request: NativeRequest): boolean => /\/v2\/nhanHoSo\/?$/i.test(request.path);

/** The one-stop number the client sent, for the text replies. */
const numberOf = (request: NativeRequest): string =>
  (isPlainObject(request.body) ? textOf(takeKey(request.body, 'maHoSoMCDT')?.value) : undefined) ?? '';

const text = (body: string): NativeResponse => ({ status: 200, body, contentType: 'text/plain; charset=utf-8' });

export function sentReply(request: NativeRequest): NativeResponse {
  return text(`Hồ sơ ${numberOf(request)}: gửi thông tin thành công`);
}

export function alreadyReceivedReply(request: NativeRequest): NativeResponse {
  return text(`Hồ sơ ${numberOf(request)} đã được tiếp nhận, không thể cập nhật thông tin`);
}

export function v2Failure(status: number, errorCode: string, errorDescription: string, request: NativeRequest): NativeResponse {
  return { status, body: { status: 0, statusDescription: 'Thất bại', errorCode, errorDescription, ...(isV2Send(request) ? {} : { value: [] }) } };
}
