import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TestApp } from '../support/test-app';

/** A request as PASETO (C#) sends it: PASETO's names, codes as strings, the unit inside the declaration. */
export function pasetoBody(
  person: { id: string; name: string; birth: string; gender: '0' | '1' },
  receiptNo: string,
  overrides: Record<string, unknown> = {},
  mandator: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    idReceivedDec: receiptNo,
    dateReceivedDec: '15/01/2026',
    datePromissoryDec: '25/01/2026',
    idMoneyReceipt: '0',
    declarationForm: {
      fullName: person.name,
      genderId: person.gender,
      birthDateStr: person.birth,
      nationalityId: '3106',
      ethnicId: '55305',
      phone: '0912000001',
      residence: 'Số 12, đường Phó Đức Chính',
      reRegionId: '-1',
      rtRegionId: '-1',
      idTypeId: '3',
      identifyNo: person.id,
      ministryJusticeId: '5001',
      declareDate: '15/01/2026',
      declareTypeId: '3846',
      requestQty: '1',
      objectRequestId: '72',
      agencyRequestId: '-1',
      formType: '1',
      isBanPosition: '0',
      delivery: '0',
      purpose: 'Bổ sung hồ sơ xin việc làm',
      ...overrides,
    },
    residenceForm: [{ fromDateStr: '2000', toDateStr: '01/2026', residencePlace: 'Hà Nội', jobName: 'Kỹ sư', workPlace: '' }],
    mandatorForm: { fullName: '', genderId: '', ...mandator },
  };
}

export const PEOPLE = {
  clean: { id: '001085990001', name: 'Nguyễn Văn An', birth: '12/03/1985', gender: '1' as const },
  convicted: { id: '079080990002', name: 'Trần Văn Bình', birth: '20/07/1980', gender: '1' as const },
  expunged: { id: '038175990003', name: 'Lê Thị Cúc', birth: '1975', gender: '0' as const },
  unknown: { id: '001090999999', name: 'Trịnh Văn Khoa', birth: '1990', gender: '1' as const },
};

/** A v2 send as PASETO writes it (DOMAIN.md §6.2): ISO/GSO codes, every value a string, `authKey` instead of a token. */
export function v2Body(
  person: { id: string; name: string; birth: string; gender: '0' | '1' },
  maHoSoMCDT: string,
  toKhai: Record<string, unknown> = {},
  top: Record<string, unknown> = {},
): Record<string, unknown> {
  const hanoi = {
    maTinhThanh: '01',
    tenTinhThanh: 'Thành phố Hà Nội',
    maQuanHuyen: '001',
    tenQuanHuyen: 'Quận Ba Đình',
    maPhuongXa: '00001',
    tenPhuongXa: 'Phường Phúc Xá',
  };
  return {
    authKey: 'paseto-lgsp-auth-key',
    maTinh: '01',
    tenTinh: 'Thành phố Hà Nội',
    maHoSoMCDT,
    nguonDangKy: '1',
    tenNguonDangKy: 'Một cửa điện tử',
    ngayTiepNhan: '15/01/2026 09:30:00',
    toKhai: {
      ngayHenTra: '25/01/2026',
      loaiPhieu: '1',
      yeuCauCDNCV: '0',
      maMucDich: '01',
      tenMucDich: 'Bổ sung hồ sơ xin việc làm',
      soLuongCap: '1',
      nycHoTen: person.name,
      nycGioiTinh: person.gender === '1' ? '1' : '2',
      nycTenGioiTinh: person.gender === '1' ? 'Nam' : 'Nữ',
      nycNgaySinh: person.birth,
      nycNoiSinh: { ...hanoi, dcChiTiet: '' },
      nycNoiSinhNuocNgoai: '1',
      nycThuongTru: { ...hanoi, dcChiTiet: 'Số 12, đường Phó Đức Chính' },
      nycTamTru: null,
      nycDienThoai: '0912000001',
      nycEmail: 'nguoi.yeu.cau@example.vn',
      nycLoaiGiayTo: '2',
      nycTenLoaiGiayTo: 'Căn cước công dân',
      nycSoGiayTo: person.id,
      nycNgayCapGiayTo: '10/05/2021',
      nycNoiCapGiayTo: 'Cục Cảnh sát quản lý hành chính về trật tự xã hội',
      nycQuocTich: 'VN',
      nycTenQuocTich: 'Việt Nam',
      nycDanToc: '01',
      nycTenDanToc: 'Kinh',
      nycHoTenCha: 'Nguyễn Văn Cả',
      chaNgaySinh: '1955',
      nycHoTenMe: 'Lê Thị Mơ',
      meNgaySinh: '1958',
      uyQuyen: '0',
      thongTinAnTich: 'Không có án tích',
      nycCuTru: [{ tuNgay: '2000', denNgay: '01/2026', noiCuTru: 'Hà Nội', ngheNghiep: 'Kỹ sư', noiLamViec: 'Công ty A' }],
      fileHoSo: [{ tenLoaiFile: 'Căn cước công dân', tenFile: 'cccd.pdf', noiDungFile: 'JVBERi0xLjQK' }],
      ...toKhai,
    },
    ...top,
  };
}

/** POSTs to an LLTP native path with a bearer token. */
export function lltp(t: TestApp, token: string, op: string, body: unknown) {
  return t.http
    .post(`/apiLyLichTuPhap/${op}`)
    .auth(token, { type: 'bearer' })
    .send(body as object);
}

/** Keys of dossiers in Redis under the test prefix. */
export async function dossierKeys(t: TestApp): Promise<string[]> {
  return t.app.redis.keys(`${t.prefix}:state:lltp:dossier:*`);
}

export interface Received {
  headers: IncomingHttpHeaders;
  body: Record<string, unknown>;
}

/** An HTTP server on port 0 that records every POST; `waitFor` resolves once `n` arrived. */
export async function callbackServer(): Promise<{
  url: string;
  received: Received[];
  waitFor(n: number, pred?: (r: Received) => boolean): Promise<Received[]>;
  close(): Promise<void>;
}> {
  const received: Received[] = [];
  const waiters: (() => void)[] = [];
  const server: Server = createServer((req, res) => {
    let raw = '';
    req.on('data', (d: Buffer) => (raw += d.toString()));
    req.on('end', () => {
      received.push({ headers: req.headers, body: JSON.parse(raw) as Record<string, unknown> });
      res.writeHead(200).end('{}');
      waiters.splice(0).forEach((w) => w());
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hook`,
    received,
    waitFor: async (n, pred = () => true) => {
      const deadline = Date.now() + 10_000;
      while (received.filter(pred).length < n) {
        if (Date.now() > deadline)
          throw new Error(`only ${received.filter(pred).length} of ${n} callbacks arrived: ${JSON.stringify(received.map((r) => r.body))}`);
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 1000).unref();
        });
      }
      return received.filter(pred);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
