/**
 * Amounts that settle a payment at INIT, without the payment page, so tests and CI get a known
 * outcome (like a card network's test card numbers). Documented in seeds/README.md.
 */
export type MagicBehaviour =
  /** Paid at once; one IPN. */
  | 'pay'
  /** Failed at once (the bank declined); one IPN. */
  | 'fail'
  /** Stays pending (TrangThaiGD 3) for good: it never expires and sends no IPN. */
  | 'hold'
  /** Paid at once; the same IPN is sent twice. */
  | 'pay-ipn-twice'
  /** Paid at once; the IPN goes out only after PAYGOV_LATE_IPN_SECONDS of simulation time. */
  | 'pay-ipn-late'
  /** Paid at once; the IPN is lost (never sent): only QUERY tells the partner. */
  | 'pay-no-ipn';

export const MAGIC_AMOUNTS: Readonly<Record<string, MagicBehaviour>> = {
  '10001': 'pay',
  '10002': 'fail',
  '10003': 'hold',
  '10004': 'pay-ipn-twice',
  '10005': 'pay-ipn-late',
  '10006': 'pay-no-ipn',
};

export function magicBehaviour(amount: string): MagicBehaviour | undefined {
  return MAGIC_AMOUNTS[amount];
}
