import type { AdapterContext } from '../core/adapter';
import { NotFoundError } from '../core/errors';
import type { Journal, MessageStore, QueueAdmin, SimulationClock, SimulationIds, TimerStore } from '../core/ports';
import type { AdapterRegistry } from '../core/registry';
import type { ResetLock } from './reset-lock';
import type { ScenarioService } from './scenario-service';
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
      clock: SimulationClock;
      ids: SimulationIds;
      registry: AdapterRegistry;
      scheduler: TimerStore;
      queueAdmin: Pick<QueueAdmin, 'obliterate'>;
      messages: MessageStore;
      journal: Journal;
      scenarios: ScenarioService;
      sync: Pick<SimSync, 'announce'>;
      lock: Pick<ResetLock, 'run'>;
      contextFor: (service: string) => AdapterContext;
    },
  ) {}

  /**
   * Resets run one at a time, across every process sharing the Redis: a second waits for the first
   * (up to the lock's wait) and then starts from the state the first left, or gets a 409.
   */
  async reset(service?: string): Promise<ResetOutcome> {
    if (service !== undefined && !this.deps.registry.adapter(service)) {
      throw new NotFoundError(`No service "${service}"; known services: ${this.deps.registry.services().join(', ')}`);
    }
    return this.deps.lock.run(() => this.resetNow(service));
  }

  private async resetNow(service?: string): Promise<ResetOutcome> {
    const started = Date.now();
    const { registry, scheduler, queueAdmin, journal, scenarios, messages, clock, ids, contextFor } = this.deps;
    const all = service === undefined;
    const services = all ? registry.services() : [service];
    await queueAdmin.obliterate(service);
    await Promise.all([
      ...services.map((s) => contextFor(s).state.clear()),
      all ? scheduler.clear() : scheduler.clear(service),
      journal.clear(service),
      scenarios.clear(service, { restartSeq: all }),
      messages.clear(services),
      ...(all ? [ids.restart()] : []),
    ]);
    if (all) await clock.real();
    await this.deps.sync.announce();
    for (const s of services) await registry.adapter(s)?.onReset?.(contextFor(s));
    return { services, tookMs: Date.now() - started };
  }
}
