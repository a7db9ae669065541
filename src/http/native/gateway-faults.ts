import type { NativeResponse } from '../../core/adapter';
import type { UnauthorizedError } from '../../core/errors';

/**
 * Faults answered by the API gateway in front of every native backend (WSO2 API Manager's codes),
 * before a request reaches the backend's own envelope.
 */
export function gatewayAuthFault(error: UnauthorizedError): NativeResponse {
  const missing = error.reason === 'missing';
  return {
    status: 401,
    headers: { 'www-authenticate': 'Bearer realm="lgsp-sim"' },
    body: {
      fault: {
        code: missing ? 900902 : 900901,
        message: missing ? 'Missing Credentials' : 'Invalid Credentials',
        description: error.message,
      },
    },
  };
}

export function gatewayNoResourceFault(method: string, path: string): NativeResponse {
  return {
    status: 404,
    body: {
      fault: {
        code: 900906,
        message: 'No matching resource found for given API Request',
        description: `The API has no resource ${method} ${path}`,
      },
    },
  };
}
