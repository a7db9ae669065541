import request from 'supertest';
import { startTestApp, type TestApp } from '../support/test-app';
import { createApp } from '../../src/app/create-app';
import { TEST_REDIS_URL } from '../support/redis';

describe('POST /token (client_credentials)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp('token');
  });
  afterAll(() => t.close());

  it('issues an opaque bearer token for credentials in the form body', async () => {
    const res = await t.http
      .post('/token')
      .type('form')
      .send({ grant_type: 'client_credentials', client_id: 'dev-client', client_secret: 'dev-secret' });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ access_token: expect.any(String), token_type: 'Bearer', expires_in: 3600, scope: expect.any(String) });
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('accepts HTTP Basic credentials, as WSO2 clients send them', async () => {
    const res = await t.http.post('/token').auth('motcua-h56', 'motcua-h56-secret').type('form').send({ grant_type: 'client_credentials' });
    expect(res.status).toBe(200);
    expect(res.body.scope).toContain('dkdn');
  });

  it('answers invalid_client for a wrong secret or unknown client', async () => {
    for (const [id, secret] of [
      ['dev-client', 'nope'],
      ['who', 'dev-secret'],
    ]) {
      const res = await t.http.post('/token').auth(id, secret).type('form').send({ grant_type: 'client_credentials' });
      expect(res.status).toBe(401);
      expect(res.body.error).toBe('invalid_client');
    }
  });

  it('answers Basic credentials it cannot read with invalid_request (400), and empty ones with invalid_client (401), never a 500', async () => {
    const basic = (raw: string) => `Basic ${Buffer.from(raw, 'utf8').toString('base64')}`;
    const cases: [string, number, string][] = [
      [basic('a%zz:b'), 400, 'invalid_request'],
      [basic('dev-client:%'), 400, 'invalid_request'],
      [basic('%E0%A4%A:x'), 400, 'invalid_request'],
      [basic('no-colon-here'), 400, 'invalid_request'],
      ['Basic !!!not base64!!!', 400, 'invalid_request'],
      ['Basic a', 400, 'invalid_request'],
      ['Basic', 400, 'invalid_request'],
      [basic(':'), 401, 'invalid_client'],
      [basic('dev-client:'), 401, 'invalid_client'],
      [basic(':dev-secret'), 401, 'invalid_client'],
    ];
    for (const [authorization, status, error] of cases) {
      const res = await t.http.post('/token').set('authorization', authorization).type('form').send({ grant_type: 'client_credentials' });
      expect({ authorization, status: res.status, error: res.body.error, description: typeof res.body.error_description }).toEqual({
        authorization,
        status,
        error,
        description: 'string',
      });
    }
    // Percent-encoded credentials (RFC 6749 §2.3.1) still work.
    const encoded = await t.http
      .post('/token')
      .set('authorization', basic('dev%2Dclient:dev%2Dsecret'))
      .type('form')
      .send({ grant_type: 'client_credentials' });
    expect(encoded.status).toBe(200);
  });

  it('refuses a missing or unsupported grant type', async () => {
    const missing = await t.http.post('/token').auth('dev-client', 'dev-secret').type('form').send({});
    expect(missing.status).toBe(400);
    expect(missing.body.error).toBe('invalid_request');
    const password = await t.http.post('/token').auth('dev-client', 'dev-secret').type('form').send({ grant_type: 'password' });
    expect(password.status).toBe(400);
    expect(password.body.error).toBe('unsupported_grant_type');
  });

  it('answers a malformed JSON body with invalid_request, not a 500', async () => {
    const res = await t.http.post('/token').set('content-type', 'application/json').send('{"grant_type":');
    expect(res.status).toBe(400);
    expect(res.body.error).toBe('invalid_request');
  });

  it('tokens live in Redis, so a second gateway process accepts them', async () => {
    const token = await t.token();
    const other = await createApp(t.config, { redisUrl: TEST_REDIS_URL });
    try {
      const res = await request(other.http).get('/api/v1/messages/none').auth(token, { type: 'bearer' });
      expect(res.status).toBe(404);
    } finally {
      await other.close();
    }
  });

  it('a token past its lifetime is refused with 401', async () => {
    const shortLived = await startTestApp('token-ttl', { tokenTtlSeconds: 1 });
    try {
      const token = await shortLived.token();
      await shortLived.app.redis.expire(`${shortLived.prefix}:token:${token}`, 0);
      const res = await shortLived.http.get('/api/v1/messages/x').auth(token, { type: 'bearer' });
      expect(res.status).toBe(401);
      expect(res.headers['content-type']).toContain('application/problem+json');
    } finally {
      await shortLived.close();
    }
  });
});
