import type { DangKyHoTichRequest } from '../../src/generated/schema-types';
import type { RegistrationKind } from './modules';

export type RegistrationData = DangKyHoTichRequest['data'];

/**
 * The registration's members by name, for the rules that build a name from a role prefix
 * (`chongHoTen`, `voHoTen`); an object type of the schema reads as such a record without a cast.
 */
export function dataFields(data: RegistrationData): Readonly<Record<string, unknown>> {
  return data;
}

/** received → needsSupplement | eligible → registered | rejected (a supplement moves back to received). */
export type DossierState = 'received' | 'needsSupplement' | 'eligible' | 'registered' | 'rejected';

/** What a completed registration produced: register references and, for a birth, the new IDs. */
export interface RegistrationResult {
  soDangKy: string;
  quyenSo: string;
  trangSo: string;
  /** dd.MM.yyyy */
  ngayDangKy: string;
  /** Epoch ms of the registration (simulation time). */
  registeredAt: number;
  soDinhDanh?: string;
  maSoBhxh?: string;
  maTheBhyt?: string;
}

/** A civil-registration dossier as the registry keeps it. */
export interface Dossier {
  /** Registry record id (traHoSo, traDanhSachHoSo, dsHoSoDangKy). */
  id: number;
  maDonVi: string;
  maHoSo: string;
  maHoSoLT?: string;
  module: string;
  kind: RegistrationKind;
  /** dd/MM/yyyy HH:mm:ss as received. */
  ngayTiepNhan: string;
  data: RegistrationData;
  attachmentCount: number;
  state: DossierState;
  /** Epoch ms (simulation time) of the last state change. */
  changedAt: number;
  /** What must be supplemented, or why it was rejected. */
  note?: string;
  /** Epoch ms: deadline of a supplement. */
  supplementDue?: number;
  /** Where status changes go: the callback URL of the message that submitted the dossier. */
  /** `from`: the sender of `messageId` (ids are scoped per sender); absent on dossiers stored before it was kept. */
  callback?: { url: string; clientId: string; messageId: string; from?: string };
  result?: RegistrationResult;
}

export const dossierKey = (maDonVi: string, maHoSo: string): string => `dossier:${maDonVi}:${maHoSo}`;
