/**
 * How a payment ends: paid, failed or cancelled (the page or a magic amount) or expired (a timer on
 * simulation time). The first outcome wins; each one sends its IPN as the case asks.
 */
import type { AdapterContext, TimerHandler } from '../../src/core/adapter';
import { sendIpn } from './ipn';
import type { PartnerDirectory } from './partners';
import { PaymentStore, type Outcome, type Settlement } from './payment-store';
import type { PaygovSettings } from './settings';
import { toPaygovTime } from './wire-time';

/** `once`: one IPN now; `twice`: two now; `late`: one after the configured delay; `none`: no IPN. */
export type IpnPlan = 'once' | 'twice' | 'late' | 'none';

export const expiryTimerId = (ref: string): string => `paygov:expire:${ref}`;
const lateIpnTimerId = (ref: string): string => `paygov:late-ipn:${ref}`;

/** The bank a payer "used" when the page did not ask: the INIT's, unless it left the choice open. */
export function defaultBank(requested: string | undefined): string {
  return requested && requested !== 'PAYMENT' ? requested : 'SIMBANK';
}

export interface SettleRequest {
  outcome: Outcome;
  by: Settlement['by'];
  bank: string;
  at: Date;
  ipn: IpnPlan;
}

export class PaymentFlow {
  constructor(private readonly deps: { partners: PartnerDirectory; settings: PaygovSettings }) {}

  /** Settles a payment unless it already ended; returns the outcome that holds. */
  async settle(context: AdapterContext, ref: string, request: SettleRequest): Promise<{ settled: boolean; settlement: Settlement }> {
    const store = new PaymentStore(context.state);
    const payment = await store.record(ref);
    if (!payment) throw new Error(`no payment ${ref} to settle`);
    const result = await store.settle(ref, {
      outcome: request.outcome,
      bank: request.bank,
      time: toPaygovTime(request.at),
      at: request.at.toISOString(),
      by: request.by,
    });
    if (!result.settled) return result;
    if (request.outcome !== 'expired') await context.scheduler.cancel(expiryTimerId(ref));
    const at = context.clock.now().toISOString();
    switch (request.ipn) {
      case 'once':
        await sendIpn(context, this.deps, payment, result.settlement, 1);
        break;
      case 'twice':
        await sendIpn(context, this.deps, payment, result.settlement, 1);
        await sendIpn(context, this.deps, payment, result.settlement, 2);
        break;
      case 'late': {
        const dueAt = context.clock.now().getTime() + this.deps.settings.lateIpnDelayMs;
        await context.scheduler.schedule({ id: lateIpnTimerId(ref), service: context.service, kind: 'lateIpn', dueAt, payload: { ref } });
        await store.logIpn(ref, { at, kind: 'scheduled', detail: `IPN held back until ${new Date(dueAt).toISOString()} (simulation time)` });
        break;
      }
      case 'none':
        await store.logIpn(ref, {
          at,
          kind: 'skipped',
          detail:
            request.outcome === 'expired'
              ? 'an expired payment sends no IPN; QUERY reports TrangThaiGD 4'
              : 'the IPN was lost on purpose; only QUERY tells the partner',
        });
        break;
    }
    return result;
  }

  /** Schedules the expiry of a new pending payment. */
  async scheduleExpiry(context: AdapterContext, ref: string, dueAt: number): Promise<void> {
    await context.scheduler.schedule({ id: expiryTimerId(ref), service: context.service, kind: 'expire', dueAt, payload: { ref } });
  }

  /** Timers: `expire` fails a payment still pending (and not held) at its due time; `lateIpn` sends a held-back IPN. */
  timers(): Record<string, TimerHandler> {
    return {
      expire: async (task, context) => {
        const ref = String(task.payload.ref);
        const view = await new PaymentStore(context.state).view(ref);
        if (!view || view.settlement || view.onHold) return;
        await this.settle(context, ref, {
          outcome: 'expired',
          by: 'expiry',
          bank: defaultBank(view.request.MaNganHang),
          at: new Date(task.dueAt),
          ipn: 'none',
        });
      },
      lateIpn: async (task, context) => {
        const ref = String(task.payload.ref);
        const view = await new PaymentStore(context.state).view(ref);
        if (!view?.settlement) return;
        await sendIpn(context, this.deps, view, view.settlement, 1);
      },
    };
  }
}
