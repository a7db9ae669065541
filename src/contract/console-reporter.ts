/**
 * What a person reads: one line per case as it finishes (✓ ✗ ○), every failure as expected versus
 * got with its path, and a summary line.
 */
import { describeFailure } from './junit';
import type { Progress, RunReport } from './report';
import { totals } from './report';

export interface ConsoleReporter extends Progress {
  summary(report: RunReport): void;
}

export function consoleReporter(write: (text: string) => void, options: { color?: boolean } = {}): ConsoleReporter {
  const paint = (code: number, text: string): string => (options.color ? `\u001b[${code}m${text}\u001b[0m` : text);
  const mark = { passed: paint(32, '✓'), failed: paint(31, '✗'), skipped: paint(33, '○') };
  return {
    suiteStarted(name, cases) {
      write(`\n${name} (${cases} case${cases === 1 ? '' : 's'})\n`);
    },
    caseFinished(_suite, result, index, of) {
      write(`  ${mark[result.status]} [${index + 1}/${of}] ${result.name} ${paint(90, `(${result.durationMs} ms)`)}\n`);
      for (const failure of result.failures) write(`${describeFailure(failure).replace(/^/gm, '      ')}\n`);
    },
    summary(report) {
      const t = totals(report);
      const ms = report.suites.reduce((sum, s) => sum + s.durationMs, 0);
      const parts = [`${t.passed} passed`, `${t.failed} failed`];
      if (t.skipped) parts.push(`${t.skipped} skipped`);
      const line = `\n${t.cases} case${t.cases === 1 ? '' : 's'}: ${parts.join(', ')} in ${(ms / 1000).toFixed(1)} s\n`;
      write(t.failed ? paint(31, line) : paint(32, line));
    },
  };
}
