import { isTerminal, type Message, type MessageRecord, type MessageRef } from '../core/message';
import type { Logger } from '../core/logger';
import type { MessageStore, RecoveryOutcome } from '../core/ports';
import type { DeliveryQueues } from './delivery-queues';
import type { RecoverySettings } from './delivery-settings';
import type { RecoveryLedger } from './recovery-ledger';

/** Job states in which a job still owns its message: it will run, or is running. */
const LIVE_JOB_STATES = new Set(['waiting', 'active', 'delayed', 'prioritized', 'waiting-children', 'paused']);

/** Why a synchronous message whose owner is gone ends `failed`. */
export const SYNC_ABANDONED =
  'its synchronous request stopped (the gateway stopped or lost Redis) before the outcome was recorded; the outcome is unknown, so it was not run again. Send it again with a new messageId if it is still needed.';

export interface SweepResult {
  claimed: number;
  requeued: number;
  failed: number;
  discarded: number;
}

export interface RecoverySweeperDeps {
  store: MessageStore;
  queues: Pick<DeliveryQueues, 'addMessage' | 'newJobId' | 'jobState'>;
  ledger: RecoveryLedger;
  settings: RecoverySettings;
  logger: Logger;
}

/** The message a record stands for, to queue it again. */
function messageOf(record: MessageRecord): Message {
  return {
    header: {
      messageId: record.messageId,
      messageType: record.messageType,
      from: record.from,
      ...(record.correlationId ? { correlationId: record.correlationId } : {}),
      ...(record.callbackUrl ? { callbackUrl: record.callbackUrl } : {}),
    },
    body: record.body,
  };
}

/**
 * What a message the sweeper ends gets, as every finished message does (MessageExecutor.finished):
 * its telemetry and, with a callbackUrl, its result callback.
 */
export type FinishedHook = (record: MessageRecord, updated: MessageRecord) => Promise<void>;

/**
 * Finds open records (queued, processing, retrying) whose lease ran out, so nobody owns them, and
 * ends that: an async message with no live job is queued again (at-least-once), a pending one that
 * was never acknowledged is discarded, a sync one whose request is gone ends `failed` with the
 * reason. Records are claimed atomically in Redis, so any number of worker processes sweep at once
 * without doing one record twice; all state is in Redis, so a restart loses nothing.
 */
export class RecoverySweeper {
  private timer: NodeJS.Timeout | undefined;
  private sweeping: Promise<unknown> | undefined;
  private finished: FinishedHook | undefined;

  constructor(private readonly deps: RecoverySweeperDeps) {}

  /** Sweeps every RECOVERY_INTERVAL_MS; `finished` is given by the workers, which own the executor. */
  start(finished?: FinishedHook): void {
    if (finished) this.finished = finished;
    if (this.timer) return;
    this.timer = setInterval(() => {
      if (this.sweeping) return;
      this.sweeping = this.sweepOnce()
        .catch((err: Error) => this.deps.logger.debug('recovery sweep failed; next interval tries again', { err: err.message }))
        .finally(() => {
          this.sweeping = undefined;
        });
    }, this.deps.settings.intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.sweeping;
  }

  /**
   * One sweep: claims what is due at `now` (real time in ms; leases never follow the simulated
   * clock) and recovers it. Sweeps may overlap, in one process or many: claims keep them apart.
   */
  async sweepOnce(now = Date.now()): Promise<SweepResult> {
    const { store, settings, ledger } = this.deps;
    const refs = await store.claimExpired(now, settings.leaseMs, settings.batch);
    const result: SweepResult = { claimed: refs.length, requeued: 0, failed: 0, discarded: 0 };
    for (const ref of refs) {
      const outcome = await this.recover(ref);
      if (outcome) result[outcome.outcome] += 1;
      if (outcome) await ledger.count(outcome.service, outcome.outcome);
    }
    await ledger.swept(new Date(now));
    if (result.requeued + result.failed + result.discarded > 0) this.deps.logger.info('recovered messages whose owner was gone', { ...result });
    return result;
  }

  private async recover(ref: MessageRef): Promise<{ service: string; outcome: RecoveryOutcome } | undefined> {
    const { store, queues, settings } = this.deps;
    const record = await store.get(ref);
    if (!record || isTerminal(record.status)) {
      await store.release(ref);
      return undefined;
    }
    const service = record.service;
    if (record.delivery === 'sync') {
      const failed = await store.update(ref, {
        status: 'failed',
        onlyIfOpen: true,
        error: { type: 'abandoned', message: SYNC_ABANDONED },
        detail: `recovery: ${SYNC_ABANDONED}`,
      });
      if (!failed) return undefined;
      // Its outcome is final, so its result callback is planned like any other's. (Should Redis go
      // away between the two steps, the record stays failed without it: nothing sweeps it again.)
      await this.finished?.(record, failed);
      return { service, outcome: 'failed' };
    }
    const state = record.jobId ? await queues.jobState(service, record.jobId) : undefined;
    // Its job owns it (the claim gave it a new lease); a pending one's job discards it when it runs.
    if (state !== undefined && LIVE_JOB_STATES.has(state)) return undefined;
    if (record.pending) {
      // Never acknowledged (the request answered 503, or its gateway stopped) and no job: gone.
      if (!(await store.discardPending(ref))) return undefined;
      await store.release(ref);
      return { service, outcome: 'discarded' };
    }
    const jobId = queues.newJobId(ref);
    const why = state === undefined ? 'no job was left to run it' : `its job ended (${state}) without recording an outcome`;
    const requeued = await store.update(ref, {
      status: 'queued',
      onlyIfOpen: true,
      jobId,
      detail: `recovery: ${why} for ${settings.leaseMs} ms; queued again (delivery is at-least-once)`,
    });
    if (!requeued) return undefined;
    await queues.addMessage(service, messageOf(record), jobId);
    return { service, outcome: 'requeued' };
  }
}
