/**
 * The dossier lifecycle on simulation time: 3 received → 4 processing → 5 issued or 6 refused.
 * Each step is a timer, due a configurable time after the previous one; a transition happens at its
 * due time (not when the runner got to it), so advancing the clock far ahead still dates each step
 * correctly. Every change goes on the agency's status pull list and, when the submitting message
 * had a callbackUrl, to that URL.
 */
import type { AdapterContext, TimerHandler } from '../../src/core/adapter';
import { toIsoDate } from '../../src/core/dates/wire-dates';
import { ANONYMOUS } from '../../src/core/ports';
import type { Citizen, JudicialRecord } from '../../src/seed/types';
import { buildCertificate } from './certificate';
import { renderCertificatePdf } from './certificate-pdf';
import { DossierStore, type DecStatus, type Dossier } from './dossier';
import type { JudicialRecordsSettings } from './settings';
import { StatusView } from './status-view';
import { decide } from './verdict';

export const TIMER = { startProcessing: 'startProcessing', decide: 'decide' } as const;

export interface LifecycleDeps {
  settings: JudicialRecordsSettings;
  view: StatusView;
  citizens: ReadonlyMap<string, Citizen>;
  records: ReadonlyMap<string, JudicialRecord>;
  /** Name of a receiving unit by its LLTP ID, for the certificate's header. */
  unitName(id: number): string;
}

export class Lifecycle {
  constructor(private readonly deps: LifecycleDeps) {}

  /** Schedules the first step of a new dossier. */
  async start(dossier: Dossier, context: AdapterContext): Promise<void> {
    await this.schedule(
      dossier.id,
      TIMER.startProcessing,
      Date.parse(dossier.receivedAt) + this.deps.settings.processingAfterSeconds * 1000,
      context,
    );
  }

  /**
   * Puts a dossier's current status on the agency's pull list of changes. An anonymous v2 push is
   * polled by its number instead: no token can pull or acknowledge its list, so it gets none.
   */
  async publish(dossier: Dossier, at: number, context: AdapterContext): Promise<void> {
    const list = dossier.channel === 'oneStop' ? 'changes-oneStop' : 'changes-direct';
    const store = new DossierStore(context.state);
    if (dossier.agency !== ANONYMOUS) await store.addToPullList(dossier.agency, list, dossier.id, at);
    // The receipt itself is reported by the result callback of the submitting message.
    if (!dossier.callback || dossier.status === 3) return;
    await context.callbacks.send({
      id: `${dossier.id}:status:${dossier.status}`,
      service: context.service,
      url: dossier.callback.url,
      signing: 'lgsp',
      clientId: dossier.callback.clientId,
      messageId: dossier.callback.messageId,
      ...(dossier.callback.from !== undefined ? { from: dossier.callback.from } : {}),
      kind: 'status-change',
      body: {
        event: 'status-change',
        messageType: 'lltp.nhanHoSoDangKy',
        messageId: dossier.callback.messageId,
        ...this.deps.view.row(dossier),
        ...StatusView.result(dossier, await store.certificatePdf(dossier)),
      },
    });
  }

  readonly timers: Record<string, TimerHandler> = {
    [TIMER.startProcessing]: async (task, context) => {
      const dossier = await this.load(task.payload, context, 3);
      if (!dossier) return;
      await this.move(dossier, 4, task.dueAt, context);
      await this.schedule(dossier.id, TIMER.decide, task.dueAt + this.deps.settings.decisionAfterSeconds * 1000, context);
    },
    [TIMER.decide]: async (task, context) => {
      const dossier = await this.load(task.payload, context, 4);
      if (!dossier) return;
      const verdict = decide(dossier.request, this.deps.citizens);
      if (!verdict.issue) {
        dossier.refuseReason = verdict.reason;
        await this.move(dossier, 6, task.dueAt, context);
        return;
      }
      await this.issue(dossier, task.dueAt, context);
    },
  };

  private async issue(dossier: Dossier, at: number, context: AdapterContext): Promise<void> {
    const store = new DossierStore(context.state);
    const form = dossier.request.declarationWSForm;
    const today = toIsoDate(new Date(at));
    const certificate = buildCertificate({
      record: this.deps.records.get(form.identifyNo),
      formType: form.formType,
      certifyBans: form.isBanPosition === 1,
      fullName: form.fullName,
      identifyNo: form.identifyNo,
      number: `${await store.next('certificate')}/${today.slice(0, 4)}/STP-LLTP`,
      today,
    });
    const pdf = await renderCertificatePdf(certificate, {
      issuer: this.deps.unitName(dossier.request.idMinistryJustice),
      ...(this.deps.settings.pdfFont ? { fontPath: this.deps.settings.pdfFont } : {}),
    });
    await store.savePdf(dossier.id, pdf);
    dossier.certificate = certificate;
    dossier.approvedAt = new Date(at).toISOString();
    dossier.issuedAt = dossier.approvedAt;
    await this.move(dossier, 5, at, context);
  }

  private async move(dossier: Dossier, status: DecStatus, at: number, context: AdapterContext): Promise<void> {
    dossier.status = status;
    dossier.history.push({ status, at: new Date(at).toISOString() });
    await new DossierStore(context.state).save(dossier);
    await this.publish(dossier, at, context);
  }

  /** The dossier a timer is about, when it is still in the status the timer expects. */
  private async load(payload: Record<string, unknown>, context: AdapterContext, expected: DecStatus): Promise<Dossier | undefined> {
    const dossier = await new DossierStore(context.state).get(String(payload.id));
    if (!dossier || dossier.status !== expected) return undefined;
    return dossier;
  }

  private async schedule(id: string, kind: string, dueAt: number, context: AdapterContext): Promise<void> {
    await context.scheduler.schedule({ id: `lltp:${id}:${kind}`, service: context.service, kind, dueAt, payload: { id } });
  }
}
