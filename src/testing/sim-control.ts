import type { MessageChannel } from '../core/message';
import type { JournalEntry } from '../core/ports';
import type { JournalVerifyRequest, ScenarioRule } from '../generated/schema-types';

export type { JournalEntry, ScenarioRule };
export type JournalMatch = JournalVerifyRequest['match'];
export type CountExpectation = NonNullable<JournalVerifyRequest['count']>;

/** A rule as the simulator lists it. */
export interface RuleStatus extends Omit<ScenarioRule, 'expiresIn'> {
  id: string;
  createdAt: string;
  hits: number;
  remaining?: number;
}

export interface ClockView {
  mode: 'real' | 'shifted' | 'frozen';
  now: string;
  offsetMs: number;
  /** After set/advance: how many timers ran on the way. */
  timersRun?: number;
}

export interface JournalFilter {
  messageType?: string;
  service?: string;
  from?: string;
  correlationId?: string;
  messageId?: string;
  channel?: MessageChannel;
  nativePath?: string;
  since?: string | Date;
  until?: string | Date;
  limit?: number;
}

export interface NearMiss {
  entry: JournalEntry;
  failed: string[];
}

/**
 * A control call the simulator refused (`status`, and `problem`, its problem+json answer), or could
 * not be made at all (`status` 0: nothing answers at the base URL).
 */
export class SimControlError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly problem: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'SimControlError';
  }
}

/** Thrown by `journal.verify` when the journal does not hold what the test expected. */
export class JournalVerificationError extends Error {
  constructor(
    readonly matched: number,
    readonly nearMisses: NearMiss[],
    detail: string,
    match: JournalMatch,
  ) {
    const lines = [`${detail} for ${JSON.stringify(match)}`];
    if (nearMisses.length > 0) lines.push('Closest messages in the journal:');
    for (const miss of nearMisses) {
      lines.push(`  - ${miss.entry.messageType} ${miss.entry.messageId} from ${miss.entry.from} at ${miss.entry.at}`);
      for (const failed of miss.failed) lines.push(`      ✗ ${failed}`);
    }
    super(lines.join('\n'));
    this.name = 'JournalVerificationError';
  }
}

export interface SimControlOptions {
  /** The simulator's base URL. Default http://localhost:8080. */
  baseUrl?: string;
  /** The admin credential. Default env ADMIN_TOKEN, else dev-admin. */
  adminToken?: string;
}

/**
 * The simulation controls for test code: reset, fault scenarios, clock and journal, over the /sim
 * API of a running simulator.
 *
 * ```ts
 * import { SimControl } from 'lgsp-sim/testing';
 * const sim = new SimControl({ baseUrl: 'http://localhost:8080' });
 * beforeEach(() => sim.reset());
 * await sim.scenarios.add({ match: { messageType: 'dkdn.*' }, effect: { type: 'error', status: 503 }, count: 2 });
 * await sim.clock.advance('2h');
 * await sim.journal.verify({ messageType: 'lltp.nhanHoSoDangKy' }, { eq: 1 });
 * ```
 */
export class SimControl {
  readonly baseUrl: string;
  private readonly adminToken: string;

  constructor(options: SimControlOptions = {}) {
    this.baseUrl = (options.baseUrl ?? 'http://localhost:8080').replace(/\/+$/, '');
    this.adminToken = options.adminToken ?? process.env.ADMIN_TOKEN ?? 'dev-admin';
  }

  /** Back to the seed state: everything, or one service. */
  reset(service?: string): Promise<{ services: string[]; tookMs: number }> {
    return this.call('POST', '/sim/reset', service ? { service } : undefined);
  }

