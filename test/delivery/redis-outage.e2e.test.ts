import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { createApp, type App } from '../../src/app/create-app';
import { loadConfig } from '../../src/config/config';

/** A free TCP port on loopback. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** A redis-server of this test's own, persisting to `dir` so a restart keeps the queued work. */
async function startRedis(port: number, dir: string): Promise<ChildProcess> {
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--appendonly', 'yes', '--save', ''], { stdio: ['ignore', 'pipe', 'pipe'] });
  await new Promise<void>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('Ready to accept connections')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`redis-server exited (${code}): ${out}`)));
  });
  return child;
}

async function stopRedis(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

describe('Redis goes away and comes back', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lgsp-outage-'));
  let port = 0;
  let redis: ChildProcess;
  let app: App;
  let token = '';
  const http = () => request(app.http);
  const message = (messageId: string, body: Record<string, unknown> = {}) => ({ header: { messageId, messageType: 'diag.echo', from: '000.00.00.H30' }, body });
  const post = (messageId: string, body: Record<string, unknown> = {}) => http().post('/api/v1/messages').auth(token, { type: 'bearer' }).send(message(messageId, body));
  const statusOf = async (messageId: string): Promise<number> => (await http().get(`/api/v1/messages/${messageId}`).auth(token, { type: 'bearer' })).status;
  const waitCompleted = async (messageId: string): Promise<void> => {
    for (let i = 0; i < 2000; i += 1) {
      const res = await http().get(`/api/v1/messages/${messageId}`).auth(token, { type: 'bearer' });
      if (res.body.status === 'completed') return;
    }
    throw new Error(`${messageId} did not complete`);
  };

  beforeAll(async () => {
    port = await freePort();
    redis = await startRedis(port, dir);
    const config = loadConfig({ LOG_FORMAT: 'json' }, { port: 0, host: '127.0.0.1', redisPrefix: 'outage' });
    app = await createApp(config, { redisUrl: `redis://127.0.0.1:${port}` });
    await app.startWorkers();
    const res = await http().post('/token').type('form').send({ grant_type: 'client_credentials', client_id: 'dev-client', client_secret: 'dev-secret' });
    token = res.body.access_token as string;
  });

  afterAll(async () => {
    await app?.close();
    await stopRedis(redis);
    rmSync(dir, { recursive: true, force: true });
  });

  it('while Redis is down, a POST answers 503 problem+json at once and nothing is accepted; when it is back, gateway and workers carry on without a restart', async () => {
    expect((await post('before-outage')).status).toBe(202);
    await waitCompleted('before-outage');

    await stopRedis(redis);
    for (const [messageId, prefer] of [['during-1', undefined], ['during-2', 'wait=5']] as const) {
      const req = post(messageId);
      const res = prefer ? await req.set('prefer', prefer) : await req;
      expect(res.status).toBe(503);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.headers['retry-after']).toBe('1');
      expect(res.body).toMatchObject({ type: 'urn:lgsp-sim:problem:unavailable', status: 503 });
    }
    const ready = await http().get('/readyz');
    expect(ready.status).toBe(503);

    redis = await startRedis(port, dir);
    // The connections come back on their own; until then the answer stays a fast 503, never a 202 for nothing.
    let accepted = 503;
    for (let i = 0; i < 500 && accepted !== 202; i += 1) {
      accepted = (await post('after-outage', { echo: 'back' })).status;
      expect([202, 503]).toContain(accepted);
    }
    expect(accepted).toBe(202);
    await waitCompleted('after-outage');
    expect(await statusOf('during-1')).toBe(404);
    expect(await statusOf('during-2')).toBe(404);
    expect(await statusOf('before-outage')).toBe(200);
  });
});
