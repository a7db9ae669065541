import type { AdapterContext, TimerHandler } from '../../src/core/adapter';
import { textOf } from '../shared/field-rules';
import { dataFields, dossierKey, type Dossier, type DossierState } from './dossier';
import type { DossierStore } from './dossier-store';
import { stateView } from './dossier-views';
import type { RegistrationEffects } from './registration-effects';
import type { CivilRegistrySettings } from './settings';

const MINUTE = 60_000;

/**
 * Does a birth dossier show the birth notice (giấy chứng sinh)? The number `maGCS` is one way, but
 * PASETO's v2 push never sends it (DOMAIN.md §4.2, C:P/ks): it copies `ngayCapGCS` from DVCLT and
 * attaches the notice as a file. The registry accepts any of these (or a birth registered abroad),
 * so a real v2 birth completes; only a birth with none of them waits for a supplement.
 */
function hasBirthNotice(dossier: Dossier): boolean {
  const data = dataFields(dossier.data);
  return [data.maGCS, data.ngayCapGCS, data.soDangKyNuocNgoai].some((v) => textOf(v) !== undefined) || dossier.attachmentCount > 0;
}
const DAY = 24 * 60 * MINUTE;

/**
 * The dossier lifecycle on simulation time: received → (review) → needsSupplement | eligible →
 * (register) → registered | rejected. Which way a dossier goes depends only on its data and the
 * registry's state (seeds/README.md): a birth with no evidence of the birth notice at all (no
 * `maGCS`, no `ngayCapGCS`, no attached file, not a registration made abroad) needs a supplement; a dossier that a registration in the meantime made impossible (a party married or
 * deceased since it was received) is rejected; anything else is registered.
 */
export class DossierLifecycle {
  constructor(
    private readonly deps: {
      dossiers: DossierStore;
      effects: RegistrationEffects;
      settings: CivilRegistrySettings;
    },
  ) {}

  /** Schedules the review of a freshly received (or supplemented) dossier. */
  async received(dossier: Dossier, context: AdapterContext): Promise<void> {
    await this.schedule(dossier, 'review', dossier.changedAt + this.deps.settings.reviewMinutes * MINUTE, context);
  }

  readonly timers: Readonly<Record<string, TimerHandler>> = {
    review: async (task, context) => {
      const dossier = await this.load(task.payload);
      if (!dossier || dossier.state !== 'received') return;
      if (dossier.kind === 'birth' && !hasBirthNotice(dossier)) {
        await this.move(dossier, 'needsSupplement', task.dueAt, context, {
          note: 'Cần bổ sung: số và bản gốc giấy chứng sinh (maGCS)',
          supplementDue: task.dueAt + this.deps.settings.supplementDays * DAY,
        });
        return;
      }
      await this.move(dossier, 'eligible', task.dueAt, context);
      await this.schedule(dossier, 'register', task.dueAt + this.deps.settings.registerMinutes * MINUTE, context);
    },
    register: async (task, context) => {
      const dossier = await this.load(task.payload);
      if (!dossier || dossier.state !== 'eligible') return;
      const refusal = await this.deps.effects.refusal(dossier);
      if (refusal) {
        await this.move(dossier, 'rejected', task.dueAt, context, { note: refusal });
        return;
      }
      const result = await this.deps.effects.register(dossier, task.dueAt, context);
      await this.move(dossier, 'registered', task.dueAt, context, { result });
    },
  };

  private async load(payload: Record<string, unknown>): Promise<Dossier | undefined> {
    return this.deps.dossiers.get(String(payload.maDonVi), String(payload.maHoSo));
  }

  private async schedule(dossier: Dossier, kind: 'review' | 'register', dueAt: number, context: AdapterContext): Promise<void> {
    await context.scheduler.schedule({
      id: `hotich:${dossierKey(dossier.maDonVi, dossier.maHoSo)}:${kind}`,
      service: context.service,
      kind,
      dueAt,
      payload: { maDonVi: dossier.maDonVi, maHoSo: dossier.maHoSo },
    });
  }

  private async move(dossier: Dossier, state: DossierState, at: number, context: AdapterContext, change: Partial<Dossier> = {}): Promise<void> {
    const { note: _note, supplementDue: _due, ...rest } = dossier;
    const next: Dossier = { ...rest, ...change, state, changedAt: at };
    await this.deps.dossiers.save(next);
    context.logger.info('dossier state changed', { maHoSo: next.maHoSo, state });
    if (next.callback) {
      await context.callbacks.send({
        id: `${next.callback.from ?? ''}/${next.callback.messageId}:${state}:${at}`,
        service: context.service,
        url: next.callback.url,
        body: stateView(next),
        signing: 'lgsp',
        clientId: next.callback.clientId,
        messageId: next.callback.messageId,
        ...(next.callback.from !== undefined ? { from: next.callback.from } : {}),
        kind: 'status-change',
      });
    }
  }
}
