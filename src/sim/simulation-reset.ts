import type Redis from 'ioredis';
import type { AdapterContext } from '../core/adapter';
import { NotFoundError } from '../core/errors';
import type { QueueAdmin } from '../core/ports';
import type { AdapterRegistry } from '../core/registry';
import type { RedisJournal } from '../store/redis-journal';
import type { RedisScheduler } from '../store/redis-scheduler';
import type { RedisClock } from './redis-clock';
import type { ScenarioService } from './scenario-service';
import type { SimKeys } from './sim-keys';
import type { SimSync } from './sim-sync';

export interface ResetOutcome {
  services: string[];
  tookMs: number;
}

/**
 * Puts the simulation back to its seed state. All: every backend's state, timers and queues, the
 * journal, the rules, message records, the clock (back to real time) and the seeded id streams.
 * One service: that backend's state, timers, queues, journal entries, records and the rules naming
 * it; the clock and other backends are left alone. Access tokens survive, so clients stay logged in.
 */
export class SimulationReset {
  constructor(
    private readonly deps: {
      redis: Redis;
      keys: SimKeys;
      registry: AdapterRegistry;
      scheduler: RedisScheduler;
      queueAdmin: QueueAdmin;
      journal: RedisJournal;
      scenarios: ScenarioService;
      clock: RedisClock;
      sync: SimSync;
      contextFor(service: string): AdapterContext;
    },
  ) {}

  async reset(service?: string): Promise<ResetOutcome> {
    const started = Date.now();
    const { registry, scheduler, queueAdmin, journal, scenarios, contextFor } = this.deps;
    if (service !== undefined && !registry.adapter(service)) {
      throw new NotFoundError(`No service "${service}"; known services: ${registry.services().join(', ')}`);
    }
    const services = service === undefined ? registry.services() : [service];
    await queueAdmin.obliterate(service);
    await Promise.all([
      ...services.map((s) => contextFor(s).state.clear()),
      service === undefined ? scheduler.clear() : scheduler.clear(service),
      journal.clear(service),
      scenarios.clear(service),
      this.clearMessages(service),
    ]);
    if (service === undefined) {
      await this.deps.redis.multi().del(this.deps.keys.clock(), this.deps.keys.ruleSeq()).incr(this.deps.keys.resetEpoch()).exec();
    }
    await this.deps.sync.announce();
    for (const s of services) await registry.adapter(s)?.onReset?.(contextFor(s));
    return { services, tookMs: Date.now() - started };
  }

  /** Deletes message records (and so their idempotency keys): all, or those of one service. */
  private async clearMessages(service?: string): Promise<void> {
    const { redis, keys } = this.deps;
    let cursor = '0';
    do {
      const [next, batch] = await redis.scan(cursor, 'MATCH', keys.messagePattern(), 'COUNT', 1000);
      cursor = next;
      const doomed = service === undefined ? batch : await this.ofService(batch, service);
      if (doomed.length) await redis.unlink(...doomed);
    } while (cursor !== '0');
  }

  private async ofService(batch: string[], service: string): Promise<string[]> {
    const records = batch.filter((key) => key.endsWith('}'));
    if (records.length === 0) return [];
    const pipeline = this.deps.redis.pipeline();
    for (const key of records) pipeline.hget(key, 'meta');
    const metas = (await pipeline.exec()) ?? [];
    return records
      .filter((_, i) => {
        const raw = metas[i]?.[1];
        return typeof raw === 'string' && (JSON.parse(raw) as { service?: string }).service === service;
      })
      .flatMap((key) => [key, `${key}:h`, `${key}:cb`]);
  }
}
