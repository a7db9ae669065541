import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The callback signature: `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">` keyed with
 * the receiving client's secret, as in shared/DESIGN.md ("Callbacks").
 */
export function signCallback(rawBody: string, secret: string, unixSeconds: number): string {
  const v1 = createHmac('sha256', secret).update(`${unixSeconds}.${rawBody}`).digest('hex');
  return `t=${unixSeconds},v1=${v1}`;
}

/** Checks a signature header; `toleranceSeconds` bounds the age of `t` against `nowSeconds`. */
export function verifyCallbackSignature(header: string, rawBody: string, secret: string, nowSeconds: number, toleranceSeconds = 300): boolean {
  const parts = Object.fromEntries(header.split(',').map((p) => p.trim().split('=') as [string, string]));
  const t = Number(parts.t);
  if (!Number.isInteger(t) || !parts.v1 || Math.abs(nowSeconds - t) > toleranceSeconds) return false;
  const expected = Buffer.from(signCallback(rawBody, secret, t).split('v1=')[1]);
  const given = Buffer.from(parts.v1);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
