/**
 * Reads a suite file (YAML or JSON) and checks it against schemas/contract/suite.json, the schema
 * editors complete suites with. A file that cannot be read or does not fit is a SuiteFileError with
 * every problem and its path in the file (`lgsp-sim test` exits 2 on it).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FieldViolation } from '../core/errors';
import { SchemaRegistry, type JsonSchema } from '../core/schema-registry';
import { toDottedPath } from '../core/validation-messages';
import type { ContractSuite } from '../generated/schema-types';
import { projectRoot } from '../project-root';
import { expressionProblem } from './interpolate';
import { parsePath } from './json-path';
import { isMatcherObject, matcherProblem } from './matchers';
import { SchemaChecker } from './schema-check';
import { decodeUtf8, parseSource, SourceProblem } from './suite-source';

export const SUITE_SCHEMA_ID = 'https://lgsp-sim.local/schemas/contract/suite.json';
export const STEP_ACTIONS = ['reset', 'clock', 'scenario', 'send', 'wait', 'callback', 'journal'] as const;
export type StepAction = (typeof STEP_ACTIONS)[number];

/** A problem of a suite file: its path in the file, and its line when the file could be read. */
export interface SuiteProblem extends FieldViolation {
  line?: number;
}

export function describeProblem(p: SuiteProblem): string {
  if (p.path === MORE) return p.message;
  const text = p.message.startsWith(p.path) && p.path ? p.message : `${p.path || '(file)'}: ${p.message}`;
  return p.line && !text.includes(`line ${p.line}`) ? `${text} (line ${p.line})` : text;
}

