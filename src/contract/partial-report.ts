/**
 * Reports of runs that did not get through every case, so CI still gets a report that lists them all:
 * an interrupted run (what finished as it finished, the case in flight failed as interrupted, the
 * rest skipped with the reason), a run whose simulator never answered (every case failed with why)
 * and one whose suite files are not valid (each file a failed case with its problems).
 */
import type { ContractSuite } from '../generated/schema-types';
import { describeProblem, type SuiteFileError } from './suite-file';
import type { CaseResult, Failure, Progress, RunReport, SuiteResult } from './report';
import { isChosen } from './suite-runner';

export interface PlannedSuite {
  file: string;
  suite: ContractSuite;
}

function notRun(
  planned: PlannedSuite,
  grep: RegExp | undefined,
  from: number,
  outcome: (c: ContractSuite['cases'][number]) => CaseResult,
): CaseResult[] {
  return planned.suite.cases
    .slice(from)
    .map((c) => (c.skip || !isChosen(planned.suite, c, grep) ? { name: c.name, status: 'skipped', durationMs: 0, failures: [] } : outcome(c)));
}

/** Suite files that are not valid, each a suite of one failed case listing its problems: nothing ran. */
export function invalidSuites(errors: readonly SuiteFileError[]): RunReport {
  return {
    suites: errors.map((error) => ({
      name: error.file,
      file: error.file,
      durationMs: 0,
      cases: [
        {
          name: 'is a valid contract suite',
          status: 'failed',
          durationMs: 0,
          failures: error.problems.map((problem) => ({ where: error.file, message: describeProblem(problem) })),
        },
      ],
    })),
  };
}

/** Every case that would run failed with `failure`: the run could not start. */
export function everyCaseFailed(planned: readonly PlannedSuite[], grep: RegExp | undefined, failure: Failure): RunReport {
  return {
    suites: planned.map((p) => ({
      name: p.suite.name,
      file: p.file,
      durationMs: 0,
      cases: notRun(p, grep, 0, (c) => ({ name: c.name, status: 'failed', durationMs: 0, failures: [failure] })),
    })),
  };
}

/** Follows a run case by case, to report it as far as it got when it is interrupted. */
export class RunProgress implements Progress {
  private readonly finished: SuiteResult[] = [];
  /** The suite running: its finished cases, when it started and when its last case ended. */
  private current: { cases: CaseResult[]; started: number; lastAt: number } | undefined;

  constructor(
    private readonly planned: readonly PlannedSuite[],
    private readonly grep?: RegExp,
  ) {}

  suiteStarted(): void {
    this.current = { cases: [], started: Date.now(), lastAt: Date.now() };
  }

  caseFinished(_suite: string, result: CaseResult): void {
    this.current?.cases.push(result);
    if (this.current) this.current.lastAt = Date.now();
  }

  suiteFinished(result: SuiteResult): void {
    this.finished.push(result);
    this.current = undefined;
  }

  /** The run so far: the case in flight failed with `why`, every case not started skipped with it. */
  interrupted(why: string): RunReport {
    const suites = this.planned.map((p, index): SuiteResult => {
      const done = this.finished[index];
      if (done) return done;
      const running = index === this.finished.length ? this.current : undefined;
      const cases = running?.cases ?? [];
      const rest = notRun(p, this.grep, cases.length, (c) => ({
        name: c.name,
        status: 'skipped',
        durationMs: 0,
        failures: [],
        reason: `not run: ${why}`,
      }));
      // The first case not finished of the running suite was in flight, unless it was one not to run.
      const next = rest[0];
      if (running && next?.reason)
        rest[0] = { name: next.name, status: 'failed', durationMs: Date.now() - running.lastAt, failures: [{ where: 'the case', message: why }] };
      return { name: p.suite.name, file: p.file, durationMs: running ? Date.now() - running.started : 0, cases: [...cases, ...rest] };
    });
    return { suites };
  }
}
