import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { startTestApp, type TestApp } from '../support/test-app';

const run = promisify(execFile);
const pointer = (path: string, method: string): string => `#/paths/${path.replace(/\//g, '~1')}/${method}/responses`;
const root = join(__dirname, '../..');

interface LintProblem {
  ruleId: string;
  severity: 'error' | 'warn';
  message: string;
  location: { pointer: string }[];
}

/** The warnings redocly.yaml names as deliberate, by rule and place. */
const DELIBERATE = [
  ...['/paygov/pay/{ref}', '/admin/login', '/admin/logout'].map((path) => `operation-2xx-response ${pointer(path, 'post')}`),
  ...['/livez', '/readyz', '/api/v1/openapi.json', '/api/v1/services', '/metrics', '/admin/login'].map(
    (path) => `operation-4xx-response ${pointer(path, 'get')}`,
  ),
  `operation-4xx-response ${pointer('/admin/logout', 'post')}`,
  ...['/', '/docs', '/docs/openapi', '/docs/asyncapi', '/api/v1/asyncapi.json', '/api/v1/schemas/contract-suite', '/apiVBPL/vbqppl.asmx'].map(
    (path) => `operation-4xx-response ${pointer(path, 'get')}`,
  ),
  ...['/sso-dev-rp/callback', '/sso-dev-rp/logout'].map((path) => `operation-2xx-response ${pointer(path, 'get')}`),
].sort();

describe('the OpenAPI document passes `redocly lint` (redocly.yaml)', () => {
  let t: TestApp;
  let dir: string;

  beforeAll(async () => {
    t = await startTestApp('openapi-lint');
    dir = await mkdtemp(join(tmpdir(), 'lgsp-openapi-'));
  });
  afterAll(async () => {
    await t.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('has no errors, and no warnings but the deliberate ones', async () => {
    const file = join(dir, 'openapi.json');
    await writeFile(file, JSON.stringify((await t.http.get('/api/v1/openapi.json').expect(200)).body));
    // Offline: no telemetry, no update check; the CLI is one bundled file of the devDependency.
    const { stdout } = await run(
      process.execPath,
      [
        join(root, 'node_modules/@redocly/cli/bin/cli.js'),
        'lint',
        file,
        '--config',
        join(root, 'redocly.yaml'),
        '--format=json',
        '--max-problems=1000',
      ],
      { cwd: dir, env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' }, maxBuffer: 16 * 1024 * 1024 },
    );
    const { problems } = JSON.parse(stdout) as { problems: LintProblem[] };
    const found = problems.map((p) => `${p.ruleId} ${p.location[0]?.pointer ?? ''}`);
    expect(problems.filter((p) => p.severity === 'error').map((p) => `${p.ruleId}: ${p.message} at ${p.location[0]?.pointer}`)).toEqual([]);
    expect(found.sort()).toEqual(DELIBERATE);
  });
});
