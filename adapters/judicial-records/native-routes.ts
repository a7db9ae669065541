import type { NativeRoute } from '../../src/core/adapter';
import { translateQuery, translateSubmission } from './edge-translation';

const BASE = '/apiLyLichTuPhap';

/**
 * `/apiLyLichTuPhap/{op}`, `/apiLyLichTuPhap/LLTP-API-{op}` and the guide's stray-space form
 * `/apiLyLichTuPhap/LLTP-API- {op}` (sent as `%20`) all reach one handler (DOMAIN.md §6.1).
 */
export function nativePaths(operation: string): string[] {
  return [`${BASE}/${operation}`, `${BASE}/LLTP-API-${operation}`, `${BASE}/LLTP-API-%20${operation}`];
}

export function nativeRoutes(operations: readonly { operation: string }[]): NativeRoute[] {
  return operations.map(({ operation }) => {
    const translate = operation === 'nhanHoSoDangKy' ? translateSubmission : translateQuery;
    return {
      method: 'POST' as const,
      paths: nativePaths(operation),
      operation,
      accepts: ['json', 'form'] as const,
      toMessageBody: (request) => translate(request.body),
      render: (result) => ({ status: 200, body: result }),
    };
  });
}