export class SuiteFileError extends Error {
  constructor(
    readonly file: string,
    readonly problems: SuiteProblem[],
  ) {
    super(`${file} is not a valid contract suite:\n${problems.map((p) => `  ${describeProblem(p)}`).join('\n')}`);
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
      const wrong = matcherProblem(matcher);
      if (wrong) problems.push({ path: `${where}["${key}"]`, message: wrong });
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

/** Names given twice: a report with two cases of one name, or a second step overwriting `${steps.NAME}`. */
function duplicateNames(names: (string | undefined)[], at: (index: number) => string, what: string): FieldViolation[] {
  const first = new Map<string, number>();
  const problems: FieldViolation[] = [];
  names.forEach((name, index) => {
    if (name === undefined) return;
    const earlier = first.get(name);
    if (earlier === undefined) first.set(name, index);
    else problems.push({ path: `${at(index)}.name`, message: `${at(index)}.name "${name}" is already the name of ${what} ${at(earlier)}` });
  });
  return problems;
}

/** `${` never closed, or an empty `${}`, anywhere in the suite: they would be sent as they are. */
function expressionProblems(value: unknown, pointer = ''): FieldViolation[] {
  if (typeof value === 'string') {
    const problem = expressionProblem(value);
    return problem ? [{ path: toDottedPath('', pointer), message: problem }] : [];
  }
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]) => {
    const at = `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
    const inKey = expressionProblem(key);
    return [...(inKey ? [{ path: toDottedPath('', at), message: inKey }] : []), ...expressionProblems(child, at)];
  });
}

let schemas: SchemaChecker | undefined;

/** Names that must exist: the client of `as:` (dev, or one under clients:) and a message type's schema. */
function referenceProblems(step: Record<string, unknown>, at: string, clients: readonly string[]): FieldViolation[] {
  const problems: FieldViolation[] = [];
  for (const action of ['send', 'wait', 'callback'] as const) {
    const as = (step[action] as { as?: unknown } | undefined)?.as;
    if (typeof as === 'string' && !as.includes('${') && !clients.includes(as))
      problems.push({ path: `${at}.${action}.as`, message: `no client named "${as}"; name it under clients: (known: ${clients.join(', ')})` });
  }
  const schema = (step.expect as { schema?: unknown } | undefined)?.schema;
  if (typeof schema === 'string' && !schema.includes('${')) {
    const unknown = (schemas ??= new SchemaChecker()).unknown(schema);
    if (unknown) problems.push({ path: `${at}.expect.schema`, message: unknown });
  }
  return problems;
}

/** Checks what the schema cannot say well: one action per step, paths and regexes that work, unique names. */
function stepProblems(suite: ContractSuite): FieldViolation[] {
  const clients = ['dev', ...Object.keys(suite.clients ?? {})];
  const problems: FieldViolation[] = [
    ...duplicateNames(
      suite.cases.map((c) => c.name),
      (i) => `cases[${i}]`,
      'case',
    ),
    ...expressionProblems(suite),
  ];
  suite.cases.forEach((c, ci) => {
    problems.push(
      ...duplicateNames(
        c.steps.map((step) => step.name),
        (si) => `cases[${ci}].steps[${si}]`,
        'step',
      ),
    );
    c.steps.forEach((step, si) => {
      problems.push(...valueProblems(step as Record<string, unknown>, `cases[${ci}].steps[${si}]`));
      problems.push(...referenceProblems(step as Record<string, unknown>, `cases[${ci}].steps[${si}]`, clients));
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
    });
  });
  return problems;
}

// ajv's words for "one of the alternatives failed": said better by the problems found inside them.
const ALTERNATIVES = / (must NOT be valid|must match a schema in anyOf|must match exactly one schema in oneOf|property name must be valid)$/;

/** One line per path: the alternatives' own complaints dropped, "must be X" and "must be Y" said as one. */
function tidy(problems: FieldViolation[]): FieldViolation[] {
  const specific = problems.filter((p) => !ALTERNATIVES.test(p.message));
  const kept = problems.filter(
    (p) =>
      !ALTERNATIVES.test(p.message) || !specific.some((s) => s.path === p.path || s.path.startsWith(`${p.path}.`) || s.path.startsWith(`${p.path}[`)),
  );
  const out: FieldViolation[] = [];
  for (const p of kept) {
    const mustBe = `${p.path} must be `;
    const same = out.find((o) => o.path === p.path && o.message.startsWith(mustBe) && p.message.startsWith(mustBe));
    if (same) same.message += ` or ${p.message.slice(mustBe.length)}`;
    else if (!out.some((o) => o.path === p.path && o.message === p.message)) out.push({ ...p });
  }
  return out;
}

const SHOWN = 20;
const MORE = '…';

/** The first problems, and how many more there are: a file with a thousand mistakes is not a thousand lines. */
function firstOf(problems: FieldViolation[]): FieldViolation[] {
  if (problems.length <= SHOWN) return problems;
  return [...problems.slice(0, SHOWN), { path: MORE, message: `… and ${problems.length - SHOWN} more problems` }];
}

export function parseSuite(text: string, file: string): ContractSuite {
  let source;
  try {
    source = parseSource(text, file);
  } catch (error) {
    if (!(error instanceof SourceProblem)) throw error;
    throw new SuiteFileError(file, [{ path: '', message: error.message, ...(error.line ? { line: error.line } : {}) }]);
  }
  const located = (problems: FieldViolation[]): SuiteProblem[] =>
    problems.map((p) => {
      const line = source.lineOf(p.path === '(root)' ? '' : p.path);
      return line ? { ...p, line } : p;
    });
  const problems = tidy(validator().check(SUITE_SCHEMA_ID, source.data));
  if (problems.length > 0) throw new SuiteFileError(file, located(firstOf(problems)));
  const suite = source.data as ContractSuite;
  const more = stepProblems(suite);
  if (more.length > 0) throw new SuiteFileError(file, located(firstOf(more)));
  return suite;
}

export function loadSuite(file: string): ContractSuite {
  let text: string;
  try {
    text = decodeUtf8(readFileSync(file));
  } catch (error) {
    const problem =
      error instanceof SourceProblem
        ? { message: error.message, ...(error.line ? { line: error.line } : {}) }
        : { message: `cannot be read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` };
    throw new SuiteFileError(file, [{ path: '', ...problem }]);
  }
  return parseSuite(text, file);
}
