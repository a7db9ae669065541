import type { OperationSpec } from '../../src/core/adapter';
import { schemaId } from '../../src/core/schema-id';
import type { Catalogs } from '../../seeds/catalogs';
import type { Citizen } from '../../src/seed/types';
import type { LltpLayKetQuaRequest, NhanHoSoDangKyRequest, TraTrangThaiHsRequest } from '../../src/generated/schema-types';
import { checkDeclaration, checkPollQuery, checkStatusQuery } from './declaration-rules';
import { ownRequest } from './direct-dossiers';

/** A fixed day for examples, so the documentation does not change with the clock. */
const EXAMPLE_DAY = new Date('2026-01-15T03:00:00Z');

/** Receipt number of the nhanHoSoDangKy example, which the lookups' examples then find. */
const EXAMPLE_RECEIPT = '2601150007';

/** Operations only the v2 contract has; the v1 paths do not serve them. */
export const V2_ONLY_OPERATIONS: ReadonlySet<string> = new Set(['layKetQua', 'traKetQuaHoSoLLTP']);

/** The six v1 operations and the v2 poll, with examples that succeed against the seeds. */
export function operationSpecs(catalogs: Catalogs, exampleCitizen: Citizen): OperationSpec[] {
  const example = ownRequest(exampleCitizen, 1, EXAMPLE_RECEIPT, EXAMPLE_DAY);
  const spec = (operation: string, summary: string, exampleBody: unknown, check?: OperationSpec['check']): OperationSpec => ({
    operation,
    summary,
    requestSchema: schemaId(`lltp/${operation}.request.json`),
    responseSchema: schemaId(`lltp/${operation}.response.json`),
    example: exampleBody,
    ...(check ? { check } : {}),
  });
  return [
    spec('nhanHoSoDangKy', 'A one-stop pushes a judicial-record certificate request', example, (body) =>
      checkDeclaration(body as NhanHoSoDangKyRequest, catalogs),
    ),
    spec('traTrangThaiHs', 'Status of one dossier, and its certificate once issued', { idReceivedDec: EXAMPLE_RECEIPT, infoType: 2 }, (body) =>
      checkStatusQuery(body as TraTrangThaiHsRequest),
    ),
    spec('traHoSo', 'Dossiers filed directly at LLTP, to pull until acknowledged', { infoType: 1 }),
    spec('traDanhMuc', 'One LLTP catalogue as ID/NAME rows', { infoType: 5 }),
    spec('danhDauHsThanhCong', 'Acknowledge pulled dossiers or statuses', { declarationId: 'ID-FROM-traDsTrangThaiHs', infoType: 2 }),
    spec('traDsTrangThaiHs', 'Status changes not yet acknowledged', { infoType: 2 }),
    spec(
      'layKetQua',
      'v2 poll: state of one dossier in DVCQG codes, and its certificate once issued',
      { maTinh: '01', maHoSoMCDT: EXAMPLE_RECEIPT },
      (body) => checkPollQuery(body as LltpLayKetQuaRequest, catalogs),
    ),
    spec('traKetQuaHoSoLLTP', 'v2 result push to VNeID: the state of a dossier filed on VNeID, and its certificate once issued', {
      maTinh: '44',
      tenTinh: 'Quảng Bình',
      maHoSoMCDT: '000.00.12.H44-260115-0007',
      trangThaiXuLy: '4',
      tenTrangThaiXuLy: 'Đang xử lý',
      lyDoTuChoi: '',
      ngayHenTraKetQua: '25/01/2026',
      type: '1',
    }),
  ];
}
