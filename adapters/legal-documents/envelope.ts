import type { NativeRequest, NativeResponse } from '../../src/core/adapter';
import { BusinessRuleError, ForbiddenError, type AppError } from '../../src/core/errors';
import { nativeErrorText } from '../shared/native-errors';
import { looksLikeEnvelope, SOAP_CONTENT_TYPE, soapFault } from '../shared/soap-envelope';
import { SOAP_PATH } from './soap-operations';

/**
 * Errors in each door's own shape. The gateway (`/apiVBPL/doc…`): `{ success: false, message,
 * data: null }` with the HTTP status (`I`: the gateway's error body is unpublished). The SOAP door:
 * a SOAP 1.1 fault, HTTP 500 as SOAP 1.1 and ASMX answer a fault to an envelope (`Unauthorized
 * access` for a missing login); a request that is no envelope at all gets the fault with its own 4xx (400, 413, 415).
 */
export function renderLegalError(error: AppError, request: NativeRequest): NativeResponse {
  if (request.path === SOAP_PATH) {
    const text = error instanceof ForbiddenError ? 'Unauthorized access' : nativeErrorText(error);
    const server = error.status >= 500;
    const status = !server && looksLikeEnvelope(request.body) ? 500 : error.status;
    return { status, contentType: SOAP_CONTENT_TYPE, body: soapFault(server ? 'Server' : 'Client', text) };
  }
  const notFound = error instanceof BusinessRuleError && error.code === 'NOT_FOUND';
  return { status: notFound ? 404 : error.status, body: { success: false, message: nativeErrorText(error), data: null } };
}
