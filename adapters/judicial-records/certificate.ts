/**
 * What a certificate says, from the person's seeded record (Law on Judicial Records 2009, Art. 42–43):
 * form No. 1 lists only convictions still on record — an expunged one is certified as "no criminal
 * record" — and bans on holding positions only when the request asked for them; form No. 2, for
 * procedural bodies and the person's own request, lists every conviction, expunged ones included,
 * and every ban.
 */
import { formatWireDate, fromIsoDate } from '../../src/core/dates/wire-dates';
import { isConvictionOnRecord } from '../../src/core/rules/conviction';
import type { Conviction, IsoDate, JudicialRecord, PositionBan } from '../../src/seed/types';
import type { Certificate } from './dossier';

export type CertificateContent = Omit<Certificate, 'phieuLLTP'>;

export const RECORD_STATUS = {
  none: { code: 1, name: 'Không có án tích' },
  onRecord: { code: 2, name: 'Có án tích' },
  expungedOnly: { code: 3, name: 'Có án tích nhưng đã được xóa án tích' },
} as const;

export const BAN_STATUS = {
  notRequested: { code: 0, name: 'Không yêu cầu xác nhận' },
  none: { code: 1, name: 'Không bị cấm đảm nhiệm chức vụ, thành lập, quản lý doanh nghiệp, hợp tác xã' },
  banned: { code: 2, name: 'Bị cấm đảm nhiệm chức vụ, thành lập, quản lý doanh nghiệp, hợp tác xã' },
} as const;

/** Simulated officers; real certificates name the Department of Justice's staff. */
const OFFICERS = { drafter: 'Nguyễn Thị Thư (mô phỏng)', signer: 'Trần Quốc Ký (mô phỏng)', position: 'Phó Giám đốc Sở Tư pháp' };

const wire = (iso: IsoDate | undefined): string => {
  const date = iso ? fromIsoDate(iso) : undefined;
  return date ? formatWireDate(date, 'dd/MM/yyyy') : '';
};

function judgment(c: Conviction): CertificateContent['thongTinAn'][number] {
  return {
    soBanAn: c.judgmentNo,
    ngayBanAn: wire(c.judgmentDate),
    // The member names PASETO reads and passes on to VNeID (DOMAIN.md §6.2, C:P/lltp).
    toaDaTuyen: c.court,
    tenToaDaTuyen: c.court,
    dsToiDanh: c.offences.map((o) => ({ toiDanh: `Điều ${o.article}`, tenToiDanh: o.name })),
    dsHinhPhatChinh: [{ maHinhPhat: '', tenHinhPhat: c.mainPenalty.text, ghiChu: '' }],
    dsHinhPhatBoSung: c.additionalPenalties.map((p) => ({ maHinhPhat: '', tenHinhPhat: p.text, noiDungHinhPhatBoSung: p.text })),
    ngayChapHanh: wire(c.servedDate),
    ngayXoaAn: wire(c.expungedDate),
    dieuKhoan: c.offences.map((o) => `Điều ${o.article}`).join(', '),
    anPhi: '',
    nghiaVuDanSu: '',
    tinhTrangThiHanh: c.servedDate ? 'Đã chấp hành xong' : 'Đang chấp hành',
    tinhTrangXoaAn: isConvictionOnRecord(c) ? 'Chưa được xóa án tích' : 'Đã được xóa án tích',
  };
}

function ban(b: PositionBan): CertificateContent['dsCDNCV'][number] {
  return {
    soQuyetDinh: b.decisionNo,
    ngayQuyetDinh: wire(b.decisionDate),
    toaAnQD: b.court,
    chucVuCam: b.bannedPosition,
    thoiHanCam: `${String(b.durationYears).padStart(2, '0')} năm`,
    camTuNgay: wire(b.fromDate),
  };
}

/** A ban still runs on `today` when it started less than its duration ago. */
function banInForce(b: PositionBan, today: IsoDate): boolean {
  const [y, rest] = [Number(b.fromDate.slice(0, 4)), b.fromDate.slice(4)];
  return b.fromDate <= today && today < `${y + b.durationYears}${rest}`;
}

export interface CertificateInput {
  /** The person's record; undefined when the judicial-records database holds nothing on them. */
  record: JudicialRecord | undefined;
  formType: 1 | 2;
  /** Whether the request asked to certify bans on positions (isBanPosition); form No. 2 always does. */
  certifyBans: boolean;
  fullName: string;
  identifyNo: string;
  number: string;
  /** Issue day, ISO. */
  today: IsoDate;
}

export function buildCertificate(input: CertificateInput): CertificateContent {
  const convictions = input.record?.convictions ?? [];
  const shown = input.formType === 1 ? convictions.filter(isConvictionOnRecord) : convictions;
  const status = shown.some(isConvictionOnRecord) ? RECORD_STATUS.onRecord : shown.length > 0 ? RECORD_STATUS.expungedOnly : RECORD_STATUS.none;
  const allBans = input.record?.positionBans ?? [];
  const bans = input.formType === 2 ? allBans : input.certifyBans ? allBans.filter((b) => banInForce(b, input.today)) : [];
  const banStatus =
    input.formType === 1 && !input.certifyBans
      ? BAN_STATUS.notRequested
      : bans.some((b) => banInForce(b, input.today))
        ? BAN_STATUS.banned
        : BAN_STATUS.none;
  return {
    soPhieuLLTP: input.number,
    ngayCapPhieu: wire(input.today),
    loaiPhieu: input.formType,
    hoTen: input.fullName,
    soGiayTo: input.identifyNo,
    nguoiLapPhieu: OFFICERS.drafter,
    nguoiKy: OFFICERS.signer,
    chucVu: OFFICERS.position,
    tinhTrangAnTich: status.code,
    tenTinhTrangAnTich: status.name,
    thongTinCDNCV: banStatus.code,
    tenThongTinCDNCV: banStatus.name,
    thongTinAn: shown.map(judgment),
    dsCDNCV: bans.map(ban),
  };
}
