import { integer, type AdapterSettings } from '../../src/core/settings';

/** The PayGov simulator's own settings, read from the environment at start. */
export interface PaygovSettings {
  /** A payment nobody settles fails as expired after this long on simulation time. Default 900 s (`PAYGOV_PENDING_TTL_SECONDS`). */
  pendingTtlMs: number;
  /** How late the "late IPN" magic amount's IPN goes out. Default 2100 s, past PASETO's 30-minute reconciliation floor (`PAYGOV_LATE_IPN_SECONDS`). */
  lateIpnDelayMs: number;
  /** The IPN's LoaiBanTin; no client checks it, but it enters the signature. Default PAY (`PAYGOV_IPN_LOAI_BAN_TIN`). */
  ipnMessageKind: string;
}

export function readPaygovSettings(config: Pick<AdapterSettings, 'env'>): PaygovSettings {
  const { env } = config;
  const kind = env.PAYGOV_IPN_LOAI_BAN_TIN;
  return {
    pendingTtlMs: integer(env, 'PAYGOV_PENDING_TTL_SECONDS', 900, 1, 30 * 86400) * 1000,
    lateIpnDelayMs: integer(env, 'PAYGOV_LATE_IPN_SECONDS', 2100, 1, 30 * 86400) * 1000,
    ipnMessageKind: kind === undefined || kind.trim() === '' ? 'PAY' : kind.trim(),
  };
}
