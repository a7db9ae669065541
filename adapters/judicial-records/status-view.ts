/** The dossier as each v1 answer shows it: status rows, the status lookup, the pull-queue item; and its result, which v2 shows too. */
import { formatWireDate } from '../../src/core/dates/wire-dates';
import type { LltpDecStatus } from '../../seeds/catalogs';
import type { TraDsTrangThaiHsResponse, TraHoSoResponse, TraTrangThaiHsResponse } from '../../src/generated/schema-types';
import type { Certificate, DecStatus, Dossier } from './dossier';

export type StatusRow = TraDsTrangThaiHsResponse['LISTCONTENT'][number];
export type PullItem = TraHoSoResponse['LISTCONTENT'][number];
type StatusFields = Omit<TraTrangThaiHsResponse, 'STATUS' | 'DESCRIPTION'>;

export class StatusView {
  private readonly names: Map<number, string>;

  constructor(statuses: readonly LltpDecStatus[]) {
    this.names = new Map(statuses.map((s) => [s.id, s.name]));
  }

  name(status: DecStatus): string {
    return this.names.get(status) ?? String(status);
  }

  static day(iso: string | undefined): string {
    return iso ? formatWireDate(new Date(iso), 'dd/MM/yyyy') : '';
  }

  /** `{ ketQuaXuLy }` with the certificate and its PDF once issued, else nothing: every answer that carries a result. */
  static result(d: Dossier, pdf: string): { ketQuaXuLy?: Certificate } {
    return d.certificate ? { ketQuaXuLy: { ...d.certificate, phieuLLTP: pdf } } : {};
  }

  row(d: Dossier): StatusRow {
    return {
      DECLARATION_ID: d.id,
      DEC_STATUS_ID: d.status,
      DEC_STATUS_NAME: this.name(d.status),
      APPROVE_DATE: StatusView.day(d.approvedAt),
      APPOINTMENT_NO: d.appointmentNo,
      RECEIVE_NO: d.channel === 'oneStop' ? d.request.idReceivedDec : '',
      ISSUE_DATE: StatusView.day(d.issuedAt),
      REFUSE_REASON: d.refuseReason ?? '',
    };
  }

  status(d: Dossier, pdf: string): StatusFields {
    return {
      DECLARATION_ID: d.id,
      DEC_STATUS_ID: d.status,
      DEC_STATUS_NAME: this.name(d.status),
      APPROVE_DATE: StatusView.day(d.approvedAt),
      ISSUE_DATE: StatusView.day(d.issuedAt),
      REFUSE_REASON: d.refuseReason ?? '',
      ...StatusView.result(d, pdf),
    };
  }

  pullItem(d: Dossier, pdf: string): PullItem {
    const form = d.request.declarationWSForm;
    return {
      declarationTraHoSoForm: {
        ...form,
        declarationId: d.id,
        declarationCode: d.declarationCode,
        appointmentNo: d.appointmentNo,
        giveProfileType: form.delivery ?? 0,
        giveProfileAddress: form.deliveryAddress ?? '',
        giveProfileDistrict: form.deliveryDistrict ?? '',
        declarationPortalID: form.declarationPortalID ?? '',
        receiveDate: StatusView.day(d.receivedAt),
        appointmentDate: d.request.datePromissoryDec,
        issueDate: StatusView.day(d.issuedAt),
        decStatusId: d.status,
        decStatusName: this.name(d.status),
      },
      residenceWSForm: d.request.residenceWSForm,
      ...(d.request.mandatorWSForm ? { mandatorWSForm: d.request.mandatorWSForm } : {}),
      ...StatusView.result(d, pdf),
    };
  }
}
