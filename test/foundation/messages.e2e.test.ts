import { request as httpRequest } from 'node:http';
import { startTestApp, type TestApp } from '../support/test-app';
import { storedMessages } from '../support/stored';
import { statuses, waitForRecord } from '../delivery/delivery-helpers';

describe('POST /api/v1/messages through the one pipeline', () => {
  let t: TestApp;
  let token: string;
  let activeCode: string;
  let counter = 0;
  const nextId = (): string => `msg-${Date.now()}-${++counter}`;
  const lookup = (msdn: string, messageId = nextId(), from = '000.00.00.H30') => ({
    header: { messageId, messageType: 'dkdn.chiTietDoanhNghiep', from },
    body: { msdn },
  });

  beforeAll(async () => {
    t = await startTestApp('messages');
    token = await t.token();
    activeCode = t.app.reference.dataset.testPersons.activeEnterprise.id;
  });
  afterAll(() => t.close());

  const post = (body: unknown) =>
    t.http
      .post('/api/v1/messages')
      .auth(token, { type: 'bearer' })
      .set('prefer', 'wait=5')
      .send(body as object);

  async function expectNothingStored(): Promise<void> {
    const stored = await storedMessages(t.prefix);
    expect(stored.messageKeys.filter((k) => !k.includes(':msg:000.00.00.H30/ok-'))).toEqual([]);
    expect(stored.journalLength).toBe(0);
  }

  it('runs a lookup synchronously with Prefer: wait and answers the finished record', async () => {
    const res = await post(lookup(activeCode, 'ok-1'));
    expect(res.status).toBe(200);
    expect(res.headers['preference-applied']).toBe('wait=5');
    expect(res.body).toMatchObject({ messageId: 'ok-1', messageType: 'dkdn.chiTietDoanhNghiep', status: 'completed', attempts: 1 });
    expect(res.body.response.MainInformation.ENTERPRISE_GDT_CODE).toBe(activeCode);
    expect(res.body.history.map((h: { status: string }) => h.status)).toEqual(['processing', 'completed']);

    const stored = await t.http.get('/api/v1/messages/ok-1').auth(token, { type: 'bearer' });
    expect(stored.status).toBe(200);
    expect(stored.body.status).toBe('completed');
    expect(stored.body.response).toEqual(res.body.response);
    // The sync answer is the record as stored, field for field and in the same order.
    expect(JSON.stringify(stored.body)).toBe(JSON.stringify(res.body));
  });

  it('answers 202 processing when the wait runs out, and the handler still finishes the record', async () => {
    const res = await t.http
      .post('/api/v1/messages')
      .auth(token, { type: 'bearer' })
      .set('prefer', 'wait=1')
      .send({ header: { messageId: 'ok-slow', messageType: 'diag.echo', from: '000.00.00.H30' }, body: { echo: 'late', delayMs: 1500 } });
    expect(res.status).toBe(202);
    expect(res.headers['preference-applied']).toBe('wait=1');
    expect(res.body).toEqual({ messageId: 'ok-slow', status: 'processing', statusUrl: '/api/v1/messages/ok-slow' });
    const done = await waitForRecord(t, token, 'ok-slow', (record) => record.status === 'completed');
    expect(done.response).toMatchObject({ echo: 'late' });
    expect(statuses(done)).toEqual(['processing', 'completed']);
  });

  it('the same messageId with the same body returns the existing record; with another body, 409', async () => {
    const first = await post(lookup(activeCode, 'ok-2'));
    const again = await post(lookup(activeCode, 'ok-2'));
    expect(again.status).toBe(200);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body.history).toEqual(first.body.history);
    const other = t.app.reference.dataset.enterprises[0]?.code;
    const conflict = await post(lookup(other, 'ok-2'));
    expect(conflict.status).toBe(409);
    expect(conflict.body.type).toBe('urn:lgsp-sim:problem:conflict');
  });

  it('a business refusal (unknown enterprise) finishes the message as failed with its reason', async () => {
    const res = await post(lookup('0100109106', 'ok-3'));
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('failed');
    expect(res.body.error).toMatchObject({ type: 'business-rule', code: 'NOT_FOUND' });
  });

  it('another agency cannot read a message record', async () => {
    const otherToken = await t.token('motcua-h56', 'motcua-h56-secret');
    const res = await t.http.get('/api/v1/messages/ok-1').auth(otherToken, { type: 'bearer' });
    expect(res.status).toBe(404);
  });

  describe('bad input gets a clear answer and stores nothing', () => {
    beforeEach(async () => {
      await t.app.redis.del(`${t.prefix}:journal`);
    });

    it('malformed JSON → 400 problem+json', async () => {
      const res = await t.http.post('/api/v1/messages').auth(token, { type: 'bearer' }).set('content-type', 'application/json').send('{"header": ');
      expect(res.status).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.body).toMatchObject({ status: 400, type: 'urn:lgsp-sim:problem:bad-request', instance: '/api/v1/messages' });
      expect(res.body.detail).toMatch(/not valid JSON/);
      expect(res.body.errorId).toEqual(expect.any(String));
      expect(JSON.stringify(res.body)).not.toMatch(/at .*\.ts:\d+/);
      await expectNothingStored();
    });

    it('wrong content type → 415', async () => {
      const res = await t.http.post('/api/v1/messages').auth(token, { type: 'bearer' }).set('content-type', 'text/plain').send('hello');
      expect(res.status).toBe(415);
      expect(res.body.detail).toMatch(/application\/json/);
      await expectNothingStored();
    });

    it('body over the limit → 413', async () => {
      const small = await startTestApp('messages-limit', { bodyLimitBytes: 2048 });
      try {
        const smallToken = await small.token();
        const big = lookup(activeCode);
        (big.body as Record<string, unknown>).padding = 'x'.repeat(5000);
        const res = await small.http.post('/api/v1/messages').auth(smallToken, { type: 'bearer' }).send(big);
        expect(res.status).toBe(413);
        expect(res.body.detail).toMatch(/2048 bytes/);
        // Streamed without a Content-Length: cut off once the limit is passed, same answer.
        const { url } = await small.app.listen();
        const streamed = await new Promise<{ status: number; body: string }>((resolve, reject) => {
          const req = httpRequest(
            `${url}/api/v1/messages`,
            { method: 'POST', headers: { authorization: `Bearer ${smallToken}`, 'content-type': 'application/json' } },
            (answer) => {
              let text = '';
              answer.on('data', (d: Buffer) => (text += d.toString()));
              answer.on('end', () => resolve({ status: answer.statusCode ?? 0, body: text }));
            },
          );
          req.on('error', reject);
          for (let i = 0; i < 10; i++) req.write(JSON.stringify(big).slice(i * 600, (i + 1) * 600));
          req.end();
        });
        expect(streamed.status).toBe(413);
        expect(streamed.body).toMatch(/2048 bytes/);
        expect((await storedMessages(small.prefix)).messageKeys).toEqual([]);
      } finally {
        await small.close();
      }
    });

    it('schema violations → 400 listing every violation with its path in plain words', async () => {
      const res = await post({ header: { messageId: 'bad id!', messageType: 'dkdn.chiTietDoanhNghiep' }, body: { msdn: 'abc', extra: 1 } });
      expect(res.status).toBe(400);
      expect(res.body.type).toBe('urn:lgsp-sim:problem:validation');
      expect(res.body.errors).toEqual(
        expect.arrayContaining([
          { path: 'header.from', message: 'header.from is required' },
          { path: 'header.messageId', message: expect.stringMatching(/^header\.messageId must be written with letters, digits/) },
        ]),
      );
      const body = await post({
        header: { messageId: nextId(), messageType: 'dkdn.chiTietDoanhNghiep', from: '000.00.00.H30' },
        body: { msdn: 'abc', extra: 1 },
      });
      expect(body.status).toBe(400);
      expect(body.body.errors).toEqual(
        expect.arrayContaining([
          { path: 'body.extra', message: 'body.extra is not a known field' },
          { path: 'body.msdn', message: expect.stringMatching(/^body\.msdn must be written as 10 or 13 digits/) },
        ]),
      );
      await expectNothingStored();
    });

    it('an enterprise code with a wrong check digit → 400 naming the rule', async () => {
      const res = await post(lookup('4412345670'));
      expect(res.status).toBe(400);
      expect(res.body.errors[0]).toEqual({ path: 'body.msdn', message: expect.stringMatching(/InvalidChecksum/) });
      await expectNothingStored();
    });

    it('unknown messageType → 404', async () => {
      const res = await post({ header: { messageId: nextId(), messageType: 'dkdn.khongCo', from: '000.00.00.H30' }, body: {} });
      expect(res.status).toBe(404);
      expect(res.body.detail).toMatch(/Unknown messageType "dkdn.khongCo"/);
      await expectNothingStored();
    });

    it('missing, invalid or expired token → 401', async () => {
      const missing = await t.http.post('/api/v1/messages').send(lookup(activeCode));
      expect(missing.status).toBe(401);
      expect(missing.body.detail).toMatch(/Missing bearer token/);
      const invalid = await t.http.post('/api/v1/messages').auth('not-a-token', { type: 'bearer' }).send(lookup(activeCode));
      expect(invalid.status).toBe(401);
      expect(invalid.body.detail).toMatch(/unknown or has expired/);
      await expectNothingStored();
    });

    it('a service the client is not granted → 403', async () => {
      const justice = await t.token('tuphap-h44', 'tuphap-h44-secret');
      const res = await t.http
        .post('/api/v1/messages')
        .auth(justice, { type: 'bearer' })
        .set('prefer', 'wait=5')
        .send(lookup(activeCode, nextId(), '000.00.00.H44'));
      expect(res.status).toBe(403);
      expect(res.body.detail).toMatch(/no right to the service dkdn/);
      await expectNothingStored();
    });

    it('a from that is not the caller’s agency → 403', async () => {
      const res = await post(lookup(activeCode, nextId(), '000.00.00.H56'));
      expect(res.status).toBe(403);
      expect(res.body.detail).toMatch(/header.from is 000.00.00.H56/);
      await expectNothingStored();
    });

    it('a callbackUrl that is not http(s) or not allowed → 400', async () => {
      for (const callbackUrl of ['ftp://127.0.0.1/x', 'not a url', 'http://example.com/hook']) {
        const message = lookup(activeCode);
        const res = await post({ ...message, header: { ...message.header, callbackUrl } });
        expect(res.status).toBe(400);
        expect(res.body.errors[0].path).toBe('header.callbackUrl');
      }
      await expectNothingStored();
    });
  });
});
