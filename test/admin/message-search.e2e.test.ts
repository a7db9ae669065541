import Redis from 'ioredis';
import { RedisKeys } from '../../src/store/keys';
import { TEST_REDIS_URL } from '../support/redis';
import { startTestApp, type TestApp } from '../support/test-app';

/** The overview's search box: by messageId, correlationId or sender, then the full record. */
describe('admin message search', () => {
  let t: TestApp;
  let token: string;
  let otherToken: string;
  let redis: Redis;
  const admin = { type: 'bearer' as const };

  const send = async (messageId: string, correlationId: string | undefined, as: 'dev' | 'other' = 'dev') => {
    const from = as === 'dev' ? t.config.devClient.agency : '000.00.00.H56';
    const res = await t.http
      .post('/api/v1/messages')
      .auth(as === 'dev' ? token : otherToken, { type: 'bearer' })
      .set('prefer', 'wait=5')
      .send({
        header: { messageId, messageType: 'dkdn.chiTietDoanhNghiep', from, ...(correlationId ? { correlationId } : {}) },
        body: { msdn: t.app.reference.dataset.testPersons.activeEnterprise.id },
      });
    expect(res.status).toBe(200);
  };

  beforeAll(async () => {
    t = await startTestApp('admin-search');
    redis = new Redis(TEST_REDIS_URL);
    token = await t.token();
    otherToken = await t.token('motcua-h56', 'motcua-h56-secret');
    await send('search-a1', 'case-42');
    await send('search-a2', 'case-42');
    await send('search-b1', 'case-7');
    await send('search-c1', undefined, 'other');
  });
  afterAll(async () => {
    redis.disconnect();
    await t.close();
  });

  const search = (q: string) => t.http.get('/api/v1/admin/messages').query({ q }).auth('dev-admin', admin);

  it('finds a message by its messageId', async () => {
    const res = await search('search-b1');
    expect(res.status).toBe(200);
    expect(res.body.results).toEqual([
      expect.objectContaining({ messageId: 'search-b1', matchedBy: 'messageId', status: 'completed', correlationId: 'case-7' }),
    ]);
  });

  it('finds every message of a correlationId, newest first', async () => {
    const res = await search('case-42');
    expect(res.body.results.map((r: { messageId: string }) => r.messageId)).toEqual(['search-a2', 'search-a1']);
    expect(res.body.results[0].matchedBy).toBe('correlationId');
  });

  it('finds the messages of a sender agency', async () => {
    const other = await search('000.00.00.H56');
    const mine = await search(t.config.devClient.agency);
    expect(other.body.results.map((r: { messageId: string }) => r.messageId)).toEqual(['search-c1']);
    expect(mine.body.results.map((r: { messageId: string }) => r.messageId).sort()).toEqual(['search-a1', 'search-a2', 'search-b1']);
  });

  it('opens the full record with its history, body and response', async () => {
    const res = await t.http.get('/api/v1/admin/messages/search-a1').auth('dev-admin', admin);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ messageId: 'search-a1', from: t.config.devClient.agency, correlationId: 'case-42', status: 'completed' });
    expect(res.body.history.map((h: { status: string }) => h.status)).toEqual(['processing', 'completed']);
    expect(res.body.body).toEqual({ msdn: t.app.reference.dataset.testPersons.activeEnterprise.id });
    expect(res.body.response).toBeDefined();
  });

  it('answers an empty list for something unknown, and 404 for an unknown record', async () => {
    expect((await search('nothing-like-this')).body.results).toEqual([]);
    const res = await t.http.get('/api/v1/admin/messages/nothing-like-this').auth('dev-admin', admin);
    expect(res.status).toBe(404);
    expect(res.headers['content-type']).toContain('application/problem+json');
  });

  it('refuses a missing, blank or overlong query with 400, and stores nothing', async () => {
    // The per-minute throughput buckets are written by the workers a second after a message ends,
    // on their own clock; what a refused search must not leave is anything else.
    const storedKeys = async () => (await redis.keys(`${t.prefix}:*`)).filter((key) => !key.includes(':admin:minute:')).sort();
    const keysBefore = await storedKeys();
    for (const query of [undefined, '   ', 'x'.repeat(201)]) {
      const req = t.http.get('/api/v1/admin/messages').auth('dev-admin', admin);
      const res = query === undefined ? await req : await req.query({ q: query });
      expect({ query: query?.slice(0, 5), status: res.status }).toEqual({ query: query?.slice(0, 5), status: 400 });
      expect(res.body.errors).toEqual([expect.objectContaining({ path: 'q' })]);
    }
    const repeated = await t.http.get('/api/v1/admin/messages?q=a&q=b').auth('dev-admin', admin);
    expect(repeated.status).toBe(400);
    expect(await storedKeys()).toEqual(keysBefore);
  });

  it('needs the admin credential', async () => {
    expect((await t.http.get('/api/v1/admin/messages?q=search-a1')).status).toBe(401);
    expect((await t.http.get('/api/v1/admin/messages?q=search-a1').auth(token, { type: 'bearer' })).status).toBe(401);
  });

  it('the store drops index entries of records that expired', async () => {
    const keys = new RedisKeys(t.prefix);
    const expired = { from: '000.00.00.H30', messageId: 'search-b1' };
    await redis.del(keys.message(expired), keys.messageHistory(expired));
    expect((await search('case-7')).body.results).toEqual([]);
    expect(await redis.zcard(`${t.prefix}:msgidx:corr:case-7`)).toBe(0);
  });
});
