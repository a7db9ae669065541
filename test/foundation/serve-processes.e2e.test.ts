import { execFileSync } from 'node:child_process';
import { TEST_REDIS_URL, uniquePrefix, wipePrefix } from '../support/redis';
import { startCli } from '../support/process';

/** The node processes a primary forked (Linux `ps`; leaves out helpers such as tsx's esbuild). */
function childrenOf(pid: number): number[] {
  try {
    return execFileSync('ps', ['-o', 'pid=,comm=', '--ppid', String(pid)], { encoding: 'utf8' })
      .split('\n')
      .map((line) => line.trim().split(/\s+/))
      .filter(([, comm]) => comm === 'node')
      .map(([child]) => Number(child));
  } catch {
    return []; // ps exits 1 when there are none
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('lgsp-sim serve --processes (real processes)', () => {
  const prefix = uniquePrefix('processes');
  afterAll(() => wipePrefix(prefix));

  it('runs two gateway processes on one port that serve messages, and stops both on SIGTERM', async () => {
    const proc = startCli(['serve', '--processes', '2'], { PORT: '0', REDIS_URL: TEST_REDIS_URL, REDIS_PREFIX: prefix });
    try {
      const match = await proc.waitFor(/is up at (http:\/\/localhost:\d+)[\s\S]*is up at (http:\/\/localhost:\d+)/, 60_000);
      const [, url, second] = match;
      expect(second).toBe(url);
      expect(proc.stdout()).toContain('2 gateway processes on one port');
      const gateways = childrenOf(proc.child.pid as number);
      expect(gateways).toHaveLength(2);

      const tokenRes = await fetch(`${url}/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'grant_type=client_credentials&client_id=dev-client&client_secret=dev-secret',
      });
      const { access_token: token } = (await tokenRes.json()) as { access_token: string };
      for (let i = 0; i < 6; i++) {
        const res = await fetch(`${url}/api/v1/messages`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', prefer: 'wait=5' },
          body: JSON.stringify({ header: { messageId: `proc-${i}`, messageType: 'diag.echo', from: '000.00.00.H30' }, body: { echo: { i } } }),
        });
        expect(res.status).toBe(200);
      }

      proc.child.kill('SIGTERM');
      expect(await proc.exited).toEqual({ code: 0, signal: null });
      expect(gateways.filter(alive)).toEqual([]);
    } finally {
      proc.child.kill('SIGKILL');
    }
  });

  it('refuses a process count that is not a whole number or auto, with one line', async () => {
    const proc = startCli(['serve', '--processes', 'many'], { PORT: '0', REDIS_URL: TEST_REDIS_URL, REDIS_PREFIX: prefix });
    expect((await proc.exited).code).toBe(1);
    expect(proc.stderr()).toContain("option '--processes <n>' argument 'many' is invalid. must be a whole number from 1 to 256, or auto");
  });
});
