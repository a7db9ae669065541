import type { NativeRequest, NativeResponse } from '../../src/core/adapter';
import { ValidationError, type AppError } from '../../src/core/errors';
import { DMDC_CATALOG_CODES } from '../../seeds/catalogs';

/**
 * dmdc's answers are bare JSON: the column list, the rows, or `{ MSG, Count }` for an append
 * (DOMAIN.md §3). Its error shape is unpublished, so errors reuse the append answer's shape,
 * `{ "MSG": "<reason>", "Count": 0 }`, with a meaningful HTTP status: 400 for a bad body, 404 for a
 * catalogue that does not exist, 403 for a client without dmdc. Reasons speak of what the caller
 * sent: "the request body", "Record 3" (rows counted from 1, as in the duplicate answer).
 */
export function dmdcError(error: AppError, request: NativeRequest): NativeResponse {
  const violations = error.errors ?? [];
  const unknownCatalogue = error instanceof ValidationError && violations.length > 0 && violations.every((v) => v.path === 'body.maDanhMuc');
  if (unknownCatalogue) {
    const code = request.params.code ?? '';
    return {
      status: 404,
      body: { MSG: `Category ${code} does not exist; the categories are: ${DMDC_CATALOG_CODES.join(', ')}`, Count: 0 },
    };
  }
  const text = violations.length > 0 ? violations.map((v) => nativeText(v.message)).join('; ') : nativeText(error.message);
  return { status: error.status, body: { MSG: text, Count: 0 } };
}

/** `body.duLieu[2].TenTinh must be a string` → `Record 3: TenTinh must be a string`; `body.duLieu[0] must be an object` → `Record 1 must be an object`. */
export function nativeText(message: string): string {
  return message
    .replace(/body\.duLieu\[(\d+)\](\.?)/g, (_, i: string, dot: string) => `Record ${Number(i) + 1}${dot ? ': ' : ''}`)
    .replace(/body\.duLieu/g, 'the request body')
    .replace(/^the request body/, 'The request body')
    .replace(/\bbody\./g, '');
}
