import type { NativeRequest, NativeRoute } from '../../src/core/adapter';
import { isPlainObject } from '../../src/core/lenient/members';

/** Base of the gateway's paths here; the real host is egw.baohiemxahoi.gov.vn. */
export const EGW_BASE = '/egw';

/** A JSON or form body as it came; key casing, nulls and unknown members are the native router's to forgive. */
const bodyOf = (request: NativeRequest): Record<string, unknown> => (isPlainObject(request.body) ? request.body : {});

/** The login travels on the query string (`?token=&id_token=&username=&password=`); the password is not kept. */
function lookupBody(request: NativeRequest): Record<string, unknown> {
  const { token, id_token, username } = request.query;
  return { ...bodyOf(request), token: token ?? '', id_token: id_token ?? '', username: username ?? '' };
}

const asIs = (result: unknown) => ({ status: 200, body: result });

/** `POST /api/token/take` and the two lookups; the gateway's own login, so no LGSP token is needed. */
export const egwNativeRoutes: NativeRoute[] = [
  {
    method: 'POST',
    paths: [`${EGW_BASE}/api/token/take`],
    operation: 'tokenTake',
    auth: 'optional',
    accepts: ['json', 'form'],
    toMessageBody: bodyOf,
    render: asIs,
  },
  {
    method: 'POST',
    paths: [`${EGW_BASE}/api/egw/KQNhanLichSuKCB2024`],
    operation: 'KQNhanLichSuKCB2024',
    auth: 'optional',
    accepts: ['json', 'form'],
    toMessageBody: lookupBody,
    render: asIs,
  },
  {
    method: 'POST',
    paths: [`${EGW_BASE}/api/egw/Lskcb2025`],
    operation: 'Lskcb2025',
    auth: 'optional',
    accepts: ['json', 'form'],
    toMessageBody: lookupBody,
    render: asIs,
  },
];
