import { createServer } from 'node:http';
import { createServer as createTcpServer, type AddressInfo } from 'node:net';
import type { Queue } from 'bullmq';
import type { Adapter } from '../../src/core/adapter';
import { verifyCallbackSignature } from '../../src/core/signature';
import { schemaId } from '../../src/schemas/load-schemas';
import { storedMessages } from '../support/stored';
import { startTestApp, type TestApp } from '../support/test-app';
import { startReceiver, waitForRecord } from './delivery-helpers';

/** A test backend whose handler sends a callback judged by a named verifier (as PayGov's IPN is). */
const ackAdapter: Adapter = {
  manifest: {
    service: 'acktest',
    name: 'Verifier test backend',
    description: 'Sends a notification that counts as delivered only when the receiver answers {"MaLoi":"00"}.',
    operations: [{ operation: 'notify', summary: 'notify', requestSchema: schemaId('diag/echo.request.json'), example: {} }],
    native: [],
    renderError: (error) => ({ status: error.status, body: { message: error.message } }),
  },
  handlers: {
    notify: async (message, context) => {
      await context.callbacks.send({
        id: `${context.messageId}:ipn`,
        service: 'acktest',
        url: (message.body as { echo: string }).echo,
        body: { MaThamChieu: context.messageId },
        signing: 'none',
        messageId: context.messageId,
        verifier: 'maLoi',
        kind: 'ipn',
      });
      return {};
    },
  },
  callbackVerifiers: {
    maLoi: async (reply) => {
      // A verifier with a bug: a reply it did not expect makes it throw.
      if ((reply.body as { boom?: boolean } | undefined)?.boom) throw new Error('verifier bug');
      const code = (reply.body as { MaLoi?: string } | undefined)?.MaLoi;
      return { accepted: code === '00', detail: `partner answered MaLoi ${code ?? '(none)'}` };
    },
  },
};

