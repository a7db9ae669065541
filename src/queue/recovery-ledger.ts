import type Redis from 'ioredis';
import type { RecoveryOutcome } from '../core/ports';

export const RECOVERY_OUTCOMES: readonly RecoveryOutcome[] = ['requeued', 'failed', 'discarded'];

/** What the recovery sweepers of every process have done, as the admin page and /metrics show it. */
export interface RecoveryCounts {
  /** Per outcome, all services. */
  totals: Record<RecoveryOutcome, number>;
  /** Per service and outcome. */
  byService: { service: string; outcome: RecoveryOutcome; count: number }[];
  /** When a sweep last ran (any process), ISO time; undefined before the first. */
  lastSweepAt?: string;
}

/**
 * Counts of recovered messages in one Redis hash (`<service>|<outcome>` → count), so they add up
 * across worker processes and survive restarts; a reset of the simulation does not clear them.
 */
export class RecoveryLedger {
  constructor(
    private readonly redis: Redis,
    private readonly key: string,
  ) {}

  async count(service: string, outcome: RecoveryOutcome): Promise<void> {
    await this.redis.hincrby(this.key, `${service}|${outcome}`, 1);
  }

  async swept(at: Date): Promise<void> {
    await this.redis.hset(this.key, 'lastSweepAt', at.toISOString());
  }

  async read(): Promise<RecoveryCounts> {
    const raw = await this.redis.hgetall(this.key);
    const totals = { requeued: 0, failed: 0, discarded: 0 } as Record<RecoveryOutcome, number>;
    const byService: RecoveryCounts['byService'] = [];
    for (const [field, value] of Object.entries(raw)) {
      const [service, outcome] = field.split('|') as [string, RecoveryOutcome | undefined];
      if (outcome === undefined || !RECOVERY_OUTCOMES.includes(outcome)) continue;
      const count = Number(value) || 0;
      totals[outcome] += count;
      byService.push({ service, outcome, count });
    }
    return { totals, byService, ...(raw.lastSweepAt ? { lastSweepAt: raw.lastSweepAt } : {}) };
  }
}
