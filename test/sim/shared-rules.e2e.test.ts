import { SimControl } from 'lgsp-sim/testing';
import request from 'supertest';
import { createApp, type App } from '../../src/app/create-app';
import { TEST_REDIS_URL } from '../support/redis';
import { startTestApp, type TestApp } from '../support/test-app';

/** Two simulator processes on one Redis (prefix): rules and their counts are shared, not per process. */
describe('fault rules across processes sharing one Redis', () => {
  let t: TestApp;
  let other: App;
  let sim: SimControl;

  beforeAll(async () => {
    t = await startTestApp('sim-shared');
    other = await createApp(t.config, { redisUrl: TEST_REDIS_URL });
    sim = new SimControl({ baseUrl: (await t.app.listen()).url });
  });
  afterAll(async () => {
    await other.close();
    await t.close();
  });

  it('"the next 3 calls" means 3 calls in total, whichever process takes them', async () => {
    const token = await t.token();
    const msdn = t.app.reference.dataset.testPersons.activeEnterprise.id;
    const probe = t.app.reference.dataset.enterprises.find((e) => e.code !== msdn)?.code as string;
    // One batch, so the other process loads both rules in the same refresh; the probe rule tells when.
    const [, rule] = await sim.scenarios.add([
      { id: 'probe', match: { body: [{ path: 'msdn', equals: probe }] }, effect: { type: 'error', status: 418 } },
      { id: 'three', match: { body: [{ path: 'msdn', equals: msdn }] }, effect: { type: 'error', status: 503 }, count: 3 },
    ]);
    let seen = 0;
    for (let i = 0; i < 200 && seen !== 418; i++) {
      seen = (await request(other.http).get(`/apiCSDLDKDN/chiTietDoanhNghiep?msdn=${probe}`).auth(token, { type: 'bearer' })).status;
    }
    expect(seen).toBe(418);
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) {
      const app = i % 2 === 0 ? t.app.http : other.http;
      statuses.push((await request(app).get(`/apiCSDLDKDN/chiTietDoanhNghiep?msdn=${msdn}`).auth(token, { type: 'bearer' })).status);
    }
    expect(statuses.filter((s) => s === 503)).toHaveLength(3);
    expect(statuses.slice(3)).toEqual([200, 200, 200, 200, 200]);
    expect(await sim.scenarios.get(rule.id)).toMatchObject({ hits: 3, remaining: 0 });
  });
});
