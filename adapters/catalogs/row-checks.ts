/**
 * What a schema cannot say about rows appended to a dmdc catalogue: every column must be one of
 * the catalogue's (`GET /dmdc/Metadata/{code}`), the key column must be there and not empty, and
 * DateTime columns must hold a real day written `dd/MM/yyyy` (DOMAIN.md §1, §3).
 */
import { catalogByDmdcCode } from '../../seeds/catalogs';
import { parseWireDate } from '../../src/core/dates/wire-dates';
import type { FieldViolation } from '../../src/core/errors';
import type { ThemDanhMucRequest } from '../../src/generated/schema-types';

/** Violations of the rows of a schema-valid append, paths rooted at `body.duLieu[i]`. */
export function checkAppendedRows(body: unknown): FieldViolation[] {
  const { maDanhMuc, duLieu } = body as ThemDanhMucRequest;
  const catalog = catalogByDmdcCode(maDanhMuc);
  if (!catalog) return [{ path: 'body.maDanhMuc', message: `body.maDanhMuc names no catalogue: ${maDanhMuc}` }];
  const columns = new Map(catalog.columns.map((c) => [c.PropertyCode, c]));
  const columnList = catalog.columns.map((c) => c.PropertyCode).join(', ');
  const violations: FieldViolation[] = [];
  duLieu.forEach((row, i) => {
    const at = `body.duLieu[${i}]`;
    for (const name of Object.keys(row)) {
      if (!columns.has(name)) {
        violations.push({ path: `${at}.${name}`, message: `${at}.${name} is not a column of ${maDanhMuc} (its columns: ${columnList})` });
      }
    }
    const key = row[catalog.key];
    if (key === undefined || key.trim() === '') {
      violations.push({
        path: `${at}.${catalog.key}`,
        message: `${at}.${catalog.key} is required and must not be empty: it is the key of ${maDanhMuc}`,
      });
    }
    for (const column of catalog.columns) {
      const value = row[column.PropertyCode];
      if (column.PropertyType !== 'DateTime' || value === undefined || value === '') continue;
      if (!parseWireDate(value, 'dd/MM/yyyy')) {
        violations.push({
          path: `${at}.${column.PropertyCode}`,
          message: `${at}.${column.PropertyCode} must be a real day written dd/MM/yyyy, got ${JSON.stringify(value)}`,
        });
      }
    }
  });
  return violations;
}
