import type { OperationSpec } from '../../src/core/adapter';
import { schemaId } from '../../src/schemas/load-schemas';
import type { Catalogs } from '../../seeds/catalogs';
import type { Citizen } from '../../src/seed/types';
import type { NhanHoSoDangKyRequest, TraTrangThaiHsRequest } from '../../src/generated/schema-types';
import { checkDeclaration, checkStatusQuery } from './declaration-rules';
import { ownRequest } from './direct-dossiers';

/** Reads a schema file by `$id` (the adapter reads its own request schemas for the edge). */
export type SchemaRegistryLike = (id: string) => unknown;

/** A fixed day for examples, so the documentation does not change with the clock. */
const EXAMPLE_DAY = new Date('2026-01-15T03:00:00Z');

/** The six v1 operations, with examples that succeed against the seeds. */
export function operationSpecs(catalogs: Catalogs, exampleCitizen: Citizen): OperationSpec[] {
  const example = ownRequest(exampleCitizen, 1, '2601150007', EXAMPLE_DAY);
  const spec = (operation: string, summary: string, exampleBody: unknown, check?: OperationSpec['check']): OperationSpec => ({
    operation,
    summary,
    requestSchema: schemaId(`lltp/${operation}.request.json`),
    responseSchema: schemaId(`lltp/${operation}.response.json`),
    example: exampleBody,
    ...(check ? { check } : {}),
  });
  return [
    spec('nhanHoSoDangKy', 'A one-stop pushes a judicial-record certificate request', example, (body) => checkDeclaration(body as NhanHoSoDangKyRequest, catalogs)),
    spec('traTrangThaiHs', 'Status of one dossier, and its certificate once issued', { idReceivedDec: '2601150007', infoType: 2 }, (body) => checkStatusQuery(body as TraTrangThaiHsRequest)),
    spec('traHoSo', 'Dossiers filed directly at LLTP, to pull until acknowledged', { infoType: 1 }),
    spec('traDanhMuc', 'One LLTP catalogue as ID/NAME rows', { infoType: 5 }),
    spec('danhDauHsThanhCong', 'Acknowledge pulled dossiers or statuses', { declarationId: 'ID-FROM-traDsTrangThaiHs', infoType: 2 }),
    spec('traDsTrangThaiHs', 'Status changes not yet acknowledged', { infoType: 2 }),
  ];
}
