import type { AdapterContext, NativeRequest, NativeResponse } from '../../../src/core/adapter';
import type { DoorEndpoint } from '../../../src/core/door';
import { AppError, BusinessRuleError, ValidationError } from '../../../src/core/errors';
import { isPlainObject } from '../../../src/core/lenient/members';
import type { IdentityProvider } from '../identity-provider';
import type { RelyingParty } from '../sso-seeds';
import type { Grant } from '../sso-store';

export type SsoOperation = 'login' | 'token' | 'userinfo';

/** What an endpoint of the identity provider works with; the door (sso-door.ts) builds it per request. */
export interface SsoDoor {
  idp: IdentityProvider;
  context: AdapterContext;
  /**
   * Runs an `sso.*` message through the one pipeline on behalf of a relying party: it is journaled,
   * fault scenarios apply to it, and a failure is thrown (an injected transport fault too).
   */
  submit<T>(operation: SsoOperation, body: object, client?: RelyingParty): Promise<T>;
}

/**
 * A browser- or RP-facing endpoint, free of any web framework. Its answers (door/answers.ts) are
 * documented with COMMON_ANSWERS; a shared path is the gateway's /oauth2/token; its errors are
 * OAuth JSON errors unless it renders its own.
 */
export type SsoEndpoint = DoorEndpoint<SsoDoor>;

/** An OAuth error body (RFC 6749 §5.2); an injected fault keeps its rule's status and code. */
export function oauthErrorResponse(error: AppError): NativeResponse {
  const code =
    error instanceof BusinessRuleError
      ? error.code
      : error instanceof ValidationError
        ? 'invalid_request'
        : error.status >= 500
          ? 'server_error'
          : 'invalid_request';
  const headers: Record<string, string> = { 'cache-control': 'no-store' };
  if (error.status === 401) headers['www-authenticate'] = code === 'invalid_token' ? 'Bearer error="invalid_token"' : 'Basic realm="oauth2"';
  return { status: error.status, body: { error: code, error_description: error.message }, headers };
}

export function redirect(location: string, cookies: readonly string[] = []): NativeResponse {
  return {
    status: 302,
    body: '',
    contentType: 'text/plain; charset=utf-8',
    headers: { location, ...(cookies.length ? { 'set-cookie': cookies.join('\n') } : {}) },
  };
}

/** The realm of a request: the `/t/{tenant}` path parameter, else Cổng DVCQG. */
export function realmOf(request: NativeRequest): string {
  return request.params.tenant ?? 'dvcqg';
}

export function cookies(request: NativeRequest): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at < 0) continue;
    try {
      out[part.slice(0, at).trim()] = decodeURIComponent(part.slice(at + 1).trim());
    } catch {
      // A cookie that is not ours and not URL-encoded: ignored.
    }
  }
  return out;
}

/** The session cookie of a realm: WSO2's `commonAuthId`, one per tenant; CAS's `CASTGC`. */
export function sessionCookieName(realm: string): string {
  if (realm === 'cas') return 'CASTGC';
  return realm === 'dvcqg' ? 'commonAuthId' : `commonAuthId_${realm.replace(/[^A-Za-z0-9]/g, '_')}`;
}

export function setCookie(name: string, value: string): string {
  return `${name}=${encodeURIComponent(value)}; Path=/; HttpOnly; SameSite=Lax`;
}

export function clearCookie(name: string): string {
  return `${name}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0`;
}

/** A string member of a form or JSON body, or of the query. */
export function field(request: NativeRequest, name: string): string | undefined {
  const body = isPlainObject(request.body) ? request.body : {};
  const value = body[name] ?? request.query[name];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** Client credentials from HTTP Basic (RFC 6749 §2.3.1: each part form-encoded) or the form body. */
export function clientCredentials(request: NativeRequest): { clientId?: string; secret?: string; conflict?: boolean } {
  const header = request.headers.authorization ?? '';
  const bodyId = field(request, 'client_id');
  const bodySecret = field(request, 'client_secret');
  if (/^basic /i.test(header)) {
    const decoded = Buffer.from(header.slice(6).trim(), 'base64').toString('utf8');
    const at = decoded.indexOf(':');
    const unescape = (s: string): string => {
      try {
        return decodeURIComponent(s.replace(/\+/g, ' '));
      } catch {
        return s;
      }
    };
    const clientId = unescape(at < 0 ? decoded : decoded.slice(0, at));
    const secret = at < 0 ? undefined : unescape(decoded.slice(at + 1));
    return { clientId, ...(secret !== undefined ? { secret } : {}), conflict: bodyId !== undefined && bodyId !== clientId };
  }
  return { ...(bodyId ? { clientId: bodyId } : {}), ...(bodySecret ? { secret: bodySecret } : {}) };
}

export function bearer(request: NativeRequest): string | undefined {
  const match = /^bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '');
  return match?.[1];
}

/** The body of an `sso.userinfo` message for the person behind a grant (the userinfo route and the dev RP both ask so). */
export function userinfoRequest(grant: Grant) {
  return {
    realm: grant.realm,
    sub: grant.sub,
    idp: grant.idp,
    acr: grant.acr,
    client_id: grant.clientId,
    ...(grant.vneidToken ? { vneid_token: grant.vneidToken } : {}),
  };
}
