/**
 * The IPN: PayGov POSTs a payment's result to the partner's registered URL through the callback
 * queue, and the partner's reply decides whether it is delivered (MaLoi "00") or retried.
 */
import type { AdapterContext, CallbackVerdict, CallbackVerifier } from '../../src/core/adapter';
import { isPlainObject } from '../../src/core/lenient/members';
import type { PartnerDirectory } from './partners';
import { PaymentStore, type PaymentRecord, type Settlement } from './payment-store';
import { resultFields, signResult } from './result-message';
import type { PaygovSettings } from './settings';
import { sameSignature } from './signature';

/** Id of one IPN delivery; "IPN twice" uses copies 1 and 2, so the queue sees two callbacks. */
export function ipnCallbackId(ref: string, copy: number): string {
  return `paygov:${ref}:ipn:${copy}`;
}

export async function sendIpn(
  context: AdapterContext,
  deps: { partners: PartnerDirectory; settings: PaygovSettings },
  payment: PaymentRecord,
  settlement: Settlement,
  copy = 1,
): Promise<void> {
  const store = new PaymentStore(context.state);
  const at = context.clock.now().toISOString();
  const partner = deps.partners.find(payment.partnerId);
  if (!partner?.ipnUrl) {
    await store.logIpn(payment.ref, { at, kind: 'skipped', detail: `partner ${payment.partnerId} has no IPN URL registered` });
    return;
  }
  const body = signResult(resultFields(payment, settlement, partner, deps.settings.ipnMessageKind), partner);
  const callbackId = ipnCallbackId(payment.ref, copy);
  await context.callbacks.send({
    id: callbackId,
    service: context.service,
    url: partner.ipnUrl,
    body,
    signing: 'none',
    verifier: 'ipn',
    kind: 'ipn',
  });
  await store.logIpn(payment.ref, { at, kind: 'sent', callbackId, url: partner.ipnUrl });
}

function parseReply(body: unknown): Record<string, unknown> | undefined {
  let value = body;
  if (typeof value === 'string' || Buffer.isBuffer(value)) {
    try {
      value = JSON.parse(value.toString());
    } catch {
      return undefined;
    }
  }
  return isPlainObject(value) ? value : undefined;
}

/**
 * Judges the partner's reply to an IPN: delivered only on MaLoi "00" (anything else is retried).
 * The reply must echo the IPN's MaXacThuc (DOMAIN.md §7.3); one that does not is recorded on the
 * payment, without refusing an otherwise successful reply.
 */
export const verifyIpnReply: CallbackVerifier = async (reply, sent, context): Promise<CallbackVerdict> => {
  const ipn = isPlainObject(sent) ? sent : {};
  const ref = typeof ipn.MaThamChieu === 'string' ? ipn.MaThamChieu : undefined;
  const answer = parseReply(reply.body);
  const code = typeof answer?.MaLoi === 'string' ? answer.MaLoi : undefined;
  const signatureOk = answer !== undefined && typeof ipn.MaXacThuc === 'string' && sameSignature(answer.MaXacThuc, ipn.MaXacThuc);
  const okStatus = reply.status >= 200 && reply.status < 300;
  const accepted = okStatus && code === '00';
  const problems: string[] = [];
  if (!okStatus) problems.push(`HTTP ${reply.status}`);
  if (answer === undefined) problems.push('the reply is not a JSON object');
  else if (code !== '00') problems.push(code === undefined ? 'the reply has no MaLoi' : `the partner answered MaLoi "${code}"`);
  if (answer !== undefined && !signatureOk) problems.push('the reply does not echo the IPN’s MaXacThuc');
  const detail = problems.length ? problems.join('; ') : 'the partner accepted the IPN';
  if (ref) {
    await new PaymentStore(context.state).logIpn(ref, {
      at: context.clock.now().toISOString(),
      kind: 'reply',
      httpStatus: reply.status,
      ...(code !== undefined ? { replyCode: code } : {}),
      replySignatureOk: signatureOk,
      detail,
    });
  }
  return { accepted, detail };
};
