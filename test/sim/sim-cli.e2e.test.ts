import { createServer, type AddressInfo } from 'node:net';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SimControl } from 'lgsp-sim/testing';
import { startCli } from '../support/process';
import { TEST_REDIS_URL, uniquePrefix, wipePrefix } from '../support/redis';
import { startTestApp, type TestApp } from '../support/test-app';

/** Runs `lgsp-sim <args>` to its end and answers its exit code and output. */
async function cli(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const proc = startCli(args, env);
  const { code } = await proc.exited;
  return { code, stdout: proc.stdout(), stderr: proc.stderr() };
}

describe('lgsp-sim sim … against a running simulator, and serve --scenarios', () => {
  let t: TestApp;
  let url: string;
  let sim: SimControl;
  const dir = mkdtempSync(join(tmpdir(), 'lgsp-sim-cli-'));

  beforeAll(async () => {
    t = await startTestApp('sim-cli');
    url = (await t.app.listen()).url;
    sim = new SimControl({ baseUrl: url });
  });
  afterAll(async () => {
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('scenario add FILE (YAML), scenario list, scenario clear', async () => {
    const file = join(dir, 'rules.yaml');
    writeFileSync(
      file,
      'rules:\n  - id: slow-dkdn\n    match: { messageType: "dkdn.*" }\n    effect: { type: latency, ms: 50 }\n  - effect: { type: error, status: 503 }\n    count: 2\n',
    );
    const added = await cli(['sim', 'scenario', 'add', file, '--url', url]);
    expect(added.code).toBe(0);
    expect((JSON.parse(added.stdout) as { id: string }[]).map((r) => r.id)).toEqual(['slow-dkdn', expect.stringMatching(/^rule-/)]);
    const listed = await cli(['sim', 'scenario', 'list', '--url', url]);
    expect(JSON.parse(listed.stdout)).toHaveLength(2);
    expect((await cli(['sim', 'scenario', 'clear', '--url', url])).code).toBe(0);
    expect(await sim.scenarios.list()).toEqual([]);
  });

  it('clock freeze, set, advance 2h and reset', async () => {
    expect((await cli(['sim', 'clock', 'set', '2026-06-01T00:00:00Z', '--url', url])).code).toBe(0);
    expect(JSON.parse((await cli(['sim', 'clock', 'freeze', '--url', url])).stdout)).toMatchObject({ mode: 'frozen' });
    await sim.clock.set('2026-06-01T00:00:00.000Z');
    const advanced = await cli(['sim', 'clock', 'advance', '2h', '--url', url]);
    expect(advanced.code).toBe(0);
    expect(JSON.parse(advanced.stdout)).toMatchObject({ mode: 'frozen', now: '2026-06-01T02:00:00.000Z', timersRun: 0 });
    const reset = await cli(['sim', 'reset', '--service', 'dkdn', '--url', url]);
    expect(JSON.parse(reset.stdout)).toMatchObject({ services: ['dkdn'] });
    expect((await sim.clock.get()).mode).toBe('frozen');
    await cli(['sim', 'reset', '--url', url]);
    expect((await sim.clock.get()).mode).toBe('real');
  });

  it('mistakes exit 1 with one line: a bad duration, a wrong admin token, a refused rule', async () => {
    const duration = await cli(['sim', 'clock', 'advance', 'soon', '--url', url]);
    expect(duration.code).toBe(1);
    expect(duration.stderr.trim()).toBe(
      'lgsp-sim sim: "soon" is not a duration; write it like 2h, 30m, 90s, 1h30m, 500ms or a number of milliseconds',
    );
    const token = await cli(['sim', 'reset', '--url', url, '--admin-token', 'wrong']);
    expect(token.code).toBe(1);
    expect(token.stderr.trim()).toMatch(/^lgsp-sim sim: POST \/sim\/reset → 401: /);
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify({ effect: { type: 'drop' }, probability: 3 }));
    const rule = await cli(['sim', 'scenario', 'add', file, '--url', url]);
    expect(rule.code).toBe(1);
    expect(rule.stderr.trim()).toBe('lgsp-sim sim: POST /sim/scenarios → 400: rules[0].probability must be <= 1');
  });

  it('no simulator at --url: one line saying it cannot be reached and why (the CLI), status 0 (SimControl)', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    const nowhere = `http://127.0.0.1:${port}`;

    const reset = await cli(['sim', 'reset', '--url', nowhere]);
    expect(reset.code).toBe(1);
    expect(reset.stderr).toBe(
      `lgsp-sim sim: POST /sim/reset: cannot reach the simulator at ${nowhere} (connect ECONNREFUSED 127.0.0.1:${port}); is it running there?\n`,
    );
    await expect(new SimControl({ baseUrl: nowhere }).clock.get()).rejects.toMatchObject({
      name: 'SimControlError',
      status: 0,
      message: expect.stringContaining(`cannot reach the simulator at ${nowhere}`),
    });
  });

  it('serve --scenarios FILE loads the rules at start; an invalid file stops the start with one clear line', async () => {
    const prefix = uniquePrefix('sim-cli-serve');
    const good = join(dir, 'start.yaml');
    writeFileSync(good, '- match: { nativePath: /apiCSDLDKDN/* }\n  effect: { type: error, status: 503, code: BUSY }\n');
    const proc = startCli(['serve', '--scenarios', good], { PORT: '0', REDIS_URL: TEST_REDIS_URL, REDIS_PREFIX: prefix });
    try {
      const [, served] = await proc.waitFor(/is up at (http:\/\/localhost:\d+)/);
      const rules = await new SimControl({ baseUrl: served }).scenarios.list();
      expect(rules).toMatchObject([{ id: 'start.yaml:1', effect: { type: 'error', status: 503, code: 'BUSY' } }]);
      proc.child.kill('SIGTERM');
      expect((await proc.exited).code).toBe(0);
    } finally {
      proc.child.kill('SIGKILL');
      await wipePrefix(prefix);
    }

    const bad = join(dir, 'broken.yaml');
    writeFileSync(bad, 'rules:\n  - effect: { type: explode }\n  - effect: { type: drop }\n    probability: 7\n');
    const failed = await cli(['serve', '--scenarios', bad], { PORT: '0', REDIS_URL: TEST_REDIS_URL, REDIS_PREFIX: prefix });
    await wipePrefix(prefix);
    expect(failed.code).toBe(1);
    expect(failed.stderr.trim().split('\n')).toEqual([
      `lgsp-sim: scenario file ${bad}: rules[0].effect.type must be one of "latency", "error", "timeout", "drop", "malformed", "duplicate"; rules[1].probability must be <= 1`,
    ]);
  });
});
