import { ValidationError, type FieldViolation } from '../core/errors';
import type { StoredRule } from '../core/ports';
import type { SchemaRegistry } from '../core/schema-registry';
import type { ScenarioRule } from '../generated/schema-types';
import { schemaId } from '../schemas/load-schemas';
import { checkConditions, conditionHolds, globMatches } from './body-conditions';
import { parseDuration } from './duration';
import { targetViolations, type RuleTargets } from './rule-targets';

export type { ScenarioRule, StoredRule };
export type RuleEffect = ScenarioRule['effect'];
export type RuleStage = 'sync' | 'worker' | 'callback';

export const SCENARIO_RULE_SCHEMA = schemaId('sim/scenario-rule.json');

/** What one call looks like to the rules. */
export interface RuleProbe {
  stage: RuleStage;
  messageType?: string;
  service?: string;
  from?: string;
  nativePath?: string;
  callbackKind?: string;
  body: unknown;
}

const CALLBACK_EFFECTS = ['latency', 'duplicate'];
/** The kinds of delivery there are (CallbackRequest.kind): a rule naming another would never fire. */
const CALLBACK_KINDS = ['result', 'status-change', 'ipn'];

/**
 * The longest expiresIn: 100 years. The expiry is written as a date, and a duration without a bound
 * (`99999999999999999999`, `9999999999999d`) would put it past the last date there is.
 */
const MAX_EXPIRES_IN_MS = 36_500 * 86_400_000;

/** Rules a schema cannot say: fields each effect needs, effects each stage allows, regexes, durations. */
function checkRule(rule: ScenarioRule, at: string): FieldViolation[] {
  const p = (field: string): string => (at ? `${at}.${field}` : field);
  const out: FieldViolation[] = [];
  const { effect } = rule;
  const stage = rule.match?.stage;
  const need = (field: keyof RuleEffect, why: string): void => {
    if (effect[field] === undefined) out.push({ path: p(`effect.${field}`), message: `${p(`effect.${field}`)} is required ${why}` });
  };
  if (effect.type === 'error') need('status', 'for an error effect');
  if (effect.type === 'latency') {
    const distribution = effect.distribution ?? 'fixed';
    if (distribution === 'fixed') need('ms', 'for a fixed latency');
    if (distribution === 'uniform') {
      need('minMs', 'for a uniform latency');
      need('maxMs', 'for a uniform latency');
      if (effect.minMs !== undefined && effect.maxMs !== undefined && effect.minMs > effect.maxMs) {
        out.push({ path: p('effect.maxMs'), message: `${p('effect.maxMs')} must be >= effect.minMs` });
      }
    }
    if (distribution === 'lognormal') need('medianMs', 'for a log-normal latency');
  }
  if (stage === 'callback' && !CALLBACK_EFFECTS.includes(effect.type)) {
    out.push({ path: p('effect.type'), message: `${p('effect.type')} must be latency or duplicate when match.stage is callback` });
  }
  if (effect.type === 'duplicate' && stage !== 'callback') {
    out.push({ path: p('match.stage'), message: `${p('match.stage')} must be callback for a duplicate effect` });
  }
  const kind = rule.match?.callbackKind;
  if (kind !== undefined && stage !== 'callback') {
    out.push({ path: p('match.callbackKind'), message: `${p('match.callbackKind')} needs match.stage callback` });
  }
  if (kind !== undefined && !CALLBACK_KINDS.includes(kind)) {
    out.push({ path: p('match.callbackKind'), message: `${p('match.callbackKind')} must be one of ${CALLBACK_KINDS.join(', ')}, got "${kind}"` });
  }
  if (rule.expiresAt !== undefined && rule.expiresIn !== undefined) {
    out.push({ path: p('expiresIn'), message: `${p('expiresIn')} cannot be given together with expiresAt` });
  }
  if (rule.expiresIn !== undefined) {
    try {
      if (parseDuration(rule.expiresIn) > MAX_EXPIRES_IN_MS)
        out.push({
          path: p('expiresIn'),
          message: `${p('expiresIn')} must be at most 100 years (36500d); leave it out for a rule that does not expire`,
        });
    } catch (error) {
      out.push({ path: p('expiresIn'), message: `${p('expiresIn')}: ${(error as Error).message}` });
    }
  }
  out.push(...checkConditions(rule.match?.body, p('match.body')));
  return out;
}

