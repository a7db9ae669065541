/**
 * The v2 poll (`layKetQua`, DOMAIN.md §6.2): one dossier's state in the DVCQG codes of §9, and the
 * certificate once issued. LLTP's own statuses map as: 3 received → 2 "Được tiếp nhận", 4 processing →
 * 4 "Đang xử lý", 5 issued → 9 "Đã xử lý xong" (result present), 6 refused → 3 "Không được tiếp nhận"
 * (terminal, the reason in `lyDoTuChoi`, naming fields as v2 does). 10 "Đã trả kết quả" is the one-stop's hand-over to the
 * citizen, which LLTP never sees.
 */
import type { AdapterContext } from '../../src/core/adapter';
import { BusinessRuleError } from '../../src/core/errors';
import type { LltpLayKetQuaRequest, LltpLayKetQuaResponse } from '../../src/generated/schema-types';
import { DossierStore, type DecStatus } from './dossier';
import { LLTP_ERROR_CODES } from './envelope';
import { StatusView } from './status-view';
import { inV2Names } from './v2-field-names';

type Item = LltpLayKetQuaResponse['value'][number];

export const DVCQG_STATUS: Readonly<Record<DecStatus, { code: Item['trangThaiXuLy']; name: string }>> = {
  3: { code: '2', name: 'Được tiếp nhận' },
  4: { code: '4', name: 'Đang xử lý' },
  5: { code: '9', name: 'Đã xử lý xong' },
  6: { code: '3', name: 'Không được tiếp nhận' },
};

/** The state and result of the dossier the agency pushed under `maHoSoMCDT` (by either contract). */
export async function pollResult(body: LltpLayKetQuaRequest, agency: string, context: AdapterContext): Promise<LltpLayKetQuaResponse> {
  const store = new DossierStore(context.state);
  const dossier = await store.getByReceipt(agency, body.maHoSoMCDT);
  if (!dossier) {
    throw new BusinessRuleError(LLTP_ERROR_CODES.dossierNotFound, `Không tìm thấy hồ sơ có mã hồ sơ một cửa (maHoSoMCDT) ${body.maHoSoMCDT}`, {
      status: 404,
    });
  }
  const status = DVCQG_STATUS[dossier.status];
  const item: Item = {
    maHoSoMCDT: body.maHoSoMCDT,
    trangThaiXuLy: status.code,
    tenTrangThaiXuLy: status.name,
    ngayHenTraKetQua: dossier.request.datePromissoryDec,
    ...(dossier.refuseReason ? { lyDoTuChoi: inV2Names(dossier.refuseReason) } : {}),
    ...StatusView.result(dossier, await store.certificatePdf(dossier)),
  };
  return { status: 1, statusDescription: 'Thành công', value: [item] };
}
