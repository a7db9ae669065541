import type { StateStore } from '../../src/core/ports';
import type { LltpCertificate, NhanHoSoDangKyRequest } from '../../src/generated/schema-types';

/** LLTP `DEC_STATUS_ID`: 3 received from the one-stop, 4 processing, 5 issued, 6 refused. */
export type DecStatus = 3 | 4 | 5 | 6;

export type Certificate = LltpCertificate;

/** How a dossier reached LLTP: pushed by a one-stop, or filed directly online or at the desk. */
export type DossierChannel = 'oneStop' | 'online' | 'inPerson';

/** One certificate request and its lifecycle, as kept in Redis. */
export interface Dossier {
  /** LLTP's opaque dossier ID (`ID`, `DECLARATION_ID`, `declarationId`). */
  id: string;
  /** Agency code of the one-stop the dossier belongs to; its pull lists are per agency. */
  agency: string;
  channel: DossierChannel;
  /** The request as kept: the one-stop's, with LLTP's own appointment day when it sent none. */
  request: NhanHoSoDangKyRequest & { datePromissoryDec: string };
  /** Fingerprint of the request, to tell a resend from a conflicting reuse of the receipt number. */
  fingerprint: string;
  appointmentNo: string;
  declarationCode: string;
  status: DecStatus;
  history: { status: DecStatus; at: string }[];
  /** Simulation time of receipt, ISO. */
  receivedAt: string;
  approvedAt?: string;
  issuedAt?: string;
  refuseReason?: string;
  /** The certificate without its PDF, which is kept under its own key. */
  certificate?: Omit<Certificate, 'phieuLLTP'>;
  /** Where status changes go (the submitting message's callbackUrl), and whose secret signs them. */
  callback?: { url: string; clientId: string; messageId: string };
}

/** Pull lists (sorted sets scored by time) a one-stop reads and acknowledges. */
export type PullList = 'online' | 'inPerson' | 'changes-oneStop' | 'changes-direct';

/** Dossiers and their indexes in the service's state. */
export class DossierStore {
  constructor(private readonly state: StateStore) {}

  get(id: string): Promise<Dossier | undefined> {
    return this.state.get<Dossier>(`dossier:${id}`);
  }

  async getMany(ids: readonly string[]): Promise<Dossier[]> {
    const found = await this.state.getMany<Dossier>(ids.map((id) => `dossier:${id}`));
    return found.filter((d): d is Dossier => d !== undefined);
  }

  async save(dossier: Dossier): Promise<void> {
    await this.state.set(`dossier:${dossier.id}`, dossier);
  }

  /** Claims a receipt number for a dossier; false when the agency already used it. */
  claimReceipt(agency: string, receiptNo: string, id: string): Promise<boolean> {
    return this.state.set(`receipt:${agency}:${receiptNo}`, id, { onlyIfAbsent: true });
  }

  async releaseReceipt(agency: string, receiptNo: string): Promise<void> {
    await this.state.delete(`receipt:${agency}:${receiptNo}`);
  }

  byReceipt(agency: string, receiptNo: string): Promise<string | undefined> {
    return this.state.get<string>(`receipt:${agency}:${receiptNo}`);
  }

  /** The dossier an agency pushed under a receipt number (v2: its maHoSoMCDT). */
  async getByReceipt(agency: string, receiptNo: string): Promise<Dossier | undefined> {
    const id = await this.byReceipt(agency, receiptNo);
    return id ? this.get(id) : undefined;
  }

  async indexAppointment(dossier: Dossier): Promise<void> {
    await this.state.set(`appointment:${dossier.agency}:${dossier.appointmentNo}`, dossier.id);
  }

  byAppointment(agency: string, appointmentNo: string): Promise<string | undefined> {
    return this.state.get<string>(`appointment:${agency}:${appointmentNo}`);
  }

  async savePdf(id: string, base64: string): Promise<void> {
    await this.state.set(`pdf:${id}`, base64);
  }

  async pdf(id: string): Promise<string> {
    return (await this.state.get<string>(`pdf:${id}`)) ?? '';
  }

  /** The certificate PDF of an issued dossier; empty before it is issued. */
  async certificatePdf(dossier: Dossier): Promise<string> {
    return dossier.certificate ? this.pdf(dossier.id) : '';
  }

  async addToPullList(agency: string, list: PullList, id: string, at: number): Promise<void> {
    await this.state.addToIndex(`pull:${agency}:${list}`, id, at);
  }

  pullList(agency: string, list: PullList, limit = 500): Promise<string[]> {
    return this.state.rangeByScore(`pull:${agency}:${list}`, 0, Number.MAX_SAFE_INTEGER, { offset: 0, limit });
  }

  async acknowledge(agency: string, list: PullList, ids: readonly string[]): Promise<void> {
    for (const id of ids) await this.state.removeFromIndex(`pull:${agency}:${list}`, id);
  }

  /** Next value of a named counter (appointment slips, certificate numbers). */
  next(counter: string): Promise<number> {
    return this.state.increment(`counter:${counter}`);
  }
}