  readonly scenarios = {
    /** Adds one rule (answers it) or several in one batch (all or none). */
    add: async (rule: ScenarioRule | ScenarioRule[]): Promise<RuleStatus[]> => {
      if (Array.isArray(rule)) return (await this.call<{ rules: RuleStatus[] }>('POST', '/sim/scenarios', { rules: rule })).rules;
      return [await this.call<RuleStatus>('POST', '/sim/scenarios', rule)];
    },
    list: async (): Promise<RuleStatus[]> => (await this.call<{ rules: RuleStatus[] }>('GET', '/sim/scenarios')).rules,
    get: (id: string): Promise<RuleStatus> => this.call('GET', `/sim/scenarios/${encodeURIComponent(id)}`),
    remove: (id: string): Promise<void> => this.call('DELETE', `/sim/scenarios/${encodeURIComponent(id)}`),
    clear: (): Promise<void> => this.call('DELETE', '/sim/scenarios'),
  };

  readonly clock = {
    get: (): Promise<ClockView> => this.call('GET', '/sim/clock'),
    /** Stops time, now or at `at`. */
    freeze: (at?: Date | string): Promise<ClockView> => this.call('POST', '/sim/clock/freeze', at ? { at: iso(at) } : undefined),
    /** Sets the time (a frozen clock stays frozen); moving forward runs the timers due on the way. */
    set: (at: Date | string): Promise<ClockView> => this.call('POST', '/sim/clock/set', { at: iso(at) }),
    /** Moves time forward ('2h', '30m', '90s', or milliseconds), running due timers in order first. */
    advance: (by: string | number): Promise<ClockView> => this.call('POST', '/sim/clock/advance', { by }),
    resume: (): Promise<ClockView> => this.call('POST', '/sim/clock/resume'),
    real: (): Promise<ClockView> => this.call('POST', '/sim/clock/real'),
  };

  readonly journal = {
    find: async (filter: JournalFilter = {}): Promise<JournalEntry[]> => {
      const query = new URLSearchParams();
      for (const [key, value] of Object.entries(filter))
        if (value !== undefined) query.set(key, value instanceof Date ? value.toISOString() : String(value));
      const text = query.toString();
      return (await this.call<{ entries: JournalEntry[] }>('GET', `/sim/journal${text ? `?${text}` : ''}`)).entries;
    },
    clear: (): Promise<void> => this.call('DELETE', '/sim/journal'),
    /** Resolves when the count holds; otherwise throws a JournalVerificationError listing near misses. */
    verify: async (match: JournalMatch, count: CountExpectation = { gte: 1 }): Promise<{ matched: number }> => {
      try {
        return await this.call('POST', '/sim/journal/verify', { match, count });
      } catch (error) {
        if (error instanceof SimControlError && error.status === 422) {
          const { matched, nearMisses, detail } = error.problem as { matched: number; nearMisses: NearMiss[]; detail: string };
          throw new JournalVerificationError(matched, nearMisses, detail, match);
        }
        throw error;
      }
    },
  };

  private async call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = { authorization: `Bearer ${this.adminToken}` };
    if (body !== undefined) headers['content-type'] = 'application/json';
    let res: Response;
    try {
      res = await fetch(`${this.baseUrl}${path}`, { method, headers, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
    } catch (error) {
      // fetch says only "fetch failed"; the reason (refused, unknown host, …) is its cause.
      const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : String(error);
      throw new SimControlError(`${method} ${path}: cannot reach the simulator at ${this.baseUrl} (${cause}); is it running there?`, 0, {});
    }
    if (res.status === 204) return undefined as T;
    const text = await res.text();
    const parsed = text ? (JSON.parse(text) as Record<string, unknown>) : {};
    if (!res.ok) {
      const errors = (parsed.errors as { message: string }[] | undefined)?.map((e) => e.message).join('; ');
      throw new SimControlError(`${method} ${path} → ${res.status}: ${errors ?? String(parsed.detail ?? text)}`, res.status, parsed);
    }
    return parsed as T;
  }
}

function iso(at: Date | string): string {
  return at instanceof Date ? at.toISOString() : at;
}
