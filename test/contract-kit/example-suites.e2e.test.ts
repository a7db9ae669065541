import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runTestCommand } from '../../src/cli/test-command';
import { TEST_REDIS_URL } from '../support/redis';

/**
 * The suites in examples/suites run through `lgsp-sim test` as a CI job runs them: a simulator of
 * its own (own Redis prefix), the runner's receiver, JUnit out. They must all pass, so they stay true.
 */
describe('lgsp-sim test', () => {
  let dir: string;
  const env = { ...process.env, REDIS_URL: TEST_REDIS_URL, LOG_LEVEL: 'error' };

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'lgsp-contract-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('runs every example suite green and writes a JUnit report CI tools render', async () => {
    let out = '';
    const junit = join(dir, 'reports', 'junit.xml');
    const { exitCode, report } = await runTestCommand({
      suites: ['examples/suites', 'examples/agency-ci/contract'],
      junit,
      env,
      write: (t) => (out += t),
    });
    expect(out).not.toMatch(/✗/);
    expect(exitCode).toBe(0);
    const names = report?.suites.map((s) => s.name.split(' ')[0]);
    expect(names).toEqual(expect.arrayContaining(['bhxh', 'bhyt', 'diag', 'dkdn', 'dmdc', 'hotich', 'lltp', 'msns', 'paygov', 'sso', 'vbpl']));
    const xml = await readFile(junit, 'utf8');
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="lgsp-sim test" tests="\d+" failures="0"/);
    expect(xml).toContain('<testcase classname="paygov — payments (/paygov)" name="amount 10004 sends the same IPN twice"');
    expect(out).toMatch(/\d+ cases: \d+ passed, 0 failed/);
  });

  it('a failing case shows expected versus got with the path, in the console and in JUnit; exit 1', async () => {
    const file = join(dir, 'failing.yaml');
    await writeFile(
      file,
      [
        'name: failing',
        'reset: none',
        'cases:',
        '  - name: wrong echo',
        '    steps:',
        '      - send: { message: { type: diag.echo, body: { echo: 1 }, wait: 5 } }',
        '        expect: { status: 200, body: { $.response.echo: 2 } }',
        '  - name: skipped one',
        '    skip: true',
        '    steps: [ { reset: true } ]',
      ].join('\n'),
    );
    let out = '';
    const junit = join(dir, 'failing.xml');
    const { exitCode } = await runTestCommand({ suites: [file], junit, env, write: (t) => (out += t) });
    expect(exitCode).toBe(1);
    expect(out).toMatch(/✗ \[1\/2\] wrong echo/);
    expect(out).toMatch(/at\s+\$\.response\.echo\n\s+expected 2\n\s+got\s+1/);
    const xml = await readFile(junit, 'utf8');
    expect(xml).toContain('<failure message="step 1 (send): body does not match" type="AssertionError">');
    expect(xml).toMatch(/<testcase classname="failing" name="skipped one" time="0.000"[^>]*>\n\s+<skipped\/>/);
  });

  it('an invalid suite file is exit 2 with the path of each problem, and nothing runs', async () => {
    const file = join(dir, 'invalid.yaml');
    await writeFile(
      file,
      'name: invalid\ncases:\n  - name: x\n    steps:\n      - send: { path: nope }\n      - wait: {}\n      - { reset: true, clock: { advance: 1h } }\n',
    );
    let out = '';
    const { exitCode, report } = await runTestCommand({ suites: [file], env, write: (t) => (out += t) });
    expect(exitCode).toBe(2);
    expect(report).toBeUndefined();
    expect(out).toContain('cases[0].steps[0].send.path must match the pattern ^/');
    expect(out).toContain('cases[0].steps[1].wait.message is required');
  });

  it('a step with two actions is exit 2 naming them', async () => {
    const file = join(dir, 'two.json');
    await writeFile(file, JSON.stringify({ name: 'two', cases: [{ name: 'x', steps: [{ reset: true, clock: { advance: '1h' } }] }] }));
    let out = '';
    const { exitCode } = await runTestCommand({ suites: [file], env, write: (t) => (out += t) });
    expect(exitCode).toBe(2);
    expect(out).toContain('cases[0].steps[0]: a step has one action, this one has reset and clock');
  });

  it('a file that does not exist or is not YAML is exit 2', async () => {
    const broken = join(dir, 'broken.yaml');
    await writeFile(broken, 'name: [unclosed');
    let out = '';
    const { exitCode } = await runTestCommand({ suites: [join(dir, 'missing.yaml'), broken], env, write: (t) => (out += t) });
    expect(exitCode).toBe(2);
    expect(out).toMatch(/missing\.yaml is not a valid contract suite:\n\s+\(file\): cannot be read: ENOENT/);
    expect(out).toMatch(/broken\.yaml is not a valid contract suite:\n\s+\(file\): cannot be read/);
  });
});

