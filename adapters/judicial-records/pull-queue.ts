/**
 * The one-stop's side of LLTP v1: looking one dossier up (`traTrangThaiHs`), pulling direct
 * dossiers (`traHoSo`) and status changes (`traDsTrangThaiHs`), and acknowledging what it pulled
 * (`danhDauHsThanhCong`). Pulled items stay listed until acknowledged, so a one-stop that crashes
 * between the pull and its own commit pulls them again.
 */
import type { AdapterContext } from '../../src/core/adapter';
import { BusinessRuleError } from '../../src/core/errors';
import type {
  DanhDauHsThanhCongRequest,
  DanhDauHsThanhCongResponse,
  TraDsTrangThaiHsRequest,
  TraDsTrangThaiHsResponse,
  TraHoSoRequest,
  TraHoSoResponse,
  TraTrangThaiHsRequest,
  TraTrangThaiHsResponse,
} from '../../src/generated/schema-types';
import { DossierStore, type Dossier, type PullList } from './dossier';
import { LLTP_ERROR_CODES, success } from './envelope';
import type { StatusView } from './status-view';

/** Which pull lists `danhDauHsThanhCong` clears for each infoType. */
const ACK_LISTS: Record<DanhDauHsThanhCongRequest['infoType'], readonly PullList[]> = {
  1: ['inPerson'],
  2: ['changes-oneStop', 'changes-direct'],
  3: ['online'],
};

export class PullQueue {
  constructor(
    private readonly view: StatusView,
    /** Files an agency's direct dossiers the first time it asks about them. */
    private readonly ensureDirect: (agency: string, context: AdapterContext) => Promise<void>,
  ) {}

  async status(body: TraTrangThaiHsRequest, agency: string, context: AdapterContext): Promise<TraTrangThaiHsResponse> {
    const store = new DossierStore(context.state);
    let dossier: Dossier | undefined;
    if (body.infoType === 2) {
      dossier = await store.getByReceipt(agency, body.idReceivedDec);
      if (!dossier)
        throw new BusinessRuleError(LLTP_ERROR_CODES.dossierNotFound, `Không tìm thấy hồ sơ có số biên nhận (idReceivedDec) ${body.idReceivedDec}`, {
          status: 404,
        });
    } else {
      await this.ensureDirect(agency, context);
      const id = await store.byAppointment(agency, body.idReceivedDec);
      dossier = id ? await store.get(id) : undefined;
      if (!dossier)
        throw new BusinessRuleError(LLTP_ERROR_CODES.dossierNotFound, `Không tìm thấy hồ sơ có số giấy hẹn (idReceivedDec) ${body.idReceivedDec}`, {
          status: 404,
        });
      if (dossier.request.declarationWSForm.identifyNo !== body.identifyNo) {
        throw new BusinessRuleError(
          LLTP_ERROR_CODES.identityMismatch,
          `Số giấy tờ (identifyNo) ${body.identifyNo ?? ''} không khớp với hồ sơ có số giấy hẹn ${body.idReceivedDec}`,
          { status: 404 },
        );
      }
    }
    return success(this.view.status(dossier, await store.certificatePdf(dossier)));
  }

  async dossiers(body: TraHoSoRequest, agency: string, context: AdapterContext): Promise<TraHoSoResponse> {
    await this.ensureDirect(agency, context);
    const store = new DossierStore(context.state);
    const dossiers = await store.getMany(await store.pullList(agency, body.infoType === 1 ? 'online' : 'inPerson'));
    const items = await Promise.all(dossiers.map(async (d) => this.view.pullItem(d, await store.certificatePdf(d))));
    return success({ LISTCONTENT: items });
  }

  async changes(body: TraDsTrangThaiHsRequest, agency: string, context: AdapterContext): Promise<TraDsTrangThaiHsResponse> {
    if (body.infoType === 1) await this.ensureDirect(agency, context);
    const store = new DossierStore(context.state);
    const dossiers = await store.getMany(await store.pullList(agency, body.infoType === 1 ? 'changes-direct' : 'changes-oneStop'));
    return success({ LISTCONTENT: dossiers.map((d) => this.view.row(d)) });
  }

  /**
   * Idempotent, so a one-stop that retries an acknowledgement after a timeout is not told it failed:
   * IDs that are not waiting (already acknowledged, or never listed) are named in DESCRIPTION and
   * otherwise ignored.
   */
  async acknowledge(body: DanhDauHsThanhCongRequest, agency: string, context: AdapterContext): Promise<DanhDauHsThanhCongResponse> {
    const ids = [
      ...new Set(
        body.declarationId
          .split(';')
          .map((s) => s.trim())
          .filter(Boolean),
      ),
    ];
    if (ids.length === 0) {
      throw new BusinessRuleError(LLTP_ERROR_CODES.invalidField, 'declarationId phải chứa ít nhất một mã hồ sơ, phân cách bằng dấu ;', {
        status: 400,
      });
    }
    const store = new DossierStore(context.state);
    const lists = ACK_LISTS[body.infoType];
    const waiting = new Set((await Promise.all(lists.map((l) => store.pullList(agency, l, 10_000)))).flat());
    const absent = ids.filter((id) => !waiting.has(id));
    for (const list of lists) await store.acknowledge(agency, list, ids);
    const description = absent.length > 0 ? `Không có trong danh sách chờ xác nhận (infoType ${body.infoType}), bỏ qua: ${absent.join(';')}` : '';
    return { STATUS: '1', DESCRIPTION: description };
  }
}
