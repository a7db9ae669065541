import { createApp, type App } from '../../src/app/create-app';
import { SimKeys } from '../../src/sim/sim-keys';
import { TEST_REDIS_URL } from '../support/redis';
import { startTestApp, type TestApp } from '../support/test-app';
import request from 'supertest';

/**
 * Resets that meet: test suites running files in parallel each reset the same simulator, and several
 * gateways share one Redis. Resets run one at a time; every caller gets its answer, none a 500.
 */
describe('POST /sim/reset, several at once', () => {
  let t: TestApp;
  let second: App;
  let token: string;

  beforeAll(async () => {
    t = await startTestApp('sim-reset-race', {}, { workers: true });
    // A second gateway on the same Redis prefix, as a deployment with two gateway processes has.
    second = await createApp(t.config, { redisUrl: TEST_REDIS_URL });
    token = await t.token();
  });
  afterAll(async () => {
    await second.close();
    await t.close();
  });

  const reset = (http: App['http'], body?: object) => {
    const req = request(http).post('/sim/reset').auth('dev-admin', { type: 'bearer' });
    return body ? req.send(body) : req;
  };
  const echo = (messageId: string) =>
    t.http
      .post('/api/v1/messages')
      .auth(token, { type: 'bearer' })
      .set('prefer', 'wait=5')
      .send({ header: { messageId, messageType: 'diag.echo', from: '000.00.00.H30' }, body: { echo: 1 } });

  it('five full resets at once, on one gateway: all 200, and the simulator is back at its seeds', async () => {
    expect((await echo('race-1')).status).toBe(200);
    const answers = await Promise.all(Array.from({ length: 5 }, () => reset(t.app.http)));
    expect(answers.map((r) => [r.status, r.body.detail])).toEqual(Array.from({ length: 5 }, () => [200, undefined]));
    expect((await t.http.get('/api/v1/messages/race-1').auth(token, { type: 'bearer' })).status).toBe(404);
    expect((await echo('race-1')).body.status).toBe('completed');
  });

  it('full and one-service resets on two gateways at once: all 200, none overlaps another', async () => {
    const answers = await Promise.all([
      reset(t.app.http),
      reset(second.http),
      reset(t.app.http, { service: 'diag' }),
      reset(second.http, { service: 'dkdn' }),
      reset(second.http),
      reset(t.app.http, { service: 'diag' }),
    ]);
    expect(answers.map((r) => r.status)).toEqual([200, 200, 200, 200, 200, 200]);
    expect(await t.app.redis.exists(new SimKeys(t.prefix).resetLock())).toBe(0);
    expect((await echo('race-2')).body.status).toBe('completed');
  });

  it('a reset held up longer than SIM_RESET_WAIT_SECONDS → 409 problem+json with Retry-After, having changed nothing', async () => {
    const impatient = await createApp({ ...t.config, simResetWaitSeconds: 0 }, { redisUrl: TEST_REDIS_URL });
    const lock = new SimKeys(t.prefix).resetLock();
    try {
      await reset(t.app.http);
      expect((await echo('race-3')).status).toBe(200);
      // Another process is in the middle of a reset: it holds the lock.
      await t.app.redis.set(lock, 'another-process', 'PX', 60_000);
      const busy = await reset(impatient.http);
      expect({ status: busy.status, type: busy.headers['content-type'], retryAfter: busy.headers['retry-after'], problem: busy.body.type }).toEqual({
        status: 409,
        type: expect.stringContaining('application/problem+json'),
        retryAfter: '1',
        problem: 'urn:lgsp-sim:problem:conflict',
      });
      expect(busy.body.detail).toMatch(/Another reset is still running.*nothing was changed/);
      expect((await t.http.get('/api/v1/messages/race-3').auth(token, { type: 'bearer' })).status).toBe(200);
      // The other process finishes; the next reset goes through.
      await t.app.redis.del(lock);
      expect((await reset(impatient.http)).status).toBe(200);
      expect((await t.http.get('/api/v1/messages/race-3').auth(token, { type: 'bearer' })).status).toBe(404);
    } finally {
      await t.app.redis.del(lock);
      await impatient.close();
    }
  });
});
