import type { RuleStatus, ScenarioStore, StoredRule } from '../ports';

/**
 * Fault rules in Maps, for fast tests of the scenario engine and service; it passes the same
 * contract (test/support/scenario-store-contract.ts) as the Redis store. Rules are kept as JSON
 * text, as Redis keeps them.
 */
export class InMemoryScenarioStore implements ScenarioStore {
  private seq = 0;
  private readonly rules = new Map<string, string>();
  private readonly hits = new Map<string, number>();
  private readonly remaining = new Map<string, number>();

  nextSeq(): Promise<number> {
    return Promise.resolve(++this.seq);
  }

  put(rules: readonly StoredRule[]): Promise<void> {
    for (const rule of rules) {
      this.rules.set(rule.id, JSON.stringify(rule));
      this.hits.delete(rule.id);
      this.remaining.delete(rule.id);
      if (rule.count !== undefined) this.remaining.set(rule.id, rule.count);
    }
    return Promise.resolve();
  }

  async putIfAbsent(rule: StoredRule): Promise<boolean> {
    if (this.rules.has(rule.id)) return false;
    await this.put([rule]);
    return true;
  }

  all(): Promise<StoredRule[]> {
    return Promise.resolve([...this.rules.values()].map((raw) => JSON.parse(raw) as StoredRule).sort((a, b) => a.seq - b.seq));
  }

  async statuses(): Promise<RuleStatus[]> {
    return (await this.all()).map((rule) => {
      const left = this.remaining.get(rule.id);
      return { ...rule, hits: this.hits.get(rule.id) ?? 0, ...(left !== undefined ? { remaining: left } : {}) };
    });
  }

  claim(ruleId: string): Promise<boolean> {
    const left = this.remaining.get(ruleId);
    if (left === undefined || left <= 0) return Promise.resolve(false);
    this.remaining.set(ruleId, left - 1);
    return Promise.resolve(true);
  }

  recordHit(ruleId: string): Promise<void> {
    this.hits.set(ruleId, (this.hits.get(ruleId) ?? 0) + 1);
    return Promise.resolve();
  }

  remove(ids: readonly string[]): Promise<number> {
    let removed = 0;
    for (const id of new Set(ids)) {
      if (this.rules.delete(id)) removed++;
      this.hits.delete(id);
      this.remaining.delete(id);
    }
    return Promise.resolve(removed);
  }

  clear(options: { restartSeq?: boolean } = {}): Promise<void> {
    if (options.restartSeq) this.seq = 0;
    this.rules.clear();
    this.hits.clear();
    this.remaining.clear();
    return Promise.resolve();
  }
}
