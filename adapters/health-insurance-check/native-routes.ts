import type { NativeRequest, NativeRoute } from '../../src/core/adapter';
import { isPlainObject, keyCasing, normaliseKeys } from '../shared/wire-keys';

/** Base of the gateway's paths here; the real host is egw.baohiemxahoi.gov.vn. */
export const EGW_BASE = '/egw';

const QUERY_KEYS = keyCasing(['maThe', 'hoTen', 'ngaySinh', 'gioiTinh', 'maDKBD', 'hoTenCb', 'cccdCb']);
const TOKEN_KEYS = keyCasing(['username', 'password']);

/** The documented members of a JSON or form body, keys read case-insensitively, others dropped. */
function pick(body: unknown, casing: ReadonlyMap<string, string>): Record<string, unknown> {
  if (!isPlainObject(body)) return {};
  const named = normaliseKeys(body, casing);
  return Object.fromEntries(Object.entries(named).filter(([key]) => casing.has(key.toLowerCase()) && casing.get(key.toLowerCase()) === key));
}

/** The login travels on the query string (`?token=&id_token=&username=&password=`); the password is not kept. */
function lookupBody(request: NativeRequest): Record<string, unknown> {
  const { token, id_token, username } = request.query;
  return { ...pick(request.body, QUERY_KEYS), token: token ?? '', id_token: id_token ?? '', username: username ?? '' };
}

const asIs = (result: unknown) => ({ status: 200, body: result });

/** `POST /api/token/take` and the two lookups; the gateway's own login, so no LGSP token is needed. */
export const egwNativeRoutes: NativeRoute[] = [
  { method: 'POST', paths: [`${EGW_BASE}/api/token/take`], operation: 'tokenTake', auth: 'optional', accepts: ['json', 'form'], toMessageBody: (r) => pick(r.body, TOKEN_KEYS), render: asIs },
  { method: 'POST', paths: [`${EGW_BASE}/api/egw/KQNhanLichSuKCB2024`], operation: 'KQNhanLichSuKCB2024', auth: 'optional', accepts: ['json', 'form'], toMessageBody: lookupBody, render: asIs },
  { method: 'POST', paths: [`${EGW_BASE}/api/egw/Lskcb2025`], operation: 'Lskcb2025', auth: 'optional', accepts: ['json', 'form'], toMessageBody: lookupBody, render: asIs },
];
