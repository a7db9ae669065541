import type { NativeRequest, NativeResponse, NativeRoute } from '../../src/core/adapter';
import { BadRequestError, BusinessRuleError, type AppError } from '../../src/core/errors';
import { isPlainObject } from '../../src/core/lenient/members';
import type { Coercion } from '../../src/core/message';
import { nativeErrorText } from '../shared/native-errors';
import { CODE_ALIASES } from './unit-code';

const ALIASES = new Map(CODE_ALIASES.map((a) => [a.toLowerCase(), a]));

/**
 * The code under whichever of its names the client used (query string or JSON body): every alias
 * is a name the contract takes; another casing of one, or spaces around the code, are read and noted.
 * Two different codes are refused.
 */
function codeBody(request: NativeRequest, notes: Coercion[]): Record<string, unknown> {
  const source: Record<string, unknown> = { ...request.query, ...(isPlainObject(request.body) ? request.body : {}) };
  let code: unknown;
  for (const [key, value] of Object.entries(source)) {
    const alias = ALIASES.get(key.toLowerCase());
    if (alias === undefined || value === undefined || value === null) continue;
    if (code !== undefined && String(code) !== String(value)) {
      throw new BadRequestError(
        `maSo is given twice with different values (${String(code)}, ${String(value)}); send one of ${CODE_ALIASES.join(', ')}`,
      );
    }
    if (alias !== key) notes.push({ path: alias, kind: 'key-case', from: key, to: alias });
    code = value;
  }
  // Spaces around a typed-in code do not count (DOMAIN-MORE §1.2, "after trimming"), but are noted.
  if (typeof code === 'string' && code.trim() !== code && code.trim() !== '') {
    notes.push({ path: 'maSo', kind: 'whitespace-trimmed', from: code, to: code.trim() });
    code = code.trim();
  }
  return code === undefined ? {} : { maSo: code };
}

/** The envelope modelled on the enterprise registry's (DOMAIN-MORE §1.4, `I`). */
export function unitErrorEnvelope(error: AppError): NativeResponse {
  const notFound = error instanceof BusinessRuleError && error.code === 'NOT_FOUND';
  return { status: notFound ? 404 : error.status, body: { Status: '0', Message: nativeErrorText(error), DataCount: 0, Data: [] } };
}

export const unitNativeRoutes: NativeRoute[] = (['GET', 'POST'] as const).map((method) => ({
  method,
  paths: ['/apiMSNS/traCuuMaSo'],
  operation: 'traCuuMaSo',
  toMessageBody: codeBody,
  render: (result: unknown) => ({ status: 200, body: result }),
}));
