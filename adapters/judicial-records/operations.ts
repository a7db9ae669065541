import type { OperationSpec } from '../../src/core/adapter';
import { defineReadOnly } from '../../src/core/operation';
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

/**
 * The six v1 operations, the v2 poll and the VNeID result push, with examples that succeed against
 * the seeds. A question about the agency's direct dossiers (infoType 1 of traTrangThaiHs and
 * traDsTrangThaiHs, and every traHoSo) is not read-only: the first one files those dossiers
 * (ensureDirectDossiers).
 */
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
    {
      ...spec('traTrangThaiHs', 'Status of one dossier, and its certificate once issued', { idReceivedDec: EXAMPLE_RECEIPT, infoType: 2 }, (body) =>
        checkStatusQuery(body as TraTrangThaiHsRequest),
      ),
      readOnly: defineReadOnly('lltp.traTrangThaiHs', (body) => body.infoType === 2),
    },
    spec('traHoSo', 'Dossiers filed directly at LLTP, to pull until acknowledged', { infoType: 1 }),
    { ...spec('traDanhMuc', 'One LLTP catalogue as ID/NAME rows', { infoType: 5 }), readOnly: true },
    spec('danhDauHsThanhCong', 'Acknowledge pulled dossiers or statuses', { declarationId: 'ID-FROM-traDsTrangThaiHs', infoType: 2 }),
    {
      ...spec('traDsTrangThaiHs', 'Status changes not yet acknowledged', { infoType: 2 }),
      readOnly: defineReadOnly('lltp.traDsTrangThaiHs', (body) => body.infoType === 2),
    },
    {
      ...spec(
        'layKetQua',
        'v2 poll: state of one dossier in DVCQG codes, and its certificate once issued',
        { maTinh: '01', maHoSoMCDT: EXAMPLE_RECEIPT },
        (body) => checkPollQuery(body as LltpLayKetQuaRequest, catalogs),
      ),
      readOnly: true,
    },
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
