import type { NativeRequest, NativeResponse } from '../../src/core/adapter';
import { BusinessRuleError, ForbiddenError, type AppError } from '../../src/core/errors';
import { nativeErrorText } from '../shared/native-errors';
import { soapContentType, soapFault, soapFaultStatus, SoapVersionMismatchError, soapVersionOf } from '../shared/soap-envelope';
import { SOAP_PATH } from './soap-operations';

/**
 * Errors in each door's own shape. The gateway (`/apiVBPL/doc…`): `{ success: false, message,
 * data: null }` with the HTTP status (`I`: the gateway's error body is unpublished). The SOAP door:
 * a fault in the SOAP version the request was sent in (`Unauthorized access` for a missing login),
 * with the status each version's HTTP binding gives it (soapFaultStatus).
 */
export function renderLegalError(error: AppError, request: NativeRequest): NativeResponse {
  if (request.path === SOAP_PATH) {
    const text = error instanceof ForbiddenError ? 'Unauthorized access' : nativeErrorText(error);
    const code = error.status >= 500 ? 'Server' : error instanceof SoapVersionMismatchError ? 'VersionMismatch' : 'Client';
    const version = soapVersionOf(request.contentType);
    return {
      status: soapFaultStatus(code, error.status, version, request.body),
      contentType: soapContentType(version),
      body: soapFault(code, text, version),
    };
  }
  const notFound = error instanceof BusinessRuleError && error.code === 'NOT_FOUND';
  return { status: notFound ? 404 : error.status, body: { success: false, message: nativeErrorText(error), data: null } };
}
