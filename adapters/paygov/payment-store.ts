/**
 * Payments in the adapter's Redis state. A payment is written once at INIT; its outcome, the
 * "leave pending" hold and each IPN event are separate keys written with set-if-absent or counters,
 * so a double click, the expiry timer and IPN replies racing each other never overwrite each other.
 */
import type { StateStore } from '../../src/core/ports';
import type { PaygovInitRequest } from '../../src/generated/schema-types';

/** What INIT created; never changed afterwards. */
export interface PaymentRecord {
  partnerId: string;
  ref: string;
  amount: number;
  transactionId: string;
  request: PaygovInitRequest;
  createdAt: string;
  expiresAt: string;
  /** Set for a magic "stays pending" amount: no expiry. */
  held?: boolean;
}

export type Outcome = 'paid' | 'failed' | 'cancelled' | 'expired';

export interface Settlement {
  outcome: Outcome;
  /** Bank the payer used. */
  bank: string;
  /** ThoiGianGD of the final state, yyyyMMddHHmmss. */
  time: string;
  at: string;
  /** What settled it: the page, a magic amount, the expiry timer. */
  by: 'page' | 'magic-amount' | 'expiry';
}

/** One line of a payment's IPN log: what was sent, and what the partner answered. */
export interface IpnEvent {
  at: string;
  kind: 'sent' | 'scheduled' | 'skipped' | 'reply';
  callbackId?: string;
  url?: string;
  httpStatus?: number;
  /** The partner's MaLoi; accepted only when "00". */
  replyCode?: string;
  /** Whether the reply echoed the MaXacThuc of the IPN (DOMAIN.md §7.3). */
  replySignatureOk?: boolean;
  detail?: string;
}

export interface PaymentView extends PaymentRecord {
  status: 'pending' | Outcome;
  settlement?: Settlement;
  /** The payer chose "leave pending" on the page: no expiry. */
  onHold: boolean;
  ipn: IpnEvent[];
}

const paymentKey = (ref: string): string => `payment:${ref}`;
const settlementKey = (ref: string): string => `settlement:${ref}`;
const holdKey = (ref: string): string => `hold:${ref}`;
const ipnCountKey = (ref: string): string => `ipn:${ref}:count`;
const ipnEventKey = (ref: string, n: number): string => `ipn:${ref}:${n}`;

export class PaymentStore {
  constructor(private readonly state: StateStore) {}

  /** False when the reference is taken (a duplicate MaThamChieu). */
  create(record: PaymentRecord): Promise<boolean> {
    return this.state.set(paymentKey(record.ref), record, { onlyIfAbsent: true });
  }

  record(ref: string): Promise<PaymentRecord | undefined> {
    return this.state.get<PaymentRecord>(paymentKey(ref));
  }

  /** Records the outcome unless one exists; returns the outcome that holds. */
  async settle(ref: string, settlement: Settlement): Promise<{ settled: boolean; settlement: Settlement }> {
    if (await this.state.set(settlementKey(ref), settlement, { onlyIfAbsent: true })) return { settled: true, settlement };
    return { settled: false, settlement: (await this.state.get<Settlement>(settlementKey(ref))) as Settlement };
  }

  async hold(ref: string): Promise<void> {
    await this.state.set(holdKey(ref), true);
  }

  async logIpn(ref: string, event: IpnEvent): Promise<void> {
    const n = await this.state.increment(ipnCountKey(ref));
    await this.state.set(ipnEventKey(ref, n), event);
  }

  async view(ref: string): Promise<PaymentView | undefined> {
    const [record, settlement, hold, count] = await this.state.getMany<unknown>([
      paymentKey(ref),
      settlementKey(ref),
      holdKey(ref),
      ipnCountKey(ref),
    ]);
    if (!record) return undefined;
    const n = Number(count ?? 0);
    const events = n > 0 ? await this.state.getMany<IpnEvent>(Array.from({ length: n }, (_, i) => ipnEventKey(ref, i + 1))) : [];
    const payment = record as PaymentRecord;
    const settled = settlement as Settlement | undefined;
    return {
      ...payment,
      status: settled ? settled.outcome : 'pending',
      ...(settled ? { settlement: settled } : {}),
      onHold: Boolean(payment.held) || hold === true,
      ipn: events.filter((e): e is IpnEvent => e !== undefined),
    };
  }
}
