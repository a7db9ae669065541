import { SimControl } from 'lgsp-sim/testing';
import Redis from 'ioredis';
import request from 'supertest';
import { createApp, type App } from '../../src/app/create-app';
import { statuses, waitForRecord } from '../delivery/delivery-helpers';
import { TEST_REDIS_URL } from '../support/redis';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * Two simulator processes on one prefix: each keeps the clock and the scenarios in memory, and a
 * change made anywhere takes effect on the very next message in the other, even when the change's
 * announcement (pub/sub) never reached it, because the version rides along with the record's step.
 */
describe('a changed clock or scenario takes effect on the next message in every process', () => {
  let t: TestApp;
  let other: App;
  let sim: SimControl;
  let redis: Redis;
  let token: string;
  let n = 0;

  const post = (app: App, messageId: string) =>
    request(app.http)
      .post('/api/v1/messages')
      .auth(token, { type: 'bearer' })
      .send({ header: { messageId, messageType: 'diag.echo', from: t.config.devClient.agency }, body: { echo: { n } } });
  /** A sync message (answered when it is finished). */
  const send = (app: App, messageId = `fresh-${++n}`) => post(app, messageId).set('prefer', 'wait=5');
  /** An async message through the first process; the other's workers run it. Answers its finished record. */
  const queued = async (messageId: string): Promise<Record<string, any>> => {
    expect((await post(t.app, messageId)).status).toBe(202);
    return waitForRecord(t, token, messageId, (r) => ['completed', 'failed', 'dead'].includes(r.status as string));
  };

  beforeAll(async () => {
    t = await startTestApp('sim-fresh');
    other = await createApp(t.config, { redisUrl: TEST_REDIS_URL });
    await other.startWorkers(); // the only queue workers: async messages run in `other`
    sim = new SimControl({ baseUrl: (await t.app.listen()).url });
    redis = new Redis(TEST_REDIS_URL);
    token = await t.token();
  });
  afterAll(async () => {
    redis.disconnect();
    await other.close();
    await t.close();
  });

  it('a scenario added through one process fails the next message the other takes', async () => {
    expect((await send(other)).status).toBe(200);
    const [rule] = await sim.scenarios.add({ match: { messageType: 'diag.echo' }, effect: { type: 'error', status: 418 } });
    expect((await send(other)).status).toBe(418);
    await sim.scenarios.remove(rule.id);
    expect((await send(other)).status).toBe(200);
  });

  it('a clock change whose announcement was lost still dates the next message in both processes', async () => {
    // What a change does, minus the pub/sub message: the state and its version, nothing announced.
    const frozenAt = Date.parse('2031-05-04T03:02:01.000Z');
    await redis
      .multi()
      .set(`${t.prefix}:sim:clock`, JSON.stringify({ frozen: true, offsetMs: 0, frozenAtMs: frozenAt }))
      .incr(`${t.prefix}:sim:version`)
      .exec();
    for (const app of [other, t.app]) {
      const messageId = `clock-${++n}`;
      expect((await send(app, messageId)).status).toBe(200);
      const record = await t.app.store.get({ from: t.config.devClient.agency, messageId });
      expect(record?.receivedAt).toBe(new Date(frozenAt).toISOString());
    }
  });

  it('a worker process runs the next queued message by a scenario whose announcement was lost', async () => {
    // A rule as the service stores it, then the same rule written again minus the pub/sub message:
    // the worker's copy (quiet: no rule) would let it run the read-only diag.echo ahead of its record.
    const [rule] = await sim.scenarios.add({
      match: { messageType: 'diag.echo', stage: 'worker' },
      effect: { type: 'error', status: 422, code: 'UNANNOUNCED', message: 'a rule the worker was never told of' },
    });
    const stored = (await redis.hget(`${t.prefix}:sim:rules`, rule.id)) as string;
    await sim.scenarios.remove(rule.id);
    await redis.multi().hset(`${t.prefix}:sim:rules`, rule.id, stored).incr(`${t.prefix}:sim:version`).exec();
    const record = await queued(`unannounced-${++n}`);
    expect(record).toMatchObject({ status: 'failed', attempts: 1, error: { code: 'UNANNOUNCED' } });
    expect(statuses(record)).toEqual(['queued', 'processing', 'failed']);
    await sim.scenarios.clear();
  });

  it('a worker process dates the next try by a clock change whose announcement was lost', async () => {
    const frozenAt = Date.parse('2032-06-07T08:09:10.000Z');
    await redis
      .multi()
      .set(`${t.prefix}:sim:clock`, JSON.stringify({ frozen: true, offsetMs: 0, frozenAtMs: frozenAt }))
      .incr(`${t.prefix}:sim:version`)
      .exec();
    const record = await queued(`async-${++n}`);
    expect(record.status).toBe('completed');
    expect(statuses(record)).toEqual(['queued', 'processing', 'completed']);
    expect((record.history as { at: string }[]).map((h) => h.at)).toEqual([
      new Date(frozenAt).toISOString(),
      new Date(frozenAt).toISOString(),
      new Date(frozenAt).toISOString(),
    ]);
  });
});
