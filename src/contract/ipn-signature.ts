/** Checks the MaXacThuc of a PayGov IPN with the partner's secret, variant and field order. */
import { joinIpnFields, sameSignature, signJoined } from '../../adapters/paygov/signature';
import type { PaygovPartnerKeys } from './simulator-target';

/** Undefined when the IPN is signed right; otherwise why not. */
export function verifyIpnSignature(body: Record<string, unknown> | undefined, keys: PaygovPartnerKeys): string | undefined {
  if (!body || typeof body.MaXacThuc !== 'string') return 'the IPN carries no MaXacThuc';
  const joined = joinIpnFields(body, keys.ipnFieldOrder ?? 'paseto');
  const expected = signJoined(joined, keys.secret, keys.signing ?? 'sha256');
  return sameSignature(body.MaXacThuc, expected)
    ? undefined
    : `MaXacThuc does not verify with the secret of partner ${keys.partner} over "${joined}"`;
}

/** The MaXacThuc a partner would put on an IPN body. */
export function signIpn(body: Record<string, unknown>, keys: PaygovPartnerKeys): string {
  return signJoined(joinIpnFields(body, keys.ipnFieldOrder ?? 'paseto'), keys.secret, keys.signing ?? 'sha256');
}
