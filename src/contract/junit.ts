/**
 * JUnit XML as GitLab, GitHub Actions (test-reporter actions) and Jenkins read it:
 * `<testsuites>` → `<testsuite>` per suite → `<testcase classname name time>` with `<failure>` or
 * `<skipped/>`. Times are seconds.
 */
import type { Failure, RunReport } from './report';
import { totals } from './report';

// Characters XML 1.0 cannot carry at all.
// eslint-disable-next-line no-control-regex -- the control characters are what it removes
const NOT_IN_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

function xml(text: string): string {
  // Characters XML 1.0 cannot carry at all are dropped; the rest are escaped.
  return text.replace(NOT_IN_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** An attribute value: a parser turns a raw tab or line break there into a space, so they are written as references. */
function attr(text: string): string {
  return xml(text).replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;');
}

const seconds = (ms: number): string => (ms / 1000).toFixed(3);

export function describeFailure(failure: Failure): string {
  const lines = [`${failure.where}: ${failure.message}`];
  if (failure.path) lines.push(`  at       ${failure.path}`);
  if (failure.expected !== undefined) lines.push(`  expected ${failure.expected}`);
  if (failure.got !== undefined) lines.push(`  got      ${failure.got}`);
  return lines.join('\n');
}

export function renderJunit(report: RunReport, name = 'lgsp-sim'): string {
  const all = totals(report);
  const totalMs = report.suites.reduce((sum, s) => sum + s.durationMs, 0);
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${attr(name)}" tests="${all.cases}" failures="${all.failed}" errors="0" skipped="${all.skipped}" time="${seconds(totalMs)}">`,
  ];
  for (const suite of report.suites) {
    const t = totals({ suites: [suite] });
    const file = suite.file ? ` file="${attr(suite.file)}"` : '';
    out.push(
      `  <testsuite name="${attr(suite.name)}" tests="${t.cases}" failures="${t.failed}" errors="0" skipped="${t.skipped}" time="${seconds(suite.durationMs)}"${file}>`,
    );
    for (const c of suite.cases) {
      const open = `    <testcase classname="${attr(suite.name)}" name="${attr(c.name)}" time="${seconds(c.durationMs)}"${file}`;
      if (c.status === 'skipped')
        out.push(`${open}>`, c.reason ? `      <skipped message="${attr(c.reason)}"/>` : '      <skipped/>', '    </testcase>');
      else if (c.status === 'failed') {
        const first = c.failures[0];
        const message = first ? `${first.where}: ${first.message}` : 'failed';
        out.push(
          `${open}>`,
          `      <failure message="${attr(message)}" type="AssertionError">${xml(c.failures.map(describeFailure).join('\n\n'))}</failure>`,
        );
        if (c.log?.length) out.push(`      <system-out>${xml(c.log.join('\n'))}</system-out>`);
        out.push('    </testcase>');
      } else out.push(`${open}/>`);
    }
    out.push('  </testsuite>');
  }
  out.push('</testsuites>', '');
  return out.join('\n');
}
