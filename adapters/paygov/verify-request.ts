import { MA_LOI, paygovError } from './paygov-errors';
import type { PartnerDirectory, PaygovPartner } from './partners';
import { joinFields, sameSignature, signJoined } from './signature';

/**
 * Finds the partner of a signed request and checks its MaXacThuc, or throws PayGov's "02" (unknown
 * partner) or "01" (bad signature). The "01" answer names the string PayGov signed (never the
 * secret), which is what a developer needs to find a wrong field order or a re-formatted time.
 */
export function verifySignature(
  body: { MaDoiTac: string; MaXacThuc: string } & object,
  fields: readonly string[],
  partners: PartnerDirectory,
): PaygovPartner {
  const partner = partners.find(body.MaDoiTac);
  if (!partner) throw paygovError(MA_LOI.unknownPartner, `no partner with MaDoiTac "${body.MaDoiTac}" is registered`);
  const joined = joinFields(body, fields);
  if (!sameSignature(body.MaXacThuc, signJoined(joined, partner.secret, partner.signing))) {
    throw paygovError(
      MA_LOI.badSignature,
      `MaXacThuc does not match the ${partner.signing} signature of "${joined}" with the secret of partner ${partner.id}`,
    );
  }
  return partner;
}
