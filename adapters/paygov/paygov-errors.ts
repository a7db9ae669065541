/**
 * PayGov's answer codes (MaLoi, DOMAIN.md §7.5). Only "00" is published; the others are the
 * simulator's documented choice. Errors carry the code so the unified API records it as the
 * message's `error.code` and the native path renders it in PayGov's own answer.
 */
import {
  AppError,
  BadRequestError,
  BusinessRuleError,
  PayloadTooLargeError,
  UnsupportedMediaTypeError,
  ValidationError,
} from '../../src/core/errors';
import { nativeErrorText } from '../shared/native-errors';

export const MA_LOI = {
  ok: '00',
  badSignature: '01',
  unknownPartner: '02',
  duplicateRef: '03',
  notFound: '04',
  badField: '05',
  other: '99',
} as const;

export type MaLoi = (typeof MA_LOI)[keyof typeof MA_LOI];

const DESCRIPTIONS: Record<MaLoi, string> = {
  '00': 'Thành công',
  '01': 'Sai mã xác thực',
  '02': 'Đối tác không tồn tại',
  '03': 'Mã tham chiếu đã tồn tại',
  '04': 'Không tìm thấy giao dịch',
  '05': 'Dữ liệu không hợp lệ',
  '99': 'Các lỗi khác',
};

/** A refusal with its MaLoi: "<Vietnamese description>: <what exactly was wrong>". */
export function paygovError(code: Exclude<MaLoi, '00'>, detail: string): BusinessRuleError {
  return new BusinessRuleError(code, `${DESCRIPTIONS[code]}: ${detail}`, { status: code === MA_LOI.notFound ? 404 : 422 });
}

/** MaLoi and HTTP status of any error on a PayGov path. PayGov answers its own refusals with 200. */
export function classify(error: AppError): { code: MaLoi; status: number; text: string } {
  if (error instanceof BusinessRuleError && Object.hasOwn(DESCRIPTIONS, error.code))
    return { code: error.code as MaLoi, status: 200, text: error.message };
  if (error instanceof ValidationError || error instanceof BadRequestError) {
    return { code: MA_LOI.badField, status: 200, text: `${DESCRIPTIONS['05']}: ${nativeErrorText(error)}` };
  }
  if (error instanceof UnsupportedMediaTypeError || error instanceof PayloadTooLargeError) {
    return { code: MA_LOI.badField, status: error.status, text: `${DESCRIPTIONS['05']}: ${error.message}` };
  }
  return { code: MA_LOI.other, status: error.status, text: `${DESCRIPTIONS['99']}: ${nativeErrorText(error)}` };
}
