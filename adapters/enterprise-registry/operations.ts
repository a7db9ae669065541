import type { OperationSpec } from '../../src/core/adapter';
import { defineCheck } from '../../src/core/operation';
import { schemaId } from '../../src/core/schema-id';
import { addDays } from '../../src/core/dates/iso-days';
import type { SeedDataset } from '../../src/seed/types';
import { checkEnterpriseCode } from './enterprise-index';
import { checkDateRange, checkTimeWindow, MAX_RANGE_DAYS } from './list-query';
import { isoToRegistryDate } from './registry-dates';

/**
 * The registry's four operations (DOMAIN.md §8.1), with examples drawn from the seed. All four are
 * read-only: they read the seed on the simulation clock and keep no state.
 */
export function enterpriseOperations(dataset: SeedDataset): OperationSpec[] {
  const first = dataset.enterpriseDossiers[0];
  const last = dataset.enterpriseDossiers[dataset.enterpriseDossiers.length - 1];
  const lastDay = last?.receiptDate ?? '2025-01-15';
  return [
    {
      operation: 'chiTietDoanhNghiep',
      summary: 'Latest details of one enterprise by its code (msdn); a 13-digit branch code answers for its parent',
      requestSchema: schemaId('dkdn/chiTietDoanhNghiep.request.json'),
      responseSchema: schemaId('dkdn/chiTietDoanhNghiep.response.json'),
      example: { msdn: dataset.testPersons.activeEnterprise.id },
      check: defineCheck('dkdn.chiTietDoanhNghiep', ({ msdn }) => checkEnterpriseCode(msdn, 'body.msdn')),
      readOnly: true,
    },
    {
      operation: 'danhSachHoSoTrongNgay',
      summary: 'Registration dossiers processed today (simulation clock) between from_ts and to_ts, HH:mm',
      requestSchema: schemaId('dkdn/danhSachHoSoTrongNgay.request.json'),
      responseSchema: schemaId('dkdn/danhSachHoSo.response.json'),
      example: { from_ts: '00:00', to_ts: '23:59', offset: 0, limit: 50 },
      check: defineCheck('dkdn.danhSachHoSoTrongNgay', checkTimeWindow),
      readOnly: true,
    },
    {
      operation: 'danhSachHoSo',
      summary: `Registration dossiers received from from_date to to_date (dd/MM/yyyy, at most ${MAX_RANGE_DAYS} days)`,
      requestSchema: schemaId('dkdn/danhSachHoSo.request.json'),
      responseSchema: schemaId('dkdn/danhSachHoSo.response.json'),
      example: { from_date: isoToRegistryDate(addDays(lastDay, 1 - MAX_RANGE_DAYS)), to_date: isoToRegistryDate(lastDay), offset: 0, limit: 50 },
      check: defineCheck('dkdn.danhSachHoSo', checkDateRange),
      readOnly: true,
    },
    {
      operation: 'tinhTrangHoSo',
      summary: 'Detail and processing status of one registration dossier by its journal number',
      requestSchema: schemaId('dkdn/tinhTrangHoSo.request.json'),
      responseSchema: schemaId('dkdn/tinhTrangHoSo.response.json'),
      example: { in_journal_no: first?.journalNo ?? 1_000_001 },
      readOnly: true,
    },
  ];
}
