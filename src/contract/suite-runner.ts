/**
 * Runs contract suites: per case, an optional reset (the file's `reset`, or the command's
 * `--reset`), then the steps in order with `${…}` filled in from vars, saved values and earlier
 * steps; the first failing step ends the case. Reports through the shared result model.
 */
import { randomUUID } from 'node:crypto';
import type { Case, ContractSuite, Step } from '../generated/schema-types';
import { OutboundError } from '../outbound/http-client';
import { checkExpect, type StepResult } from './assertions';
import type { CallbackReceiver } from './callback-receiver';
import { interpolate } from './interpolate';
import { readPath } from './json-path';
import type { CaseResult, Failure, Progress, SuiteResult } from './report';
import { SchemaChecker } from './schema-check';
import type { ClientCredentials, SimulatorSession } from './simulator-target';
import { actionOf } from './suite-file';
import { runStep, StepFailed } from './step-runner';

export interface RunOptions {
  session: SimulatorSession;
  receiver: CallbackReceiver;
  /** Overrides the file's `reset`. */
  reset?: 'case' | 'suite' | 'none';
  progress?: Progress;
  /** Only cases whose "<suite> <case>" name matches run; the others are reported skipped. */
  grep?: RegExp;
  /** Default a fresh id per run: messageIds never collide with an earlier run's. */
  runId?: string;
}

let checker: SchemaChecker | undefined;

function stepLabel(step: Step, index: number): string {
  return `step ${index + 1} (${actionOf(step as Record<string, unknown>)}${step.name ? ` ${step.name}` : ''})`;
}

async function runCase(suite: ContractSuite, c: Case, options: RunOptions, resetFirst: boolean, runId: string): Promise<CaseResult> {
  const started = Date.now();
  if (c.skip) return { name: c.name, status: 'skipped', durationMs: 0, failures: [] };
  const { session, receiver } = options;
  const clients: Record<string, ClientCredentials> = { dev: session.target.devClient, ...(suite.clients ?? {}) };
  const saved: Record<string, unknown> = {};
  const steps: Record<string, StepResult> = {};
  const scope = (): Record<string, unknown> => ({
    ...(suite.vars ?? {}),
    ...saved,
    steps,
    env: process.env,
    runId,
    callbackUrl: `${receiver.url}/callbacks`,
    ipnUrl: `${receiver.url}/paygov-ipn`,
    baseUrl: session.target.baseUrl,
  });
  const failures: Failure[] = [];
  const log: string[] = [];
  const all = (resetFirst ? [{ reset: true } as Step] : []).concat(c.steps);
  for (const [i, raw] of all.entries()) {
    const index = resetFirst ? i - 1 : i;
    const where = index < 0 ? 'reset before the case' : stepLabel(raw, index);
    try {
      const { expect, save, name, ...action } = raw;
      const step = interpolate(action as Step, scope());
      const outcome = await runStep(step, actionOf(step as Record<string, unknown>), { session, receiver, clients, runId, where });
      if (outcome.result.status !== undefined) log.push(`${where}: ${outcome.result.status} in ${outcome.result.durationMs} ms`);
      const found = expect ? checkExpect(interpolate(expect, scope()), outcome.result, where, (checker ??= new SchemaChecker())) : [];
      failures.push(...outcome.failures, ...found);
      if (name) steps[name] = outcome.result;
      for (const [variable, path] of Object.entries(save ?? {})) {
        const value = readPath(outcome.result, String(path));
        if (!value.present)
          failures.push({ where, message: `save ${variable}: nothing at ${path}`, path: String(path), expected: 'a value', got: '(nothing)' });
        saved[variable] = value.value;
      }
    } catch (error) {
      if (error instanceof StepFailed) failures.push(error.failure);
      else if (error instanceof OutboundError)
        failures.push({
          where,
          message:
            error.kind === 'timeout'
              ? `the simulator at ${session.target.baseUrl} gave ${error.message}${actionOf(raw as Record<string, unknown>) === 'send' ? ' (a send step waits as long as its timeout: says, 30s by default)' : ''}`
              : `cannot reach the simulator at ${session.target.baseUrl}: ${error.message}`,
        });
      else failures.push({ where, message: (error as Error).message });
    }
    if (failures.length > 0) break;
  }
  return { name: c.name, status: failures.length ? 'failed' : 'passed', durationMs: Date.now() - started, failures, log };
}

/** Whether `--grep` lets a case run. */
export function isChosen(suite: ContractSuite, c: Case, grep?: RegExp): boolean {
  return !grep || grep.test(`${suite.name} ${c.name}`);
}

export async function runSuite(suite: ContractSuite, file: string | undefined, options: RunOptions): Promise<SuiteResult> {
  const started = Date.now();
  const policy = options.reset ?? suite.reset ?? 'case';
  const runId = options.runId ?? `ct-${randomUUID().slice(0, 8)}`;
  options.progress?.suiteStarted?.(suite.name, suite.cases.length);
  const cases: CaseResult[] = [];
  for (const [index, c] of suite.cases.entries()) {
    const chosen = isChosen(suite, c, options.grep);
    // With --grep, "once per suite" means before the first case that runs.
    const resetFirst = policy === 'case' || (policy === 'suite' && !cases.some((done) => done.status !== 'skipped'));
    const result = chosen
      ? await runCase(suite, c, options, resetFirst, runId)
      : { name: c.name, status: 'skipped' as const, durationMs: 0, failures: [] };
    cases.push(result);
    options.progress?.caseFinished?.(suite.name, result, index, suite.cases.length);
  }
  return { name: suite.name, ...(file ? { file } : {}), durationMs: Date.now() - started, cases };
}
