import { createServer, type AddressInfo } from 'node:net';
import { TEST_REDIS_URL, uniquePrefix, wipePrefix } from '../support/redis';
import { startCli } from '../support/process';

describe('lgsp-sim CLI (real processes)', () => {
  const prefix = uniquePrefix('cli');
  afterAll(() => wipePrefix(prefix));

  it('serve prints its URLs and the dev client, answers, and exits 0 on SIGTERM', async () => {
    const proc = startCli(['serve', '--with-workers'], { PORT: '0', REDIS_URL: TEST_REDIS_URL, REDIS_PREFIX: prefix });
    try {
      const [, url] = await proc.waitFor(/is up at (http:\/\/localhost:\d+)/);
      expect(proc.stdout()).toContain('dev client: id dev-client  secret dev-secret  agency 000.00.00.H30');
      expect(proc.stdout()).toContain('Bearer dev-admin');
      // Loopback unless HOST says otherwise, so the default admin token is no warning here.
      expect(proc.stdout()).toContain('listening:  127.0.0.1 (this machine only; HOST=0.0.0.0 opens it to others)');
      const live = await fetch(`${url}/livez`);
      expect(live.status).toBe(200);
      proc.child.kill('SIGTERM');
      expect(await proc.exited).toEqual({ code: 0, signal: null });
      expect(proc.stderr()).not.toContain('warning');
    } finally {
      proc.child.kill('SIGKILL');
    }
  });

  it('HOST beyond loopback with the default admin token: one warning line at start', async () => {
    const proc = startCli(['serve'], { PORT: '0', HOST: '0.0.0.0', REDIS_URL: TEST_REDIS_URL, REDIS_PREFIX: prefix });
    try {
      const [, url] = await proc.waitFor(/is up at (http:\/\/localhost:\d+)/);
      expect(proc.stdout()).toContain('listening:  0.0.0.0\n');
      expect((await fetch(`${url}/livez`)).status).toBe(200);
      proc.child.kill('SIGTERM');
      expect(await proc.exited).toEqual({ code: 0, signal: null });
      expect(proc.stderr()).toBe(
        'lgsp-sim: warning: ADMIN_TOKEN is the default "dev-admin" and the gateway listens on 0.0.0.0, reachable from other machines; set ADMIN_TOKEN to a secret\n',
      );
    } finally {
      proc.child.kill('SIGKILL');
    }
  });

  it('a port already in use stops serve with one clear line naming PORT, not a stack trace', async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '0.0.0.0', resolve));
    const { port } = taken.address() as AddressInfo;
    try {
      const proc = startCli(['serve', '--with-workers'], { PORT: String(port), REDIS_URL: TEST_REDIS_URL, REDIS_PREFIX: prefix });
      expect(await proc.exited).toEqual({ code: 1, signal: null });
      expect(proc.stderr()).toBe(`lgsp-sim: cannot listen on 127.0.0.1:${port}: the port is already in use; set PORT (or --port) to a free one\n`);
    } finally {
      await new Promise((resolve) => taken.close(resolve));
    }
  });

  it('a REDIS_URL where nothing answers stops the start with one line naming host, port and the reason', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    const proc = startCli(['worker'], { REDIS_URL: `redis://:s3cret@127.0.0.1:${port}`, REDIS_PREFIX: prefix });
    expect(await proc.exited).toEqual({ code: 1, signal: null });
    expect(proc.stderr()).toBe(`lgsp-sim: Redis at 127.0.0.1:${port} did not become ready within 5000 ms (connect ECONNREFUSED 127.0.0.1:${port})\n`);
  });

  it('a bad setting stops the process with one clear line naming the variable', async () => {
    const proc = startCli(['serve'], { PORT: 'eighty', REDIS_URL: TEST_REDIS_URL });
    const { code } = await proc.exited;
    expect(code).toBe(2);
    expect(proc.stderr().trim()).toBe('lgsp-sim: configuration error: PORT must be a whole number, got "eighty"');
  });
});