describe('callbacks through their own queue', () => {
  let t: TestApp;
  let token: string;
  let n = 0;
  const id = (label: string): string => `cb-${label}-${Date.now()}-${++n}`;
  /** An async message; without a callbackUrl, only an adapter's own callback (acktest.notify) calls back. */
  const send = (messageId: string, callbackUrl: string | undefined, body: Record<string, unknown> = { echo: 'hi' }, messageType = 'diag.echo') =>
    t.http
      .post('/api/v1/messages')
      .auth(token, { type: 'bearer' })
      .send({ header: { messageId, messageType, from: '000.00.00.H30', ...(callbackUrl ? { callbackUrl } : {}) }, body });
  const delivered = (r: Record<string, any>): boolean => (r.callbacks ?? []).some((c: { outcome: string }) => c.outcome !== 'retrying');

  beforeAll(async () => {
    t = await startTestApp(
      'callbacks',
      {},
      { env: { CALLBACK_BACKOFF_MS: '20', CALLBACK_ATTEMPTS: '3', CALLBACK_TIMEOUT_MS: '300' }, extraAdapters: [ackAdapter] },
    );
    await t.app.startWorkers();
    token = await t.token();
  });
  afterAll(() => t.close());

  it('POSTs the outcome signed with the client secret; a 5xx is retried and a 2xx ends it', async () => {
    const receiver = await startReceiver((count) => ({ status: count === 1 ? 503 : 200 }));
    try {
      const messageId = id('signed');
      expect((await send(messageId, receiver.url, { echo: { x: 1 } })).status).toBe(202);
      const [first, second] = await receiver.waitFor(2);
      expect(second?.body).toEqual({
        messageId,
        messageType: 'diag.echo',
        status: 'completed',
        response: { echo: { x: 1 }, processedAt: expect.any(String) },
      });
      expect(second?.raw).toBe(first?.raw);
      const signature = String(second?.headers['x-lgsp-signature']);
      expect(signature).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
      expect(verifyCallbackSignature(signature, second?.raw ?? '', 'dev-secret', Math.floor(Date.now() / 1000))).toBe(true);
      expect(verifyCallbackSignature(signature, second?.raw ?? '', 'wrong-secret', Math.floor(Date.now() / 1000))).toBe(false);
      expect(second?.headers['x-lgsp-attempt']).toBe('2');

      const record = await waitForRecord(t, token, messageId, delivered);
      expect(record.callbacks).toEqual([
        {
          at: expect.any(String),
          url: receiver.url,
          status: 503,
          outcome: 'retrying',
          detail: expect.stringMatching(/^attempt 1 of 3: receiver answered 503; next attempt in \d+ ms$/),
        },
        { at: expect.any(String), url: receiver.url, status: 200, outcome: 'delivered', detail: 'attempt 2: receiver answered 200' },
      ]);
      expect(receiver.received).toHaveLength(2);
    } finally {
      await receiver.close();
    }
  });

  it('a receiver that times out is retried; after the last attempt the callback is dead and can be redriven', async () => {
    let healthy = false;
    const receiver = await startReceiver(() => (healthy ? { status: 204 } : 'hang'));
    try {
      const messageId = id('timeout');
      await send(messageId, receiver.url);
      const dead = await waitForRecord(t, token, messageId, (r) => (r.callbacks ?? []).some((c: { outcome: string }) => c.outcome === 'dead'));
      expect(dead.status).toBe('completed');
      expect(dead.callbacks.map((c: { outcome: string }) => c.outcome)).toEqual(['retrying', 'retrying', 'dead']);
      expect(dead.callbacks[2].detail).toBe('attempt 3 of 3: no answer within 300 ms');

      const letters = await t.http.get('/api/v1/admin/dead-letters?service=diag').auth('dev-admin', { type: 'bearer' });
      expect(letters.body.items.find((d: { messageId: string }) => d.messageId === messageId)).toMatchObject({
        kind: 'callback',
        queue: 'cb-diag',
        attempts: 3,
      });

      healthy = true;
      const redrive = await t.http.post(`/api/v1/admin/dead-letters/${messageId}/redrive`).auth('dev-admin', { type: 'bearer' });
      expect(redrive.status).toBe(202);
      const record = await waitForRecord(t, token, messageId, (r) => r.callbacks.some((c: { outcome: string }) => c.outcome === 'delivered'));
      expect(record.callbacks.at(-1)).toMatchObject({ status: 204, outcome: 'delivered' });
      expect(record.history.map((h: { status: string }) => h.status)).toContain('redriven');
    } finally {
      await receiver.close();
    }
  });

  it('a receiver answering 200 with an endless body has the callback delivered at once; only the start of the body is read', async () => {
    let sent = 0;
    let hungUp!: () => void;
    const letGo = new Promise<void>((resolve) => (hungUp = resolve));
    const chunk = Buffer.alloc(64 * 1024, 'x');
    const server = createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        res.writeHead(200, { 'content-type': 'text/plain' });
        let open = true;
        res.on('close', () => ((open = false), hungUp()));
        const pump = (): void => {
          while (open && res.write(chunk)) sent += chunk.length;
          if (open) res.once('drain', pump);
        };
        pump();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const messageId = id('endless');
      expect((await send(messageId, `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`)).status).toBe(202);
      const record = await waitForRecord(t, token, messageId, delivered);
      // Delivered on the first answer that arrived (a try before it may have timed out on a cold start).
      expect(record.callbacks.filter((c: { status?: number }) => c.status !== undefined)).toEqual([
        {
          at: expect.any(String),
          url: expect.any(String),
          status: 200,
          outcome: 'delivered',
          detail: expect.stringMatching(/^attempt \d: receiver answered 200$/),
        },
      ]);
      // The simulator hung up instead of reading on: what the receiver got out is far below what a
      // worker would have held (64 MiB per callback before).
      await letGo;
      expect(sent).toBeLessThan(16 * 1024 * 1024);
    } finally {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  it('a receiver answering something that is not HTTP is retried, then dead, with that reason', async () => {
    const server = createTcpServer((socket) => {
      socket.on('error', () => undefined);
      socket.once('data', () => socket.end('HELLO THIS IS NOT HTTP\r\n\r\n'));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const messageId = id('not-http');
      expect((await send(messageId, `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`)).status).toBe(202);
      const record = await waitForRecord(t, token, messageId, delivered);
      expect(record.callbacks.at(-1)).toMatchObject({
        outcome: 'dead',
        detail: 'attempt 3 of 3: the answer is not valid HTTP (HPE_INVALID_CONSTANT)',
      });
      const letters = await t.app.delivery.queueAdmin.deadLetters({ service: 'diag' });
      expect(letters.find((d) => d.messageId === messageId)?.reason).toBe('attempt 3 of 3: the answer is not valid HTTP (HPE_INVALID_CONSTANT)');
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  it('a 4xx refusal fails at once, without retries, and is kept as a dead letter', async () => {
    const receiver = await startReceiver(() => ({ status: 400, body: { error: 'bad' } }));
    try {
      const messageId = id('refused');
      await send(messageId, receiver.url);
      const record = await waitForRecord(t, token, messageId, delivered);
      expect(record.callbacks).toEqual([
        { at: expect.any(String), url: receiver.url, status: 400, outcome: 'failed', detail: 'attempt 1: receiver answered 400; not retried' },
      ]);
      expect(receiver.received).toHaveLength(1);
      const letters = await t.app.delivery.queueAdmin.deadLetters({ service: 'diag' });
      expect(letters.find((d) => d.messageId === messageId)?.kind).toBe('callback');
    } finally {
      await receiver.close();
    }
  });

  it('a receiver answering a redirect to another host is not followed and not retried: a dead letter saying where it pointed', async () => {
    const server = createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        res.writeHead(302, { location: 'http://evil.example.com/steal' });
        res.end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const messageId = id('redirect');
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
      expect((await send(messageId, url)).status).toBe(202);
      const record = await waitForRecord(t, token, messageId, delivered);
      // The first answer that was a 302 ends it (a try before it may have timed out on a cold start).
      expect(record.callbacks.filter((c: { status?: number }) => c.status === 302)).toEqual([
        {
          at: expect.any(String),
          url,
          status: 302,
          outcome: 'failed',
          detail: expect.stringMatching(
            /^attempt \d: receiver answered 302 \(a redirect to http:\/\/evil\.example\.com\/steal, not followed\); not retried$/,
          ),
        },
      ]);
      expect(record.callbacks.at(-1).outcome).toBe('failed');
      const letters = await t.app.delivery.queueAdmin.deadLetters({ service: 'diag' });
      expect(letters.find((d) => d.messageId === messageId)).toMatchObject({ kind: 'callback', reason: expect.stringContaining('not followed') });
    } finally {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  it('a failed or dead message reports that outcome to its callbackUrl too', async () => {
    const receiver = await startReceiver();
    try {
      const messageId = id('failed');
      await send(messageId, receiver.url, { fail: 'permanent' });
      const [callback] = await receiver.waitFor(1);
      expect(callback?.body).toMatchObject({ messageId, status: 'failed', error: { code: 'DIAG_REFUSED' } });
    } finally {
      await receiver.close();
    }
  });

  it('an adapter’s named verifier judges the reply: not acknowledged → retried, acknowledged → delivered', async () => {
    const receiver = await startReceiver((count) => ({ status: 200, body: { MaLoi: count === 1 ? '99' : '00' } }));
    try {
      const messageId = id('verifier');
      const res = await send(messageId, undefined, { echo: receiver.url }, 'acktest.notify');
      expect(res.status).toBe(202);
      await receiver.waitFor(2);
      expect(receiver.received[0]?.headers['x-lgsp-signature']).toBeUndefined();
      const record = await waitForRecord(t, token, messageId, (r) => (r.callbacks ?? []).some((c: { outcome: string }) => c.outcome === 'delivered'));
      expect(record.callbacks.map((c: { outcome: string; detail: string }) => [c.outcome, c.detail.replace(/; next.*/, '')])).toEqual([
        ['retrying', 'attempt 1 of 3: partner answered MaLoi 99'],
        ['delivered', 'attempt 2: partner answered MaLoi 00'],
      ]);
    } finally {
      await receiver.close();
    }
  });

  it('a verifier that throws is a failed try: retried, then a dead letter with the reason on the record, never lost', async () => {
    const receiver = await startReceiver(() => ({ status: 200, body: { boom: true } }));
    try {
      const messageId = id('verifier-throws');
      const res = await send(messageId, undefined, { echo: receiver.url }, 'acktest.notify');
      expect(res.status).toBe(202);
      const record = await waitForRecord(t, token, messageId, (r) => (r.callbacks ?? []).some((c: { outcome: string }) => c.outcome === 'dead'));
      expect(record.callbacks.map((c: { outcome: string; detail: string }) => [c.outcome, c.detail.replace(/; next.*/, '')])).toEqual([
        ['retrying', 'attempt 1 of 3: the delivery failed unexpectedly: verifier bug'],
        ['retrying', 'attempt 2 of 3: the delivery failed unexpectedly: verifier bug'],
        ['dead', 'attempt 3 of 3: the delivery failed unexpectedly: verifier bug'],
      ]);
      expect(receiver.received).toHaveLength(3);
      const letters = await t.app.delivery.queueAdmin.deadLetters({ service: 'acktest' });
      expect(letters.find((d) => d.messageId === messageId)).toMatchObject({
        kind: 'callback',
        reason: 'attempt 3 of 3: the delivery failed unexpectedly: verifier bug',
      });
    } finally {
      await receiver.close();
    }
  });

  it('a message found finished when its job runs (the last worker stopped before queuing the callback) still gets its result callback, once', async () => {
    const receiver = await startReceiver();
    const queueNamed = (name: string): Queue => t.app.delivery.bullQueues().find((q) => q.name === name) as Queue;
    const queue = queueNamed('svc-diag');
    await queue.pause();
    try {
      const messageId = id('finished');
      const body = { echo: 'done before' };
      expect((await send(messageId, receiver.url, body)).status).toBe(202);
      // What a try that recorded its outcome and then died leaves behind: a completed record, a job still queued.
      const response = { ...body, processedAt: new Date().toISOString() };
      await t.app.store.update({ from: '000.00.00.H30', messageId }, { status: 'completed', response });
      await queue.resume();
      const [callback] = await receiver.waitFor(1);
      expect(callback?.body).toEqual({ messageId, messageType: 'diag.echo', status: 'completed', response });
      const record = await waitForRecord(t, token, messageId, delivered);
      // The handler did not run a second time: no new processing entry.
      expect(record.history.map((h: { status: string }) => h.status)).toEqual(['queued', 'completed']);

      // Another stray try of the same message queues the same callback job again: it is not added twice.
      const stray = await queue.add(
        'diag.echo',
        { message: { header: { messageId, messageType: 'diag.echo', from: '000.00.00.H30', callbackUrl: receiver.url }, body } },
        { jobId: `${messageId}-stray` },
      );
      while ((await stray.getState()) !== 'completed') await new Promise((resolve) => setImmediate(resolve));
      const callbackJobs = await queueNamed('cb-diag').getJobs(['waiting', 'active', 'delayed', 'completed', 'failed']);
      expect(callbackJobs.filter((job) => (job.data as { messageId?: string }).messageId === messageId)).toHaveLength(1);
      expect(receiver.received).toHaveLength(1);
    } finally {
      await queue.resume();
      await receiver.close();
    }
  });

  it('a callbackUrl outside CALLBACK_ALLOWED_HOSTS or not http(s) → 400, never called, nothing stored', async () => {
    for (const url of ['http://example.com/hook', 'ftp://127.0.0.1/hook', 'javascript:alert(1)']) {
      const messageId = id('refuse');
      const res = await send(messageId, url);
      expect(res.status).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.body.errors[0].path).toBe('header.callbackUrl');
      const stored = await storedMessages(t.prefix);
      expect(stored.messageKeys.filter((k) => k.includes(messageId))).toEqual([]);
    }
  });
});