describe('lgsp-sim test --url', () => {
  it('runs a suite against a simulator that is already running, resetting once per suite', async () => {
    const { startTestApp } = await import('../support/test-app');
    const t = await startTestApp('contract-url', {}, { workers: true });
    try {
      const { url } = await t.app.listen();
      let out = '';
      const { exitCode, report } = await runTestCommand({
        suites: ['examples/suites/diag.yaml'],
        url,
        reset: 'suite',
        env: process.env,
        write: (text) => (out += text),
      });
      expect(out).toContain(`against ${url}; callbacks to http://127.0.0.1:`);
      expect(out).not.toContain('started for this run');
      expect(exitCode).toBe(0);
      expect(report?.suites[0]?.cases.every((c) => c.status === 'passed')).toBe(true);

      const only = await runTestCommand({ suites: ['examples/suites/diag.yaml'], url, grep: 'PERMANENT', env: process.env, write: () => undefined });
      expect(only.report?.suites[0]?.cases.map((c) => [c.name, c.status])).toEqual([
        ['an echo answers at once with Prefer wait', 'skipped'],
        ['a queued message is retried, then completes and calls back signed', 'skipped'],
        ['a permanent refusal fails without retries', 'passed'],
        ['a body that breaks the schema is refused with problem+json', 'skipped'],
        ['no token, no entry', 'skipped'],
        ['a token by form body, used explicitly in a header', 'skipped'],
      ]);
      expect(
        (await runTestCommand({ suites: ['examples/suites/diag.yaml'], url, grep: '(', env: process.env, write: () => undefined })).exitCode,
      ).toBe(2);
    } finally {
      await t.close();
    }
  });

  it('a callback that never comes says where the receiver listened and what a simulator at --url needs to reach it; a slow answer is not "cannot reach"', async () => {
    const { startTestApp } = await import('../support/test-app');
    const t = await startTestApp('contract-url-ipn', {}, { workers: true });
    const dir = await mkdtemp(join(tmpdir(), 'lgsp-no-ipn-'));
    try {
      const { url } = await t.app.listen();
      const file = join(dir, 'no-ipn.yaml');
      await writeFile(file, 'name: no ipn\ncases:\n  - name: c\n    steps:\n      - callback: { match: { $.MaThamChieu: x }, timeout: 200ms }\n');
      let out = '';
      const { exitCode } = await runTestCommand({ suites: [file], url, env: process.env, write: (text) => (out += text) });
      expect(exitCode).toBe(1);
      expect(out).toMatch(
        /got +no callback at all reached (http:\/\/127\.0\.0\.1:\d+) \(a simulator at --url sends PayGov IPNs there only when started with DEV_PAYGOV_IPN_URL=\1\/paygov-ipn, and callbacks only to hosts in CALLBACK_ALLOWED_HOSTS\)/,
      );

      const slow = join(dir, 'slow.yaml');
      await writeFile(
        slow,
        'name: slow\ncases:\n  - name: c\n    steps:\n      - scenario: { match: { messageType: diag.echo }, effect: { type: latency, ms: 3000 } }\n      - send: { message: { type: diag.echo, body: { echo: 1 }, wait: 5 }, timeout: 300ms }\n',
      );
      out = '';
      expect((await runTestCommand({ suites: [slow], url, env: process.env, write: (text) => (out += text) })).exitCode).toBe(1);
      expect(out).toContain(
        `step 2 (send): the simulator at ${url} gave no answer within 300 ms (a send step waits as long as its timeout: says, 30s by default)`,
      );
    } finally {
      await t.close();
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('a simulator that does not answer fails each case with the reason, not a crash', async () => {
    let out = '';
    const { exitCode } = await runTestCommand({
      suites: ['examples/suites/bhxh.yaml'],
      url: 'http://127.0.0.1:9',
      env: process.env,
      write: (text) => (out += text),
    });
    expect(exitCode).toBe(1);
    expect(out).toMatch(/before the run: cannot reach the simulator at http:\/\/127\.0\.0\.1:9: connection failed: ECONNREFUSED/);
  });
});
