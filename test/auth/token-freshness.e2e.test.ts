import Redis from 'ioredis';
import request from 'supertest';
import { createApp, type App } from '../../src/app/create-app';
import { TEST_REDIS_URL } from '../support/redis';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * Two gateway processes on one prefix, each answering tokens from its own memory: a token revoked
 * through one, wiped from Redis or expired is refused by the other on its very next message, with
 * no wait for its cache, because the token rides along with the record's own step. (A changed clock
 * or scenario reaches the other process the same way: test/sim/next-message-freshness.e2e.test.ts.)
 */
describe('a token that no longer stands is refused on the next request in every process', () => {
  let t: TestApp;
  let other: App;
  let redis: Redis;
  let n = 0;

  const message = () => ({ header: { messageId: `tok-${++n}`, messageType: 'diag.echo', from: t.config.devClient.agency }, body: { echo: n } });
  const syncMessage = (app: App, token: string) =>
    request(app.http).post('/api/v1/messages').auth(token, { type: 'bearer' }).set('prefer', 'wait=5').send(message());
  const asyncMessage = (app: App, token: string) => request(app.http).post('/api/v1/messages').auth(token, { type: 'bearer' }).send(message());
  const nativeLookup = (app: App, token: string) =>
    request(app.http)
      .get('/apiCSDLDKDN/chiTietDoanhNghiep')
      .query({ msdn: app.reference.dataset.testPersons.activeEnterprise.id })
      .auth(token, { type: 'bearer' });
  const revoke = (app: App, token: string, client = { id: t.config.devClient.id, secret: t.config.devClient.secret }) =>
    request(app.http).post('/revoke').auth(client.id, client.secret).type('form').send({ token });
  /** A fresh token that `other` has used once, so it sits in other's memory. */
  const cachedByOther = async (): Promise<string> => {
    const token = await t.token();
    expect((await syncMessage(other, token)).status).toBe(200);
    expect((await nativeLookup(other, token)).status).toBe(200);
    return token;
  };

  beforeAll(async () => {
    t = await startTestApp('token-fresh');
    other = await createApp(t.config, { redisUrl: TEST_REDIS_URL });
    redis = new Redis(TEST_REDIS_URL);
  });
  afterAll(async () => {
    redis.disconnect();
    await other.close();
    await t.close();
  });

  it('revoked through one process: the other refuses its next sync, async and native message, and its status look-ups', async () => {
    const token = await cachedByOther();
    const accepted = await asyncMessage(other, token);
    expect(accepted.status).toBe(202);
    const revoked = await revoke(t.app, token);
    expect(revoked.status).toBe(200);
    expect(revoked.headers['cache-control']).toBe('no-store');

    const sync = await syncMessage(other, token);
    expect(sync.status).toBe(401);
    expect(sync.headers['content-type']).toContain('application/problem+json');
    expect(sync.body.detail).toContain('unknown or has expired');
    expect((await asyncMessage(other, token)).status).toBe(401);
    const native = await nativeLookup(other, token);
    expect(native.status).toBe(401);
    // The status look-up stores nothing; the revocation's announcement made `other` forget the token.
    expect((await request(other.http).get(accepted.body.statusUrl).auth(token, { type: 'bearer' })).status).toBe(401);
    expect((await syncMessage(t.app, token)).status).toBe(401);
    // Nothing of the refused messages was stored: the three records are those sent before.
    expect(await other.store.search({ from: t.config.devClient.agency })).toHaveLength(3);
  });

  it('deleted from Redis behind both processes’ backs (a wipe): the next message is refused', async () => {
    const token = await cachedByOther();
    await redis.del(`${t.prefix}:token:${token}`);
    expect((await syncMessage(other, token)).status).toBe(401);
    expect((await nativeLookup(other, token)).status).toBe(401);
  });

  it('expired while cached: the next message is refused', async () => {
    const token = await cachedByOther();
    await redis.pexpire(`${t.prefix}:token:${token}`, 1);
    while ((await redis.exists(`${t.prefix}:token:${token}`)) === 1) await new Promise((resolve) => setImmediate(resolve));
    expect((await syncMessage(other, token)).status).toBe(401);
  });

  it('a client revokes only its own tokens; an unknown token or another client’s gets the same 200 and stays as it was', async () => {
    const token = await t.token();
    const stranger = { id: 'motcua-h56', secret: 'motcua-h56-secret' };
    expect((await revoke(t.app, token, stranger)).status).toBe(200);
    expect((await syncMessage(other, token)).status).toBe(200);
    expect((await revoke(t.app, 'no-such-token')).status).toBe(200);

    const missing = await request(t.app.http).post('/revoke').auth(t.config.devClient.id, t.config.devClient.secret).type('form').send({});
    expect(missing.status).toBe(400);
    expect(missing.body).toMatchObject({ error: 'invalid_request' });
    const wrongSecret = await revoke(t.app, token, { id: t.config.devClient.id, secret: 'wrong' });
    expect(wrongSecret.status).toBe(401);
    expect(wrongSecret.body).toMatchObject({ error: 'invalid_client' });
    expect((await syncMessage(other, token)).status).toBe(200);
  });
});
