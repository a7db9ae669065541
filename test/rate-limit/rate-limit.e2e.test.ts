import type { Response } from 'supertest';
import { storedMessages } from '../support/stored';
import { startTestApp, type TestApp } from '../support/test-app';

/** More requests than any one-second window can hold, so the loop below always meets the limit. */
const MAX_ATTEMPTS = 50;

/**
 * Sends requests one after another until one is refused (bounded). Returns the refused answer, the
 * index of the refused request and how many went through before it.
 */
async function untilRefused(send: (attempt: number) => Promise<Response>): Promise<{ refused: Response; attempt: number; accepted: number }> {
  let accepted = 0;
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const res = await send(attempt);
    if (res.status === 429) return { refused: res, attempt, accepted };
    expect(res.status).toBeLessThan(300);
    accepted++;
  }
  throw new Error(`no 429 after ${MAX_ATTEMPTS} requests`);
}

function expectRetryAfter(res: Response): void {
  expect(res.headers['retry-after']).toMatch(/^[1-9]\d*$/);
}

describe('rate limiting per client (RATE_LIMIT_PER_SECOND=2)', () => {
  let t: TestApp;
  let devToken: string;
  let otherToken: string;
  let msdn: string;

  beforeAll(async () => {
    t = await startTestApp('rate-limit', { rateLimitPerSecond: 2 });
    devToken = await t.token();
    otherToken = await t.token('motcua-h56', 'motcua-h56-secret');
    msdn = t.app.reference.dataset.testPersons.activeEnterprise.id;
  });
  afterAll(() => t.close());

  // Each test starts with full budgets.
  beforeEach(async () => {
    const keys = await t.app.redis.keys(`${t.prefix}:ratelimit*`);
    if (keys.length) await t.app.redis.del(...keys);
  });

  const lookup = (messageId: string, token = devToken, from = t.config.devClient.agency) =>
    t.http
      .post('/api/v1/messages')
      .auth(token, { type: 'bearer' })
      .send({ header: { messageId, messageType: 'dkdn.chiTietDoanhNghiep', from }, body: { msdn } });

  it('the unified API answers 429 problem+json with Retry-After, and stores nothing for the refused message', async () => {
    const { refused, attempt } = await untilRefused((i) => lookup(`rl-unified-${i}`));
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    expectRetryAfter(refused);
    expect(refused.body).toMatchObject({
      type: 'urn:lgsp-sim:problem:too-many-requests',
      title: 'Too many requests',
      status: 429,
      detail: expect.stringMatching(/dev-client is over its limit of 2 requests per second; retry in \d+ s/),
      instance: '/api/v1/messages',
    });
    const { messageKeys } = await storedMessages(t.prefix);
    expect(messageKeys.some((key) => key.endsWith(`/rl-unified-${attempt}`))).toBe(false);
    expect(messageKeys.some((key) => key.endsWith('/rl-unified-0'))).toBe(true);
  });

  it('polling a message record counts against the same budget', async () => {
    await lookup('rl-poll').expect(202);
    const { refused } = await untilRefused(() => t.http.get('/api/v1/messages/rl-poll').auth(devToken, { type: 'bearer' }));
    expectRetryAfter(refused);
    expect(refused.body.status).toBe(429);
  });

  it('a second client is not affected by the first one’s exhausted budget', async () => {
    await untilRefused((i) => lookup(`rl-first-${i}`));
    const res = await lookup('rl-second-client', otherToken, '000.00.00.H56');
    expect(res.status).toBe(202);
  });

  it('a native path answers 429 in the backend’s envelope with Retry-After, and journals nothing for it', async () => {
    let journalBefore = 0;
    const { refused } = await untilRefused(async () => {
      journalBefore = (await storedMessages(t.prefix)).journalLength;
      return t.http.get(`/apiCSDLDKDN/chiTietDoanhNghiep?msdn=${msdn}`).auth(devToken, { type: 'bearer' });
    });
    expectRetryAfter(refused);
    expect(refused.body).toEqual({
      MainInformation: null,
      DataCount: 0,
      Status: '0',
      Message: expect.stringMatching(/over its limit of 2 requests per second/),
    });
    expect((await storedMessages(t.prefix)).journalLength).toBe(journalBefore);
  });

  it('another backend’s native path uses that backend’s envelope (dmdc)', async () => {
    const { refused } = await untilRefused(() => t.http.get('/dmdc/Category/magioitinh').auth(devToken, { type: 'bearer' }));
    expectRetryAfter(refused);
    expect(refused.body).toEqual({ MSG: expect.stringMatching(/over its limit/), Count: 0 });
  });

  it('authentication comes first: no token is still 401, not 429', async () => {
    await untilRefused((i) => lookup(`rl-auth-${i}`));
    const res = await t.http.post('/api/v1/messages').send({});
    expect(res.status).toBe(401);
  });

  it('/token and the catalogue are not limited', async () => {
    await untilRefused((i) => lookup(`rl-open-${i}`));
    await t.http.get('/api/v1/services').expect(200);
    await t.token();
  });
});

describe('rate limiting with a burst (RATE_LIMIT_PER_SECOND=1, RATE_LIMIT_BURST=2)', () => {
  let t: TestApp;
  let token: string;

  beforeAll(async () => {
    t = await startTestApp('rate-limit-burst', { rateLimitPerSecond: 1, rateLimitBurst: 2 });
    token = await t.token();
  });
  afterAll(() => t.close());

  it('lets a client go the burst above its rate, then refuses with Retry-After', async () => {
    const { refused, accepted } = await untilRefused(() => t.http.get('/dmdc/Metadata/magioitinh').auth(token, { type: 'bearer' }));
    // One from the per-second budget and two from the burst, at the least.
    expect(accepted).toBeGreaterThanOrEqual(3);
    expectRetryAfter(refused);
  });
});
