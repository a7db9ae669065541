/**
 * Registering a certificate request: the one-stop's push (`nhanHoSoDangKy`) and the dossiers the
 * simulator files "directly" at LLTP (online or at the desk) so the pull queue has something to
 * pull. Both start the same lifecycle.
 */
import type { AdapterContext } from '../../src/core/adapter';
import { DAY_MS } from '../../src/core/dates/iso-days';
import { formatWireDate, parseWireDate } from '../../src/core/dates/wire-dates';
import { BusinessRuleError } from '../../src/core/errors';
import { fingerprint } from '../../src/core/fingerprint';
import type { NhanHoSoDangKyRequest, NhanHoSoDangKyResponse } from '../../src/generated/schema-types';
import { DossierStore, type Dossier, type DossierChannel } from './dossier';
import { LLTP_ERROR_CODES, success } from './envelope';
import type { Lifecycle } from './lifecycle';

/** `DESCRIPTION` of the answer to the same request sent again under its receipt number. */
export const RESENT_DESCRIPTION = 'Hồ sơ đã được tiếp nhận trước đó';

export interface Submitter {
  agency: string;
  /** Set when the submitting message asked for callbacks. */
  callback?: Dossier['callback'];
}

/** Registers requests and starts their lifecycle. */
export class Submission {
  constructor(private readonly lifecycle: Lifecycle) {}

  /**
   * A receipt number is unique per agency: the same request again answers with the same dossier
   * (a client retrying after a timeout loses nothing); a different request under a used number is
   * refused, as the v2 service words it ("đã được tiếp nhận, không thể cập nhật thông tin").
   */
  async fromOneStop(request: NhanHoSoDangKyRequest, submitter: Submitter, context: AdapterContext): Promise<NhanHoSoDangKyResponse> {
    const store = new DossierStore(context.state);
    const id = context.ids.uuid().replace(/-/g, '').toUpperCase();
    const claimed = await store.claimReceipt(submitter.agency, request.idReceivedDec, id);
    if (!claimed) return this.resend(request, submitter.agency, store);
    let dossier: Dossier;
    try {
      dossier = await this.register(id, request, 'oneStop', submitter, context);
    } catch (error) {
      // Free the number again, so the client's retry is not mistaken for a conflicting reuse.
      await store.releaseReceipt(submitter.agency, request.idReceivedDec).catch(() => undefined);
      throw error;
    }
    return success({ ID: dossier.id, APPOINTMENT_NO: dossier.appointmentNo, DEC_STATUS_ID: dossier.status });
  }

  /** Files a dossier that did not come through a one-stop (the simulator's stand-in for the portal). */
  async direct(
    request: NhanHoSoDangKyRequest,
    channel: Exclude<DossierChannel, 'oneStop'>,
    agency: string,
    context: AdapterContext,
  ): Promise<Dossier> {
    const id = context.ids.uuid().replace(/-/g, '').toUpperCase();
    return this.register(id, request, channel, { agency }, context);
  }

  private async resend(request: NhanHoSoDangKyRequest, agency: string, store: DossierStore): Promise<NhanHoSoDangKyResponse> {
    const existing = await store.getByReceipt(agency, request.idReceivedDec);
    if (existing && existing.fingerprint === fingerprint(request)) {
      return {
        STATUS: '1',
        DESCRIPTION: RESENT_DESCRIPTION,
        ID: existing.id,
        APPOINTMENT_NO: existing.appointmentNo,
        DEC_STATUS_ID: existing.status,
      };
    }
    throw new BusinessRuleError(
      LLTP_ERROR_CODES.duplicateReceipt,
      `Hồ sơ có số biên nhận (idReceivedDec) ${request.idReceivedDec} đã được tiếp nhận, không thể cập nhật thông tin`,
      { status: 409 },
    );
  }

  private async register(
    id: string,
    sent: NhanHoSoDangKyRequest,
    channel: DossierChannel,
    submitter: Submitter,
    context: AdapterContext,
  ): Promise<Dossier> {
    const store = new DossierStore(context.state);
    const request = withAppointmentDay(sent);
    const now = context.clock.now();
    const seq = await store.next('appointment');
    const dossier: Dossier = {
      id,
      agency: submitter.agency,
      channel,
      request,
      fingerprint: fingerprint(sent),
      appointmentNo: `${request.idMinistryJustice}-${formatWireDate(now, 'yyyyMMdd')}-${String(seq).padStart(5, '0')}`,
      declarationCode: String(10000 + (seq % 90000)),
      status: 3,
      history: [{ status: 3, at: now.toISOString() }],
      receivedAt: now.toISOString(),
      ...(submitter.callback ? { callback: submitter.callback } : {}),
    };
    await store.save(dossier);
    await store.indexAppointment(dossier);
    if (channel !== 'oneStop') await store.addToPullList(dossier.agency, channel, dossier.id, now.getTime());
    await this.lifecycle.publish(dossier, now.getTime(), context);
    await this.lifecycle.start(dossier, context);
    return dossier;
  }
}

/** LLTP's own appointment day when the one-stop sent none: 10 days after receipt (Law on Judicial Records 2009, Art. 48). */
const LEGAL_DAYS = 10;

function withAppointmentDay(request: NhanHoSoDangKyRequest): NhanHoSoDangKyRequest & { datePromissoryDec: string } {
  if (request.datePromissoryDec !== undefined) return { ...request, datePromissoryDec: request.datePromissoryDec };
  const received = parseWireDate(request.dateReceivedDec, 'dd/MM/yyyy') ?? new Date();
  return { ...request, datePromissoryDec: formatWireDate(new Date(received.getTime() + LEGAL_DAYS * DAY_MS), 'dd/MM/yyyy') };
}
