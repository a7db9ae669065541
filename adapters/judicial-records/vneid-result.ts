/**
 * VNeID's side of the LLTP v2 result push (DOMAIN.md §6.2, `C:P/lltp`): every seven minutes PASETO
 * posts the state of a dossier filed on VNeID, and the certificate once issued, to
 * `{BaseUrl}/v2/lyLichTuPhap/traKetQuaHoSoLLTP`; VNeID answers `{ statusCode, data, errorDetail }`.
 * The simulator keeps the state each dossier was last given, so the answers follow what was pushed:
 * a new state is taken (`00`); the state the dossier already holds is refused with the text PASETO
 * reads as "already done" (`01`, "không thể cập nhật lên trạng thái"). `03` (interrupted, retry)
 * answers the named test case below once, or any platform fault (a scenario's error rule).
 * VNeID's list of dossiers is not simulated: any dossier number is taken.
 */
import type { HandlerContext, NativeRequest, NativeResponse, NativeRoute } from '../../src/core/adapter';
import { formatWireDate } from '../../src/core/dates/wire-dates';
import type { AppError } from '../../src/core/errors';
import type { TraKetQuaHoSoLltpRequest, TraKetQuaHoSoLltpResponse } from '../../src/generated/schema-types';
import { nativeErrorText } from '../shared/native-errors';

export const VNEID_RESULT_PATH = '/apiLyLichTuPhap/v2/lyLichTuPhap/traKetQuaHoSoLLTP';

/** A dossier number ending in this serial is interrupted on its first push (`03`), then taken. */
export const INTERRUPTED_ONCE_SUFFIX = '-9903';
export const INTERRUPTED_TEXT = 'Yêu cầu bị gián đoạn. Vui lòng thử lại.';

/** The DVCQG state labels (DOMAIN.md §9), for the refusal text. */
const STATE_NAMES: Readonly<Record<string, string>> = {
  '1': 'Mới đăng ký',
  '2': 'Được tiếp nhận',
  '3': 'Không được tiếp nhận',
  '4': 'Đang xử lý',
  '5': 'Yêu cầu bổ sung giấy tờ',
  '6': 'Yêu cầu thực hiện nghĩa vụ tài chính',
  '7': 'Công dân yêu cầu rút hồ sơ',
  '8': 'Dừng xử lý',
  '9': 'Đã xử lý xong',
  '10': 'Đã trả kết quả',
};

interface HeldState {
  trangThaiXuLy: string;
  type?: string;
  ngayCapNhat: string;
  soPhieuLLTP?: string;
}

const keyOf = (maHoSoMCDT: string): string => `vneid:${maHoSoMCDT}`;

export async function takeResultPush(body: TraKetQuaHoSoLltpRequest, context: HandlerContext): Promise<TraKetQuaHoSoLltpResponse> {
  const { maHoSoMCDT, trangThaiXuLy } = body;
  if (maHoSoMCDT.endsWith(INTERRUPTED_ONCE_SUFFIX) && (await context.state.set(`vneid-interrupted:${maHoSoMCDT}`, true, { onlyIfAbsent: true }))) {
    return { statusCode: '03', data: null, errorDetail: INTERRUPTED_TEXT };
  }
  const held = await context.state.get<HeldState>(keyOf(maHoSoMCDT));
  if (held && held.trangThaiXuLy === trangThaiXuLy && (held.type ?? '') === (body.type ?? '')) {
    const name = STATE_NAMES[trangThaiXuLy] ?? trangThaiXuLy;
    return { statusCode: '01', data: null, errorDetail: `Hồ sơ ${maHoSoMCDT} đang ở trạng thái ${name}, không thể cập nhật lên trạng thái ${name}` };
  }
  const ngayCapNhat = formatWireDate(context.clock.now(), 'dd/MM/yyyy HH:mm:ss');
  const soPhieuLLTP = typeof body.ketQuaXuLy?.soPhieuLLTP === 'string' ? body.ketQuaXuLy.soPhieuLLTP : undefined;
  await context.state.set<HeldState>(keyOf(maHoSoMCDT), {
    trangThaiXuLy,
    ...(body.type ? { type: body.type } : {}),
    ngayCapNhat,
    ...(soPhieuLLTP ? { soPhieuLLTP } : {}),
  });
  return { statusCode: '00', data: { maHoSoMCDT, trangThaiXuLy, ngayCapNhat }, errorDetail: null };
}

export const isVneidResultPush = (request: NativeRequest): boolean => /\/v2\/lyLichTuPhap\/traKetQuaHoSoLLTP\/?$/i.test(request.path);

/**
 * Refusals in VNeID's envelope: a request that breaks the contract → 400 `01`; a fault of the
 * platform (a scenario's injected error, an outage) → its status with `03`, which PASETO retries.
 */
export function vneidFailure(error: AppError): NativeResponse {
  const interrupted = error.status >= 500 || (error as { code?: string }).code === '03';
  return {
    status: error.status,
    body: { statusCode: interrupted ? '03' : '01', data: null, errorDetail: interrupted ? INTERRUPTED_TEXT : nativeErrorText(error) },
  };
}

export const vneidResultRoute: NativeRoute = {
  method: 'POST',
  paths: [VNEID_RESULT_PATH],
  operation: 'traKetQuaHoSoLLTP',
  // PASETO sends no token to VNeID (an empty bearer); one is used when sent.
  auth: 'optional',
  toMessageBody: (request) => (typeof request.body === 'object' && request.body !== null ? request.body : {}),
  render: (result) => ({ status: 200, body: result }),
};
