import type { NativeRequest, NativeRoute } from '../../src/core/adapter';
import { successEnvelope, THANH_HOA_BASE } from './envelope';

/**
 * Query parameters → message body. Every parameter is passed on (the native router reads them
 * against the schema: any key casing, unknown ones ignored and noted); paging numbers become
 * numbers, since a query string has no other way to write them, and anything else is left as the
 * caller wrote it for the schema to name ("offset must be a whole number"). An empty paging
 * parameter (`offset=`) counts as not sent, as clients that format a null write it.
 */
function queryBody(request: NativeRequest, numbers: readonly string[]): Record<string, unknown> {
  const numeric = new Set(numbers.map((n) => n.toLowerCase()));
  const body: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(request.query)) {
    if (value === undefined) continue;
    if (!numeric.has(name.toLowerCase())) body[name] = value;
    else if (value !== '') body[name] = /^-?\d{1,15}$/.test(value) ? Number(value) : value;
  }
  return body;
}

const PAGING = ['offset', 'limit'] as const;

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
      toMessageBody: (request) => queryBody(request, []),
      render: (result) => successEnvelope((result as { MainInformation: unknown }).MainInformation, 1),
    },
    {
      method: 'GET',
      paths: [`${THANH_HOA_BASE}DoanhNghiep/chiTietDoanhNghiep`],
      operation: 'chiTietDoanhNghiep',
      toMessageBody: (request) => queryBody(request, []),
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
      toMessageBody: (request) => queryBody(request, PAGING),
      render: renderList,
    },
    {
      method: 'GET',
      paths: ['/apiCSDLDKDN/danhSachHoSo'],
      operation: 'danhSachHoSo',
      toMessageBody: (request) => queryBody(request, PAGING),
      render: renderList,
    },
    {
      method: 'GET',
      paths: ['/apiCSDLDKDN/tinhTrangHoSo'],
      operation: 'tinhTrangHoSo',
      toMessageBody: (request) => queryBody(request, ['in_journal_no']),
      render: (result) => successEnvelope((result as { MainInformation: unknown }).MainInformation, 1),
    },
  ];
}
