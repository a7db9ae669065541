import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { App } from '../../src/app/create-app';
import { isTerminal, type MessageRecord } from '../../src/core/message';
import { freePort, spawnRedisServer, type RedisServerProcess } from '../../src/store/redis-provider';
import { startCli } from '../support/process';
import { startTestApp, type TestApp } from '../support/test-app';
import { until } from '../support/until';

const FROM = '000.00.00.H30';

/**
 * Redis stays connected but stops answering (SIGSTOP: paused, swapping, stuck), then goes on. The
 * gateway gives each command up after REDIS_COMMAND_TIMEOUT_MS, so requests answer 503 instead of
 * hanging; and a message's record is written only while its request still waits, so when Redis
 * resumes and runs what it was sent meanwhile, nothing of a refused message appears.
 */
describe('Redis stalls and resumes', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lgsp-stall-'));
  let redis: RedisServerProcess;
  let t: TestApp;
  let app: App;
  let token = '';
  const http = () => t.http;
  const post = (messageId: string, body: Record<string, unknown>, prefer?: string) => {
    const req = http().post('/api/v1/messages').auth(token, { type: 'bearer' });
    return (prefer ? req.set('prefer', prefer) : req).send({ header: { messageId, messageType: 'diag.echo', from: FROM }, body });
  };
  const stored = (messageId: string): Promise<MessageRecord | undefined> => app.store.get({ from: FROM, messageId });

  beforeAll(async () => {
    redis = await spawnRedisServer({ port: await freePort(), dir });
    t = await startTestApp('stall', {}, { env: { REDIS_COMMAND_TIMEOUT_MS: '1000' }, workers: true, redisUrl: `redis://127.0.0.1:${redis.port}` });
    app = t.app;
    token = await t.token();
  });

  afterAll(async () => {
    redis?.resume();
    await t?.close();
    await redis?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('while Redis is paused, messages and reads answer 503 with Retry-After; once it resumes nothing of them was stored, and the same messageIds run once', async () => {
    expect((await post('before-stall', { echo: 0 }, 'wait=5')).status).toBe(200);
    // A token the process has just read, so the requests below find it in memory (for
    // TOKEN_CACHE_MS) and reach the steps that store, however slow the machine was so far.
    token = await t.token();
    expect((await http().get('/api/v1/messages/before-stall').auth(token, { type: 'bearer' })).status).toBe(200);

    redis.pause();
    const [async, sync, read] = await Promise.all([
      post('stalled-async', { echo: 1 }),
      post('stalled-sync', { echo: 2 }, 'wait=5'),
      http().get('/api/v1/messages/before-stall').auth(token, { type: 'bearer' }),
    ]);
    for (const res of [async, sync, read]) {
      expect(res.status).toBe(503);
      expect(res.headers['retry-after']).toBe('1');
      expect(res.body).toMatchObject({ type: 'urn:lgsp-sim:problem:unavailable', status: 503 });
    }
    expect(async.body.detail).toContain('not accepted');
    expect(sync.body.detail).toContain('nothing of the message was stored');
    expect(read.body.detail).toBe('Redis did not answer in time; try again shortly.');

    redis.resume();
    // A command sent on a connection is answered after everything sent on it before: once these
    // answer, Redis has run all that the paused requests sent it.
    await app.redis.ping();
    await app.delivery.bullQueues()[0]?.count();
    expect(await stored('stalled-async')).toBeUndefined();
    expect(await stored('stalled-sync')).toBeUndefined();
    expect(await app.store.findById('stalled-sync')).toEqual([]);

    const retried = await post('stalled-async', { echo: 1 });
    expect(retried.status).toBe(202);
    expect(retried.headers['idempotent-replayed']).toBeUndefined();
    const again = await post('stalled-sync', { echo: 2 }, 'wait=5');
    expect(again.status).toBe(200);
    expect(again.headers['idempotent-replayed']).toBeUndefined();
    expect(again.body).toMatchObject({ status: 'completed', response: { echo: 2 } });
    const record = await until('stalled-async to finish', async () => {
      const r = await stored('stalled-async');
      return r && isTerminal(r.status) ? r : undefined;
    });
    expect(record).toMatchObject({ status: 'completed', response: { echo: 1 } });
    expect(record.history.filter((h) => h.status === 'processing')).toHaveLength(1);
  });

  it('a worker process sent SIGTERM while Redis is paused exits 0 within its grace, not at the 30-second forced exit (code 1)', async () => {
    const worker = startCli(['worker'], {
      REDIS_URL: `redis://127.0.0.1:${redis.port}`,
      REDIS_PREFIX: 'stall-term',
      WORKER_SHUTDOWN_GRACE_MS: '500',
      // Not shorter: a start on a busy machine (TypeScript compiled as it loads) can hold the
      // event loop past a second, and the connection's first command would count as unanswered.
      REDIS_COMMAND_TIMEOUT_MS: '5000',
    });
    try {
      await worker.waitFor(/worker running/);
      redis.pause();
      worker.child.kill('SIGTERM');
      // Exit 0: it stopped by itself, not by the forced exit (code 1).
      expect(await worker.exited).toEqual({ code: 0, signal: null });
    } finally {
      redis.resume();
      worker.child.kill('SIGKILL');
    }
  });
});
