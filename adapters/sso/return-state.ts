/**
 * The relying parties' quirks around Cổng DVCQG (DOMAIN-MORE §4.4), as helpers the development RP
 * uses and an integrator can copy: a `state` that carries the return URL in base64, the
 * `vnconnect=1` deep links, and the e-mail fallback.
 */
import { isPlainObject } from '../../src/core/lenient/members';

/** PASETO: `state` is base64 of the return URL. OpenCPS: base64 of `state@returnUrl`. */
export function encodeReturnState(returnUrl: string, opaque?: string): string {
  return Buffer.from(opaque ? `${opaque}@${returnUrl}` : returnUrl, 'utf8').toString('base64');
}

function isUrlLike(text: string): boolean {
  if (text.startsWith('/')) return true;
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * Reads a return URL back out of `state`, leniently: standard or URL-safe alphabet, with or without
 * padding, and with `+` turned into a space by a relying party that did not URL-encode the state.
 * Answers nothing when the state is not a base64-encoded URL (an opaque state).
 */
export function decodeReturnState(state: string | undefined): { returnUrl?: string; opaque?: string } {
  if (!state) return {};
  const text = Buffer.from(state.trim().replace(/ /g, '+').replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('utf8');
  if (isUrlLike(text)) return { returnUrl: text };
  const at = text.indexOf('@');
  if (at > 0 && isUrlLike(text.slice(at + 1))) return { opaque: text.slice(0, at), returnUrl: text.slice(at + 1) };
  return {};
}

/** A missing e-mail is made up from TechID, else from the ID document number (OpenCPS, PASETO). */
export function emailOf(claims: Record<string, unknown>): { email: string; fallback: boolean } {
  if (typeof claims.ThuDienTu === 'string' && claims.ThuDienTu.includes('@')) return { email: claims.ThuDienTu, fallback: false };
  if (typeof claims.TechID === 'string') return { email: `${claims.TechID}@dvcqg.gov.vn`, fallback: true };
  const document = [claims.SoDinhDanh, claims.SoCMND, claims.MaSoThue].find((v) => typeof v === 'string' && v);
  return { email: `${String(document ?? 'unknown')}@dichvucong.gov.vn`, fallback: true };
}

export interface DeepLink {
  /** PASETO's parameters. */
  MaTTHCDP?: string;
  MaCoQuanThucHien?: string;
  MaDVC?: string;
  /** OpenCPS front-ends: `data`, a base64 JSON object. */
  data?: Record<string, unknown>;
}

/** The parameters of a `vnconnect=1` deep link from Cổng DVCQG, or undefined when the request is not one. */
export function parseDeepLink(query: Record<string, string | undefined>): DeepLink | undefined {
  if (query.vnconnect !== '1') return undefined;
  const link: DeepLink = {};
  for (const key of ['MaTTHCDP', 'MaCoQuanThucHien', 'MaDVC'] as const) {
    const value = query[key];
    if (value) link[key] = value;
  }
  if (query.data) {
    try {
      const parsed: unknown = JSON.parse(Buffer.from(query.data.replace(/ /g, '+'), 'base64').toString('utf8'));
      if (isPlainObject(parsed)) link.data = parsed;
    } catch {
      // Not base64 JSON: the link is still a deep link, without its data.
    }
  }
  return link;
}
