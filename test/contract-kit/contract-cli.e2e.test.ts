import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { startCli } from '../support/process';
import { TEST_REDIS_URL } from '../support/redis';

/** The commands as a CI job runs them: real processes, exit codes, files written. */
describe('lgsp-sim test and verify as processes', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'lgsp-contract-cli-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('test: a passing suite exits 0 and writes JUnit; an invalid one exits 2 naming the path', async () => {
    const junit = join(dir, 'out', 'junit.xml');
    const ok = startCli(['test', 'examples/suites/bhxh.yaml', '--junit', junit], { REDIS_URL: TEST_REDIS_URL });
    expect((await ok.exited).code).toBe(0);
    expect(ok.stdout()).toMatch(/3 cases: 3 passed, 0 failed/);
    expect(await readFile(junit, 'utf8')).toContain('<testsuite name="bhxh — social insurance (/apiBHXH)" tests="3" failures="0"');

    const invalid = join(dir, 'invalid.yaml');
    await writeFile(invalid, 'name: x\ncases: []\n');
    const bad = startCli(['test', invalid], { REDIS_URL: TEST_REDIS_URL });
    expect((await bad.exited).code).toBe(2);
    expect(bad.stdout()).toContain('cases must have at least 1 item');
  });

  it('verify receiver: a receiver that is not there exits 1 with the rules it broke', async () => {
    const run = startCli(['verify', 'receiver', '--url', 'http://127.0.0.1:9/hooks', '--kind', 'callback', '--timeout', '2s'], {});
    expect((await run.exited).code).toBe(1);
    expect(run.stdout()).toContain('rule "accepts a valid signed delivery"');
    expect(run.stdout()).toMatch(/connection failed: ECONNREFUSED/);
  });

  it('verify receiver shows each rule as it finishes, not all at the end: a hung receiver is not a silent minute', async () => {
    const held = new Set<import('node:net').Socket>();
    const hung = createServer((socket) => void held.add(socket.on('error', () => undefined)));
    await new Promise<void>((resolve) => hung.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(hung.address() as AddressInfo).port}/hooks`;
      const run = startCli(['verify', 'receiver', '--url', url, '--kind', 'callback', '--timeout', '2s'], {});
      await run.waitFor(/✗ \[1\/6\] accepts a valid signed delivery/);
      expect(run.child.exitCode).toBeNull(); // five rules still to go, each waiting out its timeout
      expect(run.stdout()).not.toContain('[2/6]');
      run.child.kill('SIGTERM');
      await run.exited;
    } finally {
      held.forEach((s) => s.destroy());
      await new Promise((resolve) => hung.close(resolve));
    }
  });
});
