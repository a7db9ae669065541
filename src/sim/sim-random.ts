import { randomUUID } from 'node:crypto';
import type Redis from 'ioredis';
import type { SimulationIds } from '../core/ports';
import { SeededRandom } from '../core/random/seeded-random';
import type { SimKeys } from './sim-keys';

/** How long a process's id-stream lease lasts without renewal (a crashed process frees it). */
const SLOT_LEASE_SECONDS = 30;

/**
 * The random sources of the simulation: generated ids and the draws of probabilistic faults. With
 * SIM_SEED both are SeededRandom streams, restarted by a reset, so the same requests get the same
 * ids and the same faults. Each process leases its own stream number (the lowest free one, so a
 * lone simulator restarted on the same Redis gets stream 1 again) and ids never collide.
 */
export class SimRandom implements SimulationIds {
  private ids: SeededRandom | undefined;
  private faults: SeededRandom | undefined;
  private slot = 1;
  private epoch: string | null = null;
  private renew: NodeJS.Timeout | undefined;

  constructor(
    private readonly seed: number | undefined,
    private readonly redis: Redis,
    private readonly keys: SimKeys,
  ) {
    this.restartStreams();
  }

  get seeded(): boolean {
    return this.seed !== undefined;
  }

  uuid(): string {
    return this.ids ? this.ids.uuid() : randomUUID();
  }

  random(): number {
    return this.ids ? this.ids.next() : Math.random();
  }

  /** A [0, 1) draw for a fault's probability, from its own stream so ids do not shift it. */
  faultDraw(): number {
    return this.faults ? this.faults.next() : Math.random();
  }

  /** Takes the lowest free stream number and keeps renewing its lease. */
  async start(): Promise<void> {
    if (!this.seeded) return;
    for (let slot = 1; ; slot++) {
      const taken = await this.redis.set(this.slotKey(slot), String(process.pid), 'EX', SLOT_LEASE_SECONDS, 'NX');
      if (taken) {
        this.slot = slot;
        break;
      }
    }
    this.epoch = await this.redis.get(this.keys.resetEpoch());
    this.restartStreams();
    this.renew = setInterval(
      () => void this.redis.expire(this.slotKey(this.slot), SLOT_LEASE_SECONDS).catch(() => undefined),
      (SLOT_LEASE_SECONDS * 1000) / 3,
    );
    this.renew.unref();
  }

  /** Counts a reset: every process restarts its streams when it next reloads (after the reset announces itself). */
  async restart(): Promise<void> {
    await this.redis.incr(this.keys.resetEpoch());
  }

  /** Restarts the streams when a reset happened (in any process). */
  async reload(): Promise<void> {
    if (!this.seeded) return;
    const epoch = await this.redis.get(this.keys.resetEpoch());
    if (epoch !== this.epoch) {
      this.epoch = epoch;
      this.restartStreams();
    }
  }

  async close(): Promise<void> {
    if (this.renew) clearInterval(this.renew);
    if (this.seeded) await this.redis.del(this.slotKey(this.slot)).catch(() => undefined);
  }

  private restartStreams(): void {
    if (this.seed === undefined) return;
    const root = new SeededRandom(this.seed).fork(`process-${this.slot}`);
    this.ids = root.fork('ids');
    this.faults = root.fork('faults');
  }

  private slotKey(slot: number): string {
    return `${this.keys.idSlots()}:${slot}`;
  }
}
