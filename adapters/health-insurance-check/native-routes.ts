import type { NativeRequest, NativeRoute } from '../../src/core/adapter';
import { isPlainObject, memberIgnoringCase } from '../../src/core/lenient/members';
import type { Coercion } from '../../src/core/message';

/** Base of the gateway's paths here; the real host is egw.baohiemxahoi.gov.vn. */
export const EGW_BASE = '/egw';

/** The login members of a lookup's query string (`?token=&id_token=&username=&password=`); the password is not kept. */
const LOGIN_MEMBERS = ['token', 'id_token', 'username'] as const;

/** Body members hospital software types in, whose surrounding spaces the gateway's lookup does not count. */
const TRIMMED_MEMBERS = ['maThe', 'ngaySinh'] as const;

/** A JSON or form body as it came; key casing, nulls and unknown members are the native router's to forgive. */
const bodyOf = (request: NativeRequest): Record<string, unknown> => (isPlainObject(request.body) ? request.body : {});

/**
 * The lookup's message body: the body, its typed-in members without the spaces around them, and the
 * login from the query string. ASP.NET binds query parameters without regard to case, so `?Token=`
 * or `?UserName=` log in as well; each leniency is noted.
 */
function lookupBody(request: NativeRequest, notes: Coercion[]): Record<string, unknown> {
  const body = { ...bodyOf(request) };
  for (const name of TRIMMED_MEMBERS) {
    const found = memberIgnoringCase(body, name);
    if (typeof found?.value !== 'string' || found.value.trim() === found.value || found.value.trim() === '') continue;
    body[found.key] = found.value.trim();
    notes.push({ path: name, kind: 'whitespace-trimmed', from: found.value, to: found.value.trim() });
  }
  const query: Record<string, unknown> = { ...request.query };
  const login: Record<string, string> = {};
  for (const name of LOGIN_MEMBERS) {
    const found = memberIgnoringCase(query, name);
    if (found && found.key !== name) notes.push({ path: name, kind: 'key-case', from: found.key, to: name });
    login[name] = typeof found?.value === 'string' ? found.value : '';
  }
  return { ...body, ...login };
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