/**
 * Validates untrusted input as a rule; violation paths are rooted at `at` (e.g. `rules[0]`). With
 * `targets`, a rule naming a service or message type there is not is refused too.
 */
export function ruleViolations(schemas: SchemaRegistry, input: unknown, at = '', targets?: RuleTargets): FieldViolation[] {
  const shape = schemas.check(SCENARIO_RULE_SCHEMA, input, at);
  if (shape.length > 0) return shape;
  const rule = input as ScenarioRule;
  const p = (field: string): string => (at ? `${at}.${field}` : field);
  return [...checkRule(rule, at), ...(targets ? targetViolations(rule, targets, p) : [])];
}

/**
 * Two rules of one batch with the same id: the second would replace the first as it is stored,
 * though the answer listed both. Refused, naming both positions.
 */
function repeatedIds(inputs: readonly unknown[], root: (index: number) => string): FieldViolation[] {
  const first = new Map<string, number>();
  const out: FieldViolation[] = [];
  inputs.forEach((input, i) => {
    const id = (input as { id?: unknown } | null)?.id;
    if (typeof id !== 'string') return;
    const earlier = first.get(id);
    if (earlier === undefined) first.set(id, i);
    else
      out.push({
        path: `${root(i)}.id`,
        message: `${root(i)}.id "${id}" is already the id of ${root(earlier)}: give each rule of a batch its own id`,
      });
  });
  return out;
}

/** Throws one ValidationError listing every violation of every rule; nothing is half-applied. */
export function assertRules(
  schemas: SchemaRegistry,
  inputs: readonly unknown[],
  root: (index: number) => string,
  targets?: RuleTargets,
): ScenarioRule[] {
  const violations = [...inputs.flatMap((input, i) => ruleViolations(schemas, input, root(i), targets)), ...repeatedIds(inputs, root)];
  if (violations.length > 0) {
    const noun = violations.length === 1 ? 'problem' : 'problems';
    throw new ValidationError(`${violations.length} ${noun} in the scenario rules: ${violations.map((v) => v.message).join('; ')}`, violations);
  }
  return inputs as ScenarioRule[];
}

/** A validated rule, ready to store: id, order and an absolute expiry in simulation time. */
export function toStoredRule(rule: ScenarioRule, id: string, seq: number, nowMs: number): StoredRule {
  const { expiresIn, ...rest } = rule;
  const expiresAt = expiresIn !== undefined ? new Date(nowMs + parseDuration(expiresIn)).toISOString() : rule.expiresAt;
  return { ...rest, id, seq, createdAt: new Date(nowMs).toISOString(), ...(expiresAt ? { expiresAt } : {}) };
}

/** True when the rule's match holds for the call (probability, count and expiry are the engine's). */
export function ruleMatches(rule: StoredRule, probe: RuleProbe): boolean {
  const match = rule.match ?? {};
  const stage = match.stage;
  if (stage ? stage !== probe.stage : probe.stage === 'callback') return false;
  if (match.messageType !== undefined && !globMatches(match.messageType, probe.messageType)) return false;
  if (match.service !== undefined && match.service !== probe.service) return false;
  if (match.from !== undefined && match.from !== probe.from) return false;
  if (match.nativePath !== undefined && !globMatches(match.nativePath, probe.nativePath)) return false;
  if (match.callbackKind !== undefined && match.callbackKind !== probe.callbackKind) return false;
  return (match.body ?? []).every((condition) => conditionHolds(probe.body, condition));
}

/** The service a rule is about, if it names one (a one-service reset drops those rules). */
export function ruleService(rule: StoredRule): string | undefined {
  if (rule.match?.service) return rule.match.service;
  const type = rule.match?.messageType;
  const dot = type?.indexOf('.') ?? -1;
  return type && dot > 0 && !type.slice(0, dot).includes('*') ? type.slice(0, dot) : undefined;
}
