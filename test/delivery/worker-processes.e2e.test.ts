import { connect } from 'node:net';
import { startCli, type RunningProcess } from '../support/process';
import { TEST_REDIS_URL, uniquePrefix, wipePrefix } from '../support/redis';
import { startReceiver } from './delivery-helpers';

/** Real gateway and worker processes sharing one Redis; short locks so a dead worker is noticed quickly. */
describe('worker processes (real processes, one Redis)', () => {
  const prefix = uniquePrefix('workers');
  const env = {
    REDIS_URL: TEST_REDIS_URL,
    REDIS_PREFIX: prefix,
    PORT: '0',
    WORKER_LOCK_DURATION_MS: '1000',
    WORKER_STALLED_INTERVAL_MS: '500',
  };
  const started: RunningProcess[] = [];
  let gateway: RunningProcess;
  let url = '';
  let token = '';
  const start = (args: string[], extraEnv: Record<string, string> = {}): RunningProcess => {
    const proc = startCli(args, { ...env, ...extraEnv });
    started.push(proc);
    return proc;
  };
  const startWorker = async (extraEnv: Record<string, string> = {}): Promise<RunningProcess> => {
    const worker = startCli(['worker'], { ...env, ...extraEnv });
    started.push(worker);
    await worker.waitFor(/worker running/);
    return worker;
  };
  const submit = async (messageId: string, body: Record<string, unknown>, callbackUrl?: string): Promise<number> => {
    const res = await fetch(`${url}/api/v1/messages`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ header: { messageId, messageType: 'diag.echo', from: '000.00.00.H30', ...(callbackUrl ? { callbackUrl } : {}) }, body }),
    });
    return res.status;
  };
  const recordOf = async (messageId: string): Promise<Record<string, any>> => {
    const res = await fetch(`${url}/api/v1/messages/${messageId}`, { headers: { authorization: `Bearer ${token}` } });
    return (await res.json()) as Record<string, any>;
  };
  const waitUntil = async (messageId: string, done: (r: Record<string, any>) => boolean, timeoutMs = 30000): Promise<Record<string, any>> => {
    const deadline = Date.now() + timeoutMs;
    let last: Record<string, any> = {};
    while (Date.now() < deadline) {
      last = await recordOf(messageId);
      if (done(last)) return last;
    }
    throw new Error(`${messageId} never got there: ${JSON.stringify(last)}`);
  };

  beforeAll(async () => {
    gateway = start(['serve']);
    [, url = ''] = await gateway.waitFor(/is up at (http:\/\/localhost:\d+)/);
    const res = await fetch(`${url}/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'grant_type=client_credentials&client_id=dev-client&client_secret=dev-secret',
    });
    token = ((await res.json()) as { access_token: string }).access_token;
  });

  afterAll(async () => {
    for (const proc of started) proc.child.kill('SIGKILL');
    await Promise.all(started.map((p) => p.exited));
    await wipePrefix(prefix);
  });

  it('a worker killed with SIGKILL mid-job loses nothing: another worker recovers the stalled job and completes it', async () => {
    const a = await startWorker();
    const messageId = `kill-${Date.now()}`;
    expect(await submit(messageId, { delayMs: 1500, echo: 'survived' })).toBe(202);
    await waitUntil(messageId, (r) => r.status === 'processing');
    a.child.kill('SIGKILL');
    expect((await a.exited).signal).toBe('SIGKILL');

    const b = await startWorker();
    const record = await waitUntil(messageId, (r) => r.status === 'completed');
    expect(record.response).toMatchObject({ echo: 'survived' });
    const processing = record.history.filter((h: { status: string }) => h.status === 'processing');
    expect(processing).toHaveLength(2);
    expect(processing[1].detail).toMatch(/recovered after a worker stopped mid-job/);

    b.child.kill('SIGTERM');
    expect(await b.exited).toEqual({ code: 0, signal: null });
  });

  it('on SIGTERM a worker stops taking work, finishes its running job and exits 0', async () => {
    const worker = await startWorker();
    const messageId = `term-${Date.now()}`;
    expect(await submit(messageId, { delayMs: 1500 })).toBe(202);
    await waitUntil(messageId, (r) => r.status === 'processing');
    worker.child.kill('SIGTERM');
    expect(await worker.exited).toEqual({ code: 0, signal: null });
    expect((await recordOf(messageId)).status).toBe('completed');

    // Taken no more work after the signal: a message sent now waits for the next worker.
    const later = `after-${Date.now()}`;
    expect(await submit(later, {})).toBe(202);
    expect((await recordOf(later)).status).toBe('queued');
    const next = await startWorker();
    await waitUntil(later, (r) => r.status === 'completed');
    next.child.kill('SIGTERM');
    expect(await next.exited).toEqual({ code: 0, signal: null });
  });

  it('on SIGTERM a job that outlasts WORKER_SHUTDOWN_GRACE_MS is let go: the worker exits 0 and another one completes the job', async () => {
    const worker = await startWorker({ WORKER_SHUTDOWN_GRACE_MS: '200' });
    const messageId = `grace-${Date.now()}`;
    expect(await submit(messageId, { delayMs: 2000, echo: 'let go' })).toBe(202);
    await waitUntil(messageId, (r) => r.status === 'processing');
    worker.child.kill('SIGTERM');
    expect(await worker.exited).toEqual({ code: 0, signal: null });
    expect(worker.stdout() + worker.stderr()).toMatch(/jobs still running after the shutdown grace/);

    const next = await startWorker();
    const record = await waitUntil(messageId, (r) => r.status === 'completed');
    expect(record.response).toMatchObject({ echo: 'let go' });
    next.child.kill('SIGTERM');
    expect(await next.exited).toEqual({ code: 0, signal: null });
  });

  it('a job whose workers keep dying is a poison message: dead, with a dead letter saying why, never run again', async () => {
    const poisonEnv = { WORKER_MAX_STALLED: '0' };
    const a = await startWorker(poisonEnv);
    const messageId = `poison-${Date.now()}`;
    expect(await submit(messageId, { delayMs: 1500 })).toBe(202);
    await waitUntil(messageId, (r) => r.status === 'processing');
    a.child.kill('SIGKILL');
    await a.exited;

    const b = await startWorker(poisonEnv);
    const record = await waitUntil(messageId, (r) => r.status === 'dead');
    expect(record.error.message).toMatch(/its worker stopped mid-job 1 time \(more than WORKER_MAX_STALLED=0\); treated as a poison message/);
    // It was not run a second time: one processing entry, from the worker that died.
    expect(record.history.filter((h: { status: string }) => h.status === 'processing')).toHaveLength(1);
    const letters = await fetch(`${url}/api/v1/admin/dead-letters?service=diag`, { headers: { authorization: 'Bearer dev-admin' } });
    const items = ((await letters.json()) as { items: { messageId: string; reason: string }[] }).items;
    expect(items.find((d) => d.messageId === messageId)?.reason).toMatch(/poison message/);
    b.child.kill('SIGTERM');
    expect(await b.exited).toEqual({ code: 0, signal: null });
  });

  it('a callback whose workers keep dying mid-delivery is a dead letter with the reason on the record, never lost', async () => {
    const poisonEnv = { WORKER_MAX_STALLED: '0', CALLBACK_TIMEOUT_MS: '20000' };
    const receiver = await startReceiver(() => 'hang');
    try {
      const a = await startWorker(poisonEnv);
      const messageId = `poison-cb-${Date.now()}`;
      expect(await submit(messageId, { echo: 'done' }, receiver.url)).toBe(202);
      // The worker is killed while the receiver holds its POST open.
      await receiver.waitFor(1);
      a.child.kill('SIGKILL');
      await a.exited;

      const b = await startWorker(poisonEnv);
      const record = await waitUntil(messageId, (r) => (r.callbacks ?? []).length > 0);
      expect(record.status).toBe('completed');
      expect(record.callbacks).toEqual([
        {
          at: expect.any(String),
          url: receiver.url,
          outcome: 'dead',
          detail: 'its worker stopped mid-delivery 1 time (more than WORKER_MAX_STALLED=0); not sent again',
        },
      ]);
      const letters = await fetch(`${url}/api/v1/admin/dead-letters?service=diag`, { headers: { authorization: 'Bearer dev-admin' } });
      const items = ((await letters.json()) as { items: { messageId: string; kind: string; reason: string }[] }).items;
      expect(items.find((d) => d.messageId === messageId && d.kind === 'callback')?.reason).toMatch(/stopped mid-delivery 1 time/);
      expect(receiver.received).toHaveLength(1);
      b.child.kill('SIGTERM');
      expect(await b.exited).toEqual({ code: 0, signal: null });
    } finally {
      await receiver.close();
    }
  });

  it('a gateway sent SIGTERM while keep-alive clients keep sending exits 0 at once; every 202 it gave completes', async () => {
    const busy = start(['serve']);
    const [, busyUrl = ''] = await busy.waitFor(/is up at (http:\/\/localhost:\d+)/);
    const worker = await startWorker();
    let exited = false;
    void busy.exited.then(() => (exited = true));
    const accepted: string[] = [];
    let sent = 0;
    let firstAnswers!: () => void;
    const answering = new Promise<void>((resolve) => (firstAnswers = resolve));
    // Clients on kept-alive connections (fetch keeps them) that send until the gateway is gone.
    const client = async (n: number): Promise<void> => {
      for (let i = 0; !exited; i++) {
        const messageId = `burst-${n}-${i}-${Date.now()}`;
        sent++;
        const res = await fetch(`${busyUrl}/api/v1/messages`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body: JSON.stringify({ header: { messageId, messageType: 'diag.echo', from: '000.00.00.H30' }, body: { echo: i } }),
        }).catch(() => undefined);
        if (res?.status === 202) accepted.push(messageId);
        if (sent >= 50) firstAnswers();
      }
    };
    const clients = Promise.all([1, 2, 3, 4, 5].map(client));
    await answering;
    busy.child.kill('SIGTERM');
    // Exit 0: it stopped by itself, never by the 30-second forced exit (code 1).
    expect(await busy.exited).toEqual({ code: 0, signal: null });
    await clients;
    expect(accepted.length).toBeGreaterThan(0);
    for (const messageId of accepted) expect((await waitUntil(messageId, (r) => r.status === 'completed')).status).toBe('completed');
    worker.child.kill('SIGTERM');
    expect(await worker.exited).toEqual({ code: 0, signal: null });
  });

  it('on SIGTERM a request waiting with Prefer: wait is answered 202 at once and the gateway exits 0', async () => {
    const waiting = start(['serve']);
    const [, waitingUrl = ''] = await waiting.waitFor(/is up at (http:\/\/localhost:\d+)/);
    const messageId = `prefer-wait-${Date.now()}`;
    const answer = fetch(`${waitingUrl}/api/v1/messages`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', prefer: 'wait=60' },
      body: JSON.stringify({ header: { messageId, messageType: 'diag.echo', from: '000.00.00.H30' }, body: { delayMs: 50000 } }),
    });
    await waitUntil(messageId, (r) => r.status === 'processing');
    waiting.child.kill('SIGTERM');
    const res = await answer;
    expect(res.status).toBe(202);
    expect(await res.json()).toEqual({ messageId, status: 'processing', statusUrl: `/api/v1/messages/${messageId}` });
    // Exit 0, not the 30-second forced exit (code 1): the wait did not hold the process.
    expect(await waiting.exited).toEqual({ code: 0, signal: null });
  });

  it('on SIGTERM a request that never ends (a body sent a byte at a time) is cut after WORKER_SHUTDOWN_GRACE_MS; the gateway exits 0', async () => {
    const slow = start(['serve'], { WORKER_SHUTDOWN_GRACE_MS: '500' });
    const [, slowUrl = ''] = await slow.waitFor(/is up at (http:\/\/localhost:\d+)/);
    const socket = connect(Number(new URL(slowUrl).port), '127.0.0.1');
    socket.on('error', () => undefined);
    const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
    const answered = new Promise<string>((resolve) => socket.once('data', (chunk: Buffer) => resolve(chunk.toString())));
    socket.write('POST /api/v1/messages HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{');
    const drip = setInterval(() => socket.write(' '), 100);
    try {
      // Refused before its body is read (no token), yet the body keeps the request open.
      expect(await answered).toMatch(/^HTTP\/1\.1 401 /);
      slow.child.kill('SIGTERM');
      expect(await slow.exited).toEqual({ code: 0, signal: null });
      expect(slow.stdout() + slow.stderr()).toMatch(/requests still running after the shutdown grace/);
      await closed;
    } finally {
      clearInterval(drip);
      socket.destroy();
    }
  });

  it('the gateway exits 0 on SIGTERM', async () => {
    gateway.child.kill('SIGTERM');
    expect(await gateway.exited).toEqual({ code: 0, signal: null });
  });
});
