import { SimControl } from 'lgsp-sim/testing';
import { startTestApp, type TestApp } from '../support/test-app';
import { lifecycleAdapter } from './support/lifecycle-adapter';

describe('POST /sim/reset: back to the seeds', () => {
  let t: TestApp;
  let sim: SimControl;
  let token: string;

  beforeAll(async () => {
    t = await startTestApp('sim-reset', {}, { extraAdapters: [lifecycleAdapter()] });
    sim = new SimControl({ baseUrl: (await t.app.listen()).url });
    token = await t.token();
  });
  afterAll(() => t.close());

  const file = (messageId: string, msdn = '0199990011') =>
    t.http
      .post('/api/v1/messages')
      .auth(token, { type: 'bearer' })
      .set('prefer', 'wait=5')
      .send({ header: { messageId, messageType: 'simtest.nopHoSo', from: '000.00.00.H30' }, body: { msdn } });
  const lookup = (messageId: string) =>
    t.http
      .post('/api/v1/messages')
      .auth(token, { type: 'bearer' })
      .set('prefer', 'wait=5')
      .send({ header: { messageId, messageType: 'dkdn.chiTietDoanhNghiep', from: '000.00.00.H30' }, body: { msdn: '0199990011' } });

  it('everything: state, timers, journal, scenarios, message records and the clock', async () => {
    await sim.clock.freeze('2026-01-01T00:00:00.000Z');
    expect((await file('r-1')).body.status).toBe('completed');
    expect((await file('r-2')).body.error.code).toBe('DUPLICATE');
    await sim.scenarios.add({ match: { messageType: 'lltp.*' }, effect: { type: 'drop' } });

    const outcome = await sim.reset();
    expect(outcome.services).toEqual(expect.arrayContaining(['dkdn', 'simtest']));
    expect(await t.app.contextFor('simtest').state.get('dossier:0199990011')).toBeUndefined();
    expect(await t.app.redis.zcard(`${t.prefix}:timers`)).toBe(0);
    expect(await sim.journal.find()).toEqual([]);
    expect(await sim.scenarios.list()).toEqual([]);
    expect((await sim.clock.get()).mode).toBe('real');
    expect((await t.http.get('/api/v1/messages/r-1').auth(token, { type: 'bearer' })).status).toBe(404);
    // The same dossier can be filed again, and the same messageId is new again.
    expect((await file('r-1')).body.status).toBe('completed');
  });

  it('one service: only that backend’s state, records, journal entries and rules', async () => {
    await sim.reset();
    await file('one-1');
    await lookup('one-2');
    await sim.scenarios.add([
      { id: 'simtest-rule', match: { service: 'simtest' }, effect: { type: 'drop' }, count: 1 },
      { id: 'dkdn-rule', match: { messageType: 'dkdn.chiTietDoanhNghiep', stage: 'worker' }, effect: { type: 'drop' } },
    ]);
    const outcome = await sim.reset('simtest');
    expect(outcome.services).toEqual(['simtest']);
    expect(await t.app.contextFor('simtest').state.get('dossier:0199990011')).toBeUndefined();
    expect((await sim.journal.find()).map((e) => e.messageId)).toEqual(['one-2']);
    expect((await sim.scenarios.list()).map((r) => r.id)).toEqual(['dkdn-rule']);
    expect((await t.http.get('/api/v1/messages/one-1').auth(token, { type: 'bearer' })).status).toBe(404);
    expect((await t.http.get('/api/v1/messages/one-2').auth(token, { type: 'bearer' })).status).toBe(200);
  });

  it('an unknown service → 404 naming the known ones, and nothing is reset', async () => {
    await sim.reset();
    await lookup('keep-1');
    const res = await t.http.post('/sim/reset').auth('dev-admin', { type: 'bearer' }).send({ service: 'nope' });
    expect(res.status).toBe(404);
    expect(res.body.detail).toMatch(/No service "nope"; known services: .*dkdn/);
    expect(await sim.journal.find()).toHaveLength(1);
    const bad = await t.http.post('/sim/reset').auth('dev-admin', { type: 'bearer' }).send({ service: 5 });
    expect(bad.status).toBe(400);
  });

  it('a misspelt member or parameter, or a body that is not an object → 400, and nothing is reset (it reset everything)', async () => {
    await sim.reset();
    await lookup('keep-2');
    const post = () => t.http.post('/sim/reset').auth('dev-admin', { type: 'bearer' });
    const typo = await post().send({ servce: 'dkdn' });
    expect({ status: typo.status, errors: typo.body.errors }).toEqual({
      status: 400,
      errors: [{ path: 'servce', message: 'servce is not a known field; known: service' }],
    });
    expect((await t.http.post('/sim/reset?servce=dkdn').auth('dev-admin', { type: 'bearer' })).status).toBe(400);
    const list = await post().send(['dkdn']);
    expect({ status: list.status, type: list.body.type }).toEqual({ status: 400, type: 'urn:lgsp-sim:problem:bad-request' });
    expect(await sim.journal.find()).toHaveLength(1);
  });

  it('touches only its own keys: a neighbour sharing the Redis keeps its records and state', async () => {
    await sim.reset();
    expect((await file('shared-1')).body.status).toBe('completed');
    const neighbour = `${t.prefix}-neighbour`;
    await t.app.redis.set(`${neighbour}:msg:{shared-1}`, 'theirs');
    await t.app.redis.set(`${neighbour}:state:simtest:dossier:0199990011`, 'theirs');
    try {
      await sim.reset();
      expect((await t.http.get('/api/v1/messages/shared-1').auth(token, { type: 'bearer' })).status).toBe(404);
      expect(await t.app.redis.get(`${neighbour}:msg:{shared-1}`)).toBe('theirs');
      expect(await t.app.redis.get(`${neighbour}:state:simtest:dossier:0199990011`)).toBe('theirs');
      // No message record of its own is left (search indexes drop ids of missing records as they meet them).
      expect(await t.app.redis.keys(`${t.prefix}:msg:*`)).toEqual([]);
      const search = await t.http.get('/api/v1/admin/messages').query({ q: '000.00.00.H30' }).auth('dev-admin', { type: 'bearer' });
      expect(search.body.results).toEqual([]);
    } finally {
      await t.app.redis.del(`${neighbour}:msg:{shared-1}`, `${neighbour}:state:simtest:dossier:0199990011`);
    }
  });
});
