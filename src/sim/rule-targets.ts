import type { FieldViolation } from '../core/errors';
import type { AdapterRegistry } from '../core/registry';
import { globMatches } from './body-conditions';

/** The services and message types there are, so a rule that names neither can be refused. */
export interface RuleTargets {
  services: readonly string[];
  messageTypes: readonly string[];
}

/** What the registry offers: every service and every `<service>.<operation>`. */
export function ruleTargets(registry: Pick<AdapterRegistry, 'adapters'>): RuleTargets {
  const adapters = registry.adapters();
  return {
    services: adapters.map((a) => a.manifest.service),
    messageTypes: adapters.flatMap((a) => a.manifest.operations.map((op) => `${a.manifest.service}.${op.operation}`)),
  };
}

/**
 * A rule whose `match.service` is no service, or whose `match.messageType` matches no message type
 * (of that service, when both are given), would never fire: a typo that a test run would only show
 * as a fault that never came. A journal verification naming one would count nothing, and pass when it
 * expected none. Both are refused instead, naming what there is.
 */
export function targetViolations(
  rule: { match?: { service?: string; messageType?: string } },
  targets: RuleTargets,
  p: (field: string) => string,
): FieldViolation[] {
  const out: FieldViolation[] = [];
  const { service, messageType } = rule.match ?? {};
  if (service !== undefined && !targets.services.includes(service)) {
    out.push({
      path: p('match.service'),
      message: `${p('match.service')} "${service}" is not a service; known services: ${targets.services.join(', ')}`,
    });
    return out;
  }
  if (messageType === undefined) return out;
  const candidates = service === undefined ? targets.messageTypes : targets.messageTypes.filter((t) => t.startsWith(`${service}.`));
  if (candidates.some((type) => globMatches(messageType, type))) return out;
  const elsewhere = service !== undefined && targets.messageTypes.some((type) => globMatches(messageType, type));
  out.push({
    path: p('match.messageType'),
    message: elsewhere
      ? `${p('match.messageType')} "${messageType}" is no message type of match.service "${service}": it could never match`
      : `${p('match.messageType')} "${messageType}" matches no message type; GET /api/v1/services lists them`,
  });
  return out;
}
