/**
 * MaXacThuc, PayGov's message signature (DOMAIN.md §7.6): chosen fields joined with `|`, then either
 * SHA-256 over the string with `|<secret>` appended (PASETO's variant, the default) or HMAC-SHA256
 * keyed with the secret (OpenCPS's variant). Each partner picks its variant and its IPN field order.
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

export type SigningVariant = 'sha256' | 'hmac-sha256';
export type IpnFieldOrder = 'paseto' | 'opencps';

export const INIT_FIELDS = [
  'LoaiBanTin',
  'PhienBan',
  'MaDoiTac',
  'MaThamChieu',
  'SoTien',
  'LoaiHinhThanhToan',
  'MaKenhThanhToan',
  'MaThietBi',
  'NgonNgu',
  'MaTienTe',
  'MaNganHang',
  'ThongTinGiaoDich',
  'ThoiGianGD',
  'Ip',
] as const;

/** QUERY and GET_BILL sign the same five fields. */
export const LOOKUP_FIELDS = ['LoaiBanTin', 'PhienBan', 'MaDoiTac', 'MaThamChieu', 'ThoiGianGD'] as const;

export const IPN_FIELDS: Record<IpnFieldOrder, readonly string[]> = {
  paseto: ['LoaiBanTin', 'MaLoi', 'MaDoiTac', 'MaThamChieu', 'SoTien', 'MaTienTe', 'MaGiaoDich', 'MaNganHang', 'ThoiGianGD', 'ThongTinGiaoDich'],
  opencps: ['LoaiBanTin', 'MaDoiTac', 'MaThamChieu', 'SoTien', 'MaTienTe', 'MaNganHang', 'ThongTinGiaoDich', 'ThoiGianGD'],
};

/** OpenCPS ends its IPN string with a pipe; the others do not. */
const TRAILING_PIPE: Record<IpnFieldOrder, boolean> = { paseto: false, opencps: true };

/** Numbers as plain decimals, null and missing as empty strings, strings byte for byte. */
function fieldText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number') return Number.isInteger(value) ? value.toFixed(0) : String(value);
  return String(value);
}

export function joinFields(body: Readonly<Record<string, unknown>>, fields: readonly string[], trailingPipe = false): string {
  const joined = fields.map((f) => fieldText(body[f])).join('|');
  return trailingPipe ? `${joined}|` : joined;
}

export function joinIpnFields(body: Readonly<Record<string, unknown>>, order: IpnFieldOrder): string {
  return joinFields(body, IPN_FIELDS[order], TRAILING_PIPE[order]);
}

/** Lowercase hex MaXacThuc of an already joined string. */
export function signJoined(joined: string, secret: string, variant: SigningVariant): string {
  if (variant === 'hmac-sha256') return createHmac('sha256', secret).update(joined, 'utf8').digest('hex');
  return createHash('sha256').update(`${joined}|${secret}`, 'utf8').digest('hex');
}

/** Compares a received MaXacThuc with the expected one, ignoring hex case, in constant time. */
export function sameSignature(received: unknown, expected: string): boolean {
  if (typeof received !== 'string' || received.length !== expected.length) return false;
  return timingSafeEqual(Buffer.from(received.toLowerCase()), Buffer.from(expected.toLowerCase()));
}
