import type { NativeRequest, NativeResponse, NativeRoute } from '../../src/core/adapter';
import { BadRequestError, BusinessRuleError, type AppError } from '../../src/core/errors';
import { nativeErrorText } from '../shared/native-errors';
import { isPlainObject } from '../shared/wire-keys';
import { CODE_ALIASES } from './unit-code';

const ALIASES = new Set(CODE_ALIASES.map((a) => a.toLowerCase()));

/** The code under whichever of its names the client used (query string or JSON body); two different ones are refused. */
function codeBody(request: NativeRequest): Record<string, unknown> {
  const source: Record<string, unknown> = { ...request.query, ...(isPlainObject(request.body) ? request.body : {}) };
  const values = new Set<string>();
  for (const [key, value] of Object.entries(source)) {
    if (!ALIASES.has(key.toLowerCase()) || value === undefined || value === null) continue;
    values.add(typeof value === 'number' ? String(value) : (value as string));
  }
  if (values.size > 1) throw new BadRequestError(`maSo is given twice with different values (${[...values].join(', ')}); send one of ${CODE_ALIASES.join(', ')}`);
  const [maSo] = values;
  return maSo === undefined ? {} : { maSo };
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
