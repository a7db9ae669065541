/**
 * The result model every contract command reports in (`lgsp-sim test`, `verify receiver`,
 * `verify provider`): suites of cases, each passed, failed or skipped, each failure with where it
 * happened and, when it is about a value, the path, what was expected and what came.
 */
export interface Failure {
  /** The step (or check) that failed, e.g. "step 3 (send submit)". */
  where: string;
  message: string;
  path?: string;
  expected?: string;
  got?: string;
}

export interface CaseResult {
  name: string;
  status: 'passed' | 'failed' | 'skipped';
  durationMs: number;
  failures: Failure[];
  /** Lines worth showing under the case (what was sent, what answered). */
  log?: string[];
  /** Why a skipped case did not run, when it is not the file's `skip` or `--grep` (an interrupted run). */
  reason?: string;
}

export interface SuiteResult {
  name: string;
  file?: string;
  durationMs: number;
  cases: CaseResult[];
}

export interface RunReport {
  suites: SuiteResult[];
}

export interface Totals {
  cases: number;
  passed: number;
  failed: number;
  skipped: number;
}

export function totals(report: RunReport): Totals {
  const all = report.suites.flatMap((s) => s.cases);
  return {
    cases: all.length,
    passed: all.filter((c) => c.status === 'passed').length,
    failed: all.filter((c) => c.status === 'failed').length,
    skipped: all.filter((c) => c.status === 'skipped').length,
  };
}

/** Progress as it happens, for a console on long suites. */
export interface Progress {
  suiteStarted?(name: string, cases: number): void;
  caseFinished?(suite: string, result: CaseResult, index: number, of: number): void;
}

/** The cases of a checker's suite, each told to `progress` as it is added: a console that shows rules as they finish. */
export class LiveCases {
  readonly cases: CaseResult[] = [];

  constructor(
    private readonly suite: string,
    private readonly of: number,
    private readonly progress?: Progress,
  ) {
    progress?.suiteStarted?.(suite, of);
  }

  add(result: CaseResult): void {
    this.cases.push(result);
    this.progress?.caseFinished?.(this.suite, result, this.cases.length - 1, this.of);
  }
}
