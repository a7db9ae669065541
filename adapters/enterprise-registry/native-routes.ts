import type { NativeRequest, NativeRoute } from '../../src/core/adapter';
import { successEnvelope, THANH_HOA_BASE } from './envelope';

/**
 * Query parameters → message body. Whole numbers become numbers; anything else is passed on as
 * the caller wrote it, so the schema names the parameter ("offset must be a whole number"). An
 * empty paging parameter (`offset=`) counts as not sent, as clients that format a null write it.
 */
function queryBody(request: NativeRequest, text: readonly string[], numbers: readonly string[]): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const name of text) if (request.query[name] !== undefined) body[name] = request.query[name];
  for (const name of numbers) {
    const value = request.query[name];
    if (value === undefined || value === '') continue;
    body[name] = /^-?\d{1,15}$/.test(value) ? Number(value) : value;
  }
  return body;
}

interface ListResult {
  MainInformation: unknown[];
  DataCount: number;
}

const renderList = (result: unknown) => successEnvelope((result as ListResult).MainInformation, (result as ListResult).DataCount);

/** The native GET routes of `/apiCSDLDKDN` and the Thanh Hóa variant. */
export function enterpriseNativeRoutes(entCertOf: (code: string) => Record<string, unknown> | undefined): NativeRoute[] {
  return [
    {
      method: 'GET',
      paths: ['/apiCSDLDKDN/chiTietDoanhNghiep'],
      operation: 'chiTietDoanhNghiep',
      toMessageBody: (request) => queryBody(request, ['msdn'], []),
      render: (result) => successEnvelope((result as { MainInformation: unknown }).MainInformation, 1),
    },
    {
      method: 'GET',
      paths: [`${THANH_HOA_BASE}DoanhNghiep/chiTietDoanhNghiep`],
      operation: 'chiTietDoanhNghiep',
      toMessageBody: (request) => queryBody(request, ['msdn'], []),
      // The same operation's answer, drawn in the Thanh Hóa shape from the same seeded enterprise.
      render: (result) => {
        const code = (result as { MainInformation: { ENTERPRISE_GDT_CODE: string } }).MainInformation.ENTERPRISE_GDT_CODE;
        const cert = entCertOf(code);
        return { status: 200, body: { GetEntCert: cert ? [cert] : null } };
      },
    },
    {
      method: 'GET',
      paths: ['/apiCSDLDKDN/danhSachHoSoTrongNgay'],
      operation: 'danhSachHoSoTrongNgay',
      toMessageBody: (request) => queryBody(request, ['from_ts', 'to_ts'], ['offset', 'limit']),
      render: renderList,
    },
    {
      method: 'GET',
      paths: ['/apiCSDLDKDN/danhSachHoSo'],
      operation: 'danhSachHoSo',
      toMessageBody: (request) => queryBody(request, ['from_date', 'to_date'], ['offset', 'limit']),
      render: renderList,
    },
    {
      method: 'GET',
      paths: ['/apiCSDLDKDN/tinhTrangHoSo'],
      operation: 'tinhTrangHoSo',
      toMessageBody: (request) => queryBody(request, [], ['in_journal_no']),
      render: (result) => successEnvelope((result as { MainInformation: unknown }).MainInformation, 1),
    },
  ];
}
