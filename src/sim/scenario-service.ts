import { basename } from 'node:path';
import { NotFoundError, ValidationError } from '../core/errors';
import type { RuleStatus, ScenarioStore, SimulationClock } from '../core/ports';
import type { SchemaRegistry } from '../core/schema-registry';
import { readScenarioFile } from './scenario-file';
import type { RuleTargets } from './rule-targets';
import { assertRules, ruleService, toStoredRule } from './scenario-rules';
import type { SimSync } from './sim-sync';

/** The rules' lifecycle behind /sim/scenarios, the scenario file and a reset. */
export class ScenarioService {
  constructor(
    private readonly deps: {
      store: ScenarioStore;
      schemas: SchemaRegistry;
      clock: SimulationClock;
      sync: Pick<SimSync, 'announce'>;
      /** The services and message types there are; a rule naming others is refused. */
      targets?: RuleTargets;
    },
  ) {}

  /** Validates every rule first, then stores them all in one transaction: nothing is half-applied. */
  async add(inputs: readonly unknown[], root: (index: number) => string): Promise<RuleStatus[]> {
    const rules = assertRules(this.deps.schemas, inputs, root, this.deps.targets);
    const now = this.deps.clock.nowMs();
    const stored = [];
    for (const rule of rules) {
      const seq = await this.deps.store.nextSeq();
      stored.push(toStoredRule(rule, rule.id ?? `rule-${seq}`, seq, now));
    }
    await this.deps.store.put(stored);
    await this.deps.sync.announce();
    // The rules as stored, not read back: a clear or reset racing this call may already have
    // removed them (a create followed by a clear), and the answer must still say what was created.
    return stored.map((rule) => ({ ...rule, hits: 0, ...(rule.count !== undefined ? { remaining: rule.count } : {}) }));
  }

  list(): Promise<RuleStatus[]> {
    return this.deps.store.statuses();
  }

  async get(id: string): Promise<RuleStatus> {
    const rule = (await this.deps.store.statuses()).find((r) => r.id === id);
    if (!rule) throw new NotFoundError(`No scenario rule ${id}; GET /sim/scenarios lists them`);
    return rule;
  }

  async remove(id: string): Promise<void> {
    if ((await this.deps.store.remove([id])) === 0) throw new NotFoundError(`No scenario rule ${id}; GET /sim/scenarios lists them`);
    await this.deps.sync.announce();
  }

  /** `DELETE /sim/scenarios`: drops every rule and tells every process, as add and remove do. */
  async removeAll(): Promise<void> {
    await this.deps.store.clear();
    await this.deps.sync.announce();
  }

  /**
   * Drops every rule (with `restartSeq`, a full reset, new rules are numbered from 1 again), or
   * (one-service reset) the rules that name that service. The reset announces the change when it is done.
   */
  async clear(service?: string, options: { restartSeq?: boolean } = {}): Promise<void> {
    if (service === undefined) await this.deps.store.clear(options);
    else await this.deps.store.remove((await this.deps.store.all()).filter((r) => ruleService(r) === service).map((r) => r.id));
  }

  /**
   * Loads a YAML or JSON file of rules (`rules: [...]`, a bare list, or one rule) at start. Rules without an id
   * get `<file name>:<position>`, and a rule whose id exists is left alone, so several processes
   * started with the same file load it once. A bad file throws one line naming the file and fields.
   */
  async loadFile(path: string): Promise<number> {
    const name = basename(path);
    const list = readScenarioFile(path);
    let rules;
    try {
      rules = assertRules(this.deps.schemas, list, (i) => `rules[${i}]`, this.deps.targets);
    } catch (error) {
      if (error instanceof ValidationError)
        throw new Error(`scenario file ${path}: ${error.errors.map((e) => e.message).join('; ')}`, { cause: error });
      throw error;
    }
    const now = this.deps.clock.nowMs();
    let loaded = 0;
    for (const [i, rule] of rules.entries()) {
      const seq = await this.deps.store.nextSeq();
      if (await this.deps.store.putIfAbsent(toStoredRule(rule, rule.id ?? `${name}:${i + 1}`, seq, now))) loaded++;
    }
    await this.deps.sync.announce();
    return loaded;
  }
}
