/**
 * Reads a suite file (YAML or JSON) and checks it against schemas/contract/suite.json, the schema
 * editors complete suites with. A file that cannot be read or does not fit is a SuiteFileError with
 * every problem and its path in the file (`lgsp-sim test` exits 2 on it).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { FieldViolation } from '../core/errors';
import { SchemaRegistry, type JsonSchema } from '../core/schema-registry';
import type { ContractSuite } from '../generated/schema-types';
import { projectRoot } from '../project-root';
import { parsePath } from './json-path';
import { isMatcherObject } from './matchers';

export const SUITE_SCHEMA_ID = 'https://lgsp-sim.local/schemas/contract/suite.json';
export const STEP_ACTIONS = ['reset', 'clock', 'scenario', 'send', 'wait', 'callback', 'journal'] as const;
export type StepAction = (typeof STEP_ACTIONS)[number];

export class SuiteFileError extends Error {
  constructor(
    readonly file: string,
    readonly problems: FieldViolation[],
  ) {
    super(
      `${file} is not a valid contract suite:\n${problems.map((p) => `  ${p.message.startsWith(p.path) && p.path ? p.message : `${p.path || '(file)'}: ${p.message}`}`).join('\n')}`,
    );
    this.name = 'SuiteFileError';
  }
}

let registry: SchemaRegistry | undefined;

export function suiteSchema(): JsonSchema {
  return JSON.parse(readFileSync(join(projectRoot(), 'schemas', 'contract', 'suite.json'), 'utf8')) as JsonSchema;
}

function validator(): SchemaRegistry {
  registry ??= new SchemaRegistry([suiteSchema()]);
  return registry;
}

/** The action of a step, after validation. */
export function actionOf(step: Record<string, unknown>): StepAction {
  return STEP_ACTIONS.find((a) => step[a] !== undefined) as StepAction;
}

/** Paths that must parse and regular expressions that must compile, found in one step. */
function valueProblems(step: Record<string, unknown>, at: string): FieldViolation[] {
  const problems: FieldViolation[] = [];
  const path = (where: string, text: unknown): void => {
    try {
      parsePath(String(text));
    } catch (error) {
      problems.push({ path: where, message: (error as Error).message });
    }
  };
  const matchers = (where: string, map: unknown): void => {
    for (const [key, matcher] of Object.entries((map ?? {}) as Record<string, unknown>)) {
      if (key.startsWith('$')) path(`${where}["${key}"]`, key);
      if (isMatcherObject(matcher) && typeof matcher.regex === 'string') {
        try {
          new RegExp(matcher.regex);
        } catch (error) {
          problems.push({ path: `${where}["${key}"].regex`, message: (error as Error).message });
        }
      }
    }
  };
  const expect = step.expect as Record<string, unknown> | undefined;
  matchers(`${at}.expect.body`, expect?.body);
  matchers(`${at}.expect.headers`, expect?.headers);
  if (expect?.schemaAt !== undefined) path(`${at}.expect.schemaAt`, expect.schemaAt);
  matchers(`${at}.callback.match`, (step.callback as Record<string, unknown> | undefined)?.match);
  for (const [name, target] of Object.entries((step.save ?? {}) as Record<string, unknown>)) path(`${at}.save.${name}`, target);
  return problems;
}

/** Checks what the schema cannot say well: exactly one action per step, paths and regexes that work. */
function stepProblems(suite: ContractSuite): FieldViolation[] {
  const problems: FieldViolation[] = [];
  suite.cases.forEach((c, ci) =>
    c.steps.forEach((step, si) => {
      problems.push(...valueProblems(step as Record<string, unknown>, `cases[${ci}].steps[${si}]`));
      const actions = STEP_ACTIONS.filter((a) => (step as Record<string, unknown>)[a] !== undefined);
      if (actions.length !== 1) {
        problems.push({
          path: `cases[${ci}].steps[${si}]`,
          message:
            actions.length === 0
              ? `a step needs one action: ${STEP_ACTIONS.join(', ')}`
              : `a step has one action, this one has ${actions.join(' and ')}`,
        });
      }
    }),
  );
  return problems;
}

export function parseSuite(text: string, file: string): ContractSuite {
  let data: unknown;
  try {
    data = file.endsWith('.json') ? JSON.parse(text) : parseYaml(text, { merge: true });
  } catch (error) {
    throw new SuiteFileError(file, [{ path: '', message: `cannot be read: ${(error as Error).message.split('\n')[0]}` }]);
  }
  const problems = validator().check(SUITE_SCHEMA_ID, data);
  if (problems.length > 0) {
    // anyOf branches repeat one mistake several ways; one line per path and message is enough.
    const seen = new Set<string>();
    throw new SuiteFileError(file, problems.filter((p) => !seen.has(p.path + p.message) && seen.add(p.path + p.message)).slice(0, 20));
  }
  const suite = data as ContractSuite;
  const more = stepProblems(suite);
  if (more.length > 0) throw new SuiteFileError(file, more);
  return suite;
}

export function loadSuite(file: string): ContractSuite {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new SuiteFileError(file, [{ path: '', message: `cannot be read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` }]);
  }
  return parseSuite(text, file);
}
