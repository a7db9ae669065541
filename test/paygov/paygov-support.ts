/** Helpers of the PayGov tests: signed requests as a partner would build them, and an IPN receiver. */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  INIT_FIELDS,
  joinFields,
  joinIpnFields,
  LOOKUP_FIELDS,
  signJoined,
  type IpnFieldOrder,
  type SigningVariant,
} from '../../adapters/paygov/signature';

export interface TestPartner {
  id: string;
  secret: string;
  signing: SigningVariant;
  ipnFieldOrder: IpnFieldOrder;
}

export const DEV_PARTNER: TestPartner = { id: 'dev-partner', secret: 'dev-paygov-secret', signing: 'sha256', ipnFieldOrder: 'paseto' };
export const PASETO_PARTNER: TestPartner = { id: 'SIMDOITAC01', secret: 'SIM-ONLY-SECRET-123', signing: 'sha256', ipnFieldOrder: 'paseto' };
export const OPENCPS_PARTNER: TestPartner = { id: 'SIMDOITAC02', secret: 'SIM-ONLY-SECRET-456', signing: 'hmac-sha256', ipnFieldOrder: 'opencps' };

let serial = 0;
/** A fresh MaThamChieu, PASETO style. */
export function newRef(label = 'T'): string {
  serial += 1;
  return `dvc${label}${process.pid}${Date.now()}${serial}`;
}

export function signedInit(partner: TestPartner, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const body: Record<string, unknown> = {
    LoaiBanTin: 'INIT',
    PhienBan: '1.0.6',
    MaDoiTac: partner.id,
    MaThamChieu: newRef(),
    SoTien: '50000',
    LoaiHinhThanhToan: 'PAY',
    MaKenhThanhToan: '1',
    MaThietBi: '1',
    NgonNgu: 'vi-VN',
    MaTienTe: 'VND',
    MaNganHang: 'PAYMENT',
    ThongTinGiaoDich: 'THANH TOAN HO SO 000.00.00.H30-260115-0001',
    ThoiGianGD: '20260115093015',
    Ip: '10.20.30.40',
    ThongTinBienLai: {
      MaDichVu: '2',
      TenDonVi: 'UBND xã Mô Phỏng',
      MaHoSo: '000.00.00.H30-260115-0001',
      TenTTHC: 'Đăng ký khai sinh',
      NoiDungThanhToan: 'THANH TOAN HO SO 000.00.00.H30-260115-0001',
      HoTenNguoiNop: 'Nguyễn Văn An',
      SoCMNDNguoiNop: '001085990001',
      DiaChiNguoiNop: 'Thôn 1, xã Mô Phỏng',
    },
    ...overrides,
  };
  return { ...body, MaXacThuc: signJoined(joinFields(body, INIT_FIELDS), partner.secret, partner.signing) };
}

export function signedLookup(kind: 'QUERY' | 'GET_BILL', partner: TestPartner, ref: string, time = '20260115093015'): Record<string, unknown> {
  const body = { LoaiBanTin: kind, PhienBan: '1.0.6', MaDoiTac: partner.id, MaThamChieu: ref, ThoiGianGD: time };
  return { ...body, MaXacThuc: signJoined(joinFields(body, LOOKUP_FIELDS), partner.secret, partner.signing) };
}

/** Whether a PayGov-signed result (IPN or QUERY reply) carries the right MaXacThuc for the partner. */
export function hasValidResultSignature(body: Record<string, unknown>, partner: TestPartner): boolean {
  return body.MaXacThuc === signJoined(joinIpnFields(body, partner.ipnFieldOrder), partner.secret, partner.signing);
}

export interface ReceivedIpn {
  body: Record<string, unknown>;
  path: string;
}

export interface IpnReceiver {
  url: string;
  received: ReceivedIpn[];
  /** Resolves once `count` IPNs about `ref` arrived (rejects after `timeoutMs`). */
  waitFor(ref: string, count?: number, timeoutMs?: number): Promise<ReceivedIpn[]>;
  /** How the receiver answers; by default the partner's success reply echoing MaXacThuc (DOMAIN.md §7.3). */
  reply: (body: Record<string, unknown>) => { status: number; body: unknown };
  close(): Promise<void>;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let data = '';
    req.on('data', (chunk: Buffer) => (data += chunk.toString()));
    req.on('end', () => resolve(data));
    req.on('error', reject);
  });
}

export const echoSuccess = (body: Record<string, unknown>): { status: number; body: unknown } => ({
  status: 200,
  body: { MaLoi: '00', MoTaLoi: '', MaDoiTac: body.MaDoiTac, MaThamChieu: body.MaThamChieu, ThoiGianGD: body.ThoiGianGD, MaXacThuc: body.MaXacThuc },
});

/** A partner's IPN endpoint on port 0, like PASETO's POST /DvcPayment/Confirm. */
export async function startIpnReceiver(): Promise<IpnReceiver> {
  const waiters: (() => boolean)[] = [];
  const receiver: IpnReceiver = {
    url: '',
    received: [],
    reply: echoSuccess,
    waitFor: (ref, count = 1, timeoutMs = 10_000) =>
      new Promise((resolve, reject) => {
        const matching = (): ReceivedIpn[] => receiver.received.filter((r) => r.body.MaThamChieu === ref);
        const check = (): boolean => {
          if (matching().length < count) return false;
          clearTimeout(timer);
          resolve(matching());
          return true;
        };
        const timer = setTimeout(
          () => reject(new Error(`no ${count} IPN(s) for ${ref} within ${timeoutMs} ms; got ${matching().length}`)),
          timeoutMs,
        );
        if (!check()) waiters.push(check);
      }),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
  const server: Server = createServer((req, res) => {
    void readBody(req).then((raw) => {
      let body: Record<string, unknown>;
      try {
        body = JSON.parse(raw) as Record<string, unknown>;
      } catch {
        body = { unparsed: raw };
      }
      receiver.received.push({ body, path: req.url ?? '' });
      const answer = receiver.reply(body);
      res.writeHead(answer.status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(answer.body));
      for (const waiter of waiters.splice(0)) if (!waiter()) waiters.push(waiter);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  receiver.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/DvcPayment/Confirm`;
  return receiver;
}
