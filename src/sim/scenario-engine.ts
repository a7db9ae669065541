import { setTimeout as sleep } from 'node:timers/promises';
import { InjectedFaultError, TransientError, TransportFaultError, type AppError } from '../core/errors';
import type { Logger } from '../core/logger';
import type { CallbackEffects, CallbackRequest, Clock, ScenarioContext, ScenarioEngine, ScenarioStore } from '../core/ports';
import { AdapterRegistry } from '../core/registry';
import { sampleLatency } from './latency';
import { ruleMatches, type RuleProbe, type StoredRule } from './scenario-rules';
import type { SimRandom } from './sim-random';
import type { SimSync } from './sim-sync';

/**
 * Applies fault rules. Rules are cached in this process (SimSync keeps the cache current), so a call
 * with no rule set costs nothing; Redis is asked only to take a use of a counted rule. Matching rules
 * act in the order they were created: every latency rule adds its delay, and the first rule with
 * another effect ends the call with it.
 */
export class RedisScenarioEngine implements ScenarioEngine {
  private rules: StoredRule[] = [];
  /** Aborted at shutdown: requests held by a timeout fault are let go. */
  private readonly held = new AbortController();

  constructor(
    private readonly deps: {
      store: ScenarioStore;
      clock: Clock;
      random: Pick<SimRandom, 'faultDraw'>;
      sync: Pick<SimSync, 'onChange'>;
      logger: Logger;
    },
  ) {
    deps.sync.onChange(async () => {
      this.rules = await deps.store.all();
    });
  }

  quiet(): boolean {
    return this.rules.length === 0;
  }

  async apply(context: ScenarioContext): Promise<void> {
    if (this.rules.length === 0) return;
    const { header, body } = context.message;
    const probe: RuleProbe = {
      stage: context.stage,
      messageType: header.messageType,
      service: AdapterRegistry.serviceOf(header.messageType),
      from: header.from,
      ...(context.nativePath ? { nativePath: context.nativePath } : {}),
      body,
    };
    let delayMs = 0;
    let ending: StoredRule | undefined;
    for (const rule of await this.firing(probe)) {
      if (rule.effect.type === 'latency') delayMs += sampleLatency(rule.effect, () => this.deps.random.faultDraw());
      else {
        ending = rule;
        break;
      }
    }
    if (delayMs > 0) await sleep(delayMs, undefined, { signal: this.held.signal }).catch(() => undefined);
    if (ending) throw this.faultOf(ending, context.stage);
  }

  async callbackEffects(request: CallbackRequest): Promise<CallbackEffects> {
    if (this.rules.length === 0) return {};
    const body = request.body as { messageType?: unknown } | null;
    const probe: RuleProbe = {
      stage: 'callback',
      service: request.service,
      callbackKind: request.kind,
      ...(typeof body?.messageType === 'string' ? { messageType: body.messageType } : {}),
      body: request.body,
    };
    const effects: CallbackEffects = {};
    for (const rule of await this.firing(probe)) {
      if (rule.effect.type === 'duplicate') effects.duplicate = true;
      if (rule.effect.type === 'latency') effects.delayMs = (effects.delayMs ?? 0) + sampleLatency(rule.effect, () => this.deps.random.faultDraw());
    }
    return effects;
  }

  /** Lets go of every request a timeout fault holds (at shutdown). */
  interrupt(): void {
    this.held.abort();
  }

  /**
   * Matching, unexpired rules that fire this time: the probability draw first, then (for a counted
   * rule) an atomic claim of one use, so "the next 3 calls" holds across processes. A rule with an
   * ending effect stops the scan, so later rules keep their counts.
   */
  private async firing(probe: RuleProbe): Promise<StoredRule[]> {
    const now = this.deps.clock.now().getTime();
    const fired: StoredRule[] = [];
    for (const rule of this.rules) {
      if (rule.expiresAt !== undefined && Date.parse(rule.expiresAt) <= now) continue;
      if (!ruleMatches(rule, probe)) continue;
      const probability = rule.probability ?? 1;
      if (probability < 1 && this.deps.random.faultDraw() >= probability) continue;
      if (rule.count !== undefined && !(await this.deps.store.claim(rule.id))) continue;
      await this.deps.store.recordHit(rule.id);
      this.deps.logger.info('fault scenario fired', {
        ruleId: rule.id,
        effect: rule.effect.type,
        stage: probe.stage,
        messageType: probe.messageType,
      });
      fired.push(rule);
      if (rule.effect.type !== 'latency' && rule.effect.type !== 'duplicate') break;
    }
    return fired;
  }

  /**
   * The error a rule's effect raises. On the synchronous path the HTTP layer acts it out. In a
   * worker nobody is listening on a socket: a 4xx error is permanent (no retry can cure it), a 5xx,
   * a timeout, a drop or a malformed answer is a transient failure, so the queue retries it.
   */
  private faultOf(rule: StoredRule, stage: ScenarioContext['stage']): AppError {
    const { effect } = rule;
    const status = effect.status ?? 500;
    const code = effect.code ?? 'SIMULATED_FAULT';
    const message = effect.message ?? `Fault injected by scenario ${rule.id}`;
    if (effect.type === 'error') {
      return stage === 'worker' && status >= 500
        ? new TransientError(message, { status, code })
        : new InjectedFaultError(code, message, status, rule.id);
    }
    const kind = effect.type as 'timeout' | 'drop' | 'malformed';
    if (stage === 'worker') {
      const what = { timeout: 'did not answer in time', drop: 'dropped the connection', malformed: 'answered with a body that does not parse' }[kind];
      return new TransientError(`The backend ${what} (scenario ${rule.id})`, {
        status: kind === 'timeout' ? 504 : 502,
        code: `SIMULATED_${kind.toUpperCase()}`,
      });
    }
    return new TransportFaultError(kind, rule.id, {
      ...(effect.holdMs !== undefined ? { holdMs: effect.holdMs } : {}),
      ...(effect.body !== undefined ? { body: effect.body } : {}),
      release: this.held.signal,
    });
  }
}
