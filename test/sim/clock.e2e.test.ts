import { SimControl } from 'lgsp-sim/testing';
import { createApp, type App } from '../../src/app/create-app';
import { TEST_REDIS_URL } from '../support/redis';
import { startTestApp, type TestApp } from '../support/test-app';
import { startCallbackServer, type CallbackServer } from './support/callback-server';
import { ISSUE_AFTER_MS, lifecycleAdapter } from './support/lifecycle-adapter';

describe('/sim/clock: read, freeze, set, advance — lifecycles follow it', () => {
  let t: TestApp;
  let sim: SimControl;
  let base: string;
  let token: string;
  let receiver: CallbackServer;
  const start = '2026-03-01T01:00:00.000Z';

  beforeAll(async () => {
    t = await startTestApp('sim-clock', {}, { extraAdapters: [lifecycleAdapter()] });
    // Workers deliver the callbacks (and poll timers, which must not race an advance).
    await t.app.startWorkers();
    base = (await t.app.listen()).url;
    sim = new SimControl({ baseUrl: base });
    token = await t.token();
    receiver = await startCallbackServer();
  });
  afterAll(async () => {
    await receiver.close();
    await t.close();
  });
  beforeEach(async () => {
    await sim.reset();
    receiver.received.splice(0);
  });

  const file = (msdn: string, messageId: string) =>
    t.http
      .post('/api/v1/messages')
      .auth(token, { type: 'bearer' })
      .set('prefer', 'wait=5')
      .send({ header: { messageId, messageType: 'simtest.nopHoSo', from: '000.00.00.H30', callbackUrl: receiver.url }, body: { msdn } });

  it('is real time by default; freeze stops it; set moves it; real restores it', async () => {
    const real = await sim.clock.get();
    expect(real.mode).toBe('real');
    expect(Math.abs(Date.parse(real.now) - Date.now())).toBeLessThan(5000);
    const frozen = await sim.clock.freeze(start);
    expect(frozen).toMatchObject({ mode: 'frozen', now: start });
    expect((await sim.clock.get()).now).toBe(start);
    expect(t.app.simulation.clock.now().toISOString()).toBe(start);
    const moved = await sim.clock.set('2026-03-01T02:00:00.000Z');
    expect(moved).toMatchObject({ mode: 'frozen', now: '2026-03-01T02:00:00.000Z' });
    expect((await sim.clock.real()).mode).toBe('real');
  });

  it('records and message history carry simulation time', async () => {
    await sim.clock.freeze(start);
    const res = await file('0199990011', 'clock-stamp');
    expect(res.body.receivedAt).toBe(start);
    expect(res.body.response.receivedAt).toBe(start);
  });

  it('advancing runs a due lifecycle transition at its due time and its callback arrives, before the call returns', async () => {
    await sim.clock.freeze(start);
    const filed = await file('0199990011', 'clock-life');
    expect(filed.body.status).toBe('completed');
    const early = await sim.clock.advance('30m');
    expect(early.timersRun).toBe(0);
    expect(await t.app.contextFor('simtest').state.get('dossier:0199990011')).toMatchObject({ status: 'received' });

    const later = await sim.clock.advance('2h');
    expect(later).toMatchObject({ mode: 'frozen', now: '2026-03-01T03:30:00.000Z', timersRun: 1 });
    const issuedAt = new Date(Date.parse(start) + ISSUE_AFTER_MS).toISOString();
    expect(await t.app.contextFor('simtest').state.get('dossier:0199990011')).toEqual({ status: 'issued', issuedAt });
    await receiver.waitFor(2);
    expect(receiver.received.map((c) => c.body)).toContainEqual({ msdn: '0199990011', status: 'issued', issuedAt });
  });

  it('several lifecycles complete in time order, each at its own due time', async () => {
    await sim.clock.freeze(start);
    await file('0100000001', 'clock-order-1');
    await sim.clock.advance('10m');
    await file('0100000002', 'clock-order-2');
    await sim.clock.advance('3h');
    // Each filing also sends its result callback; the two status changes come on top.
    const got = await receiver.waitFor(4);
    const issued = got
      .map((c) => c.body as { msdn: string; status: string; issuedAt: string })
      .filter((b) => b.status === 'issued')
      .sort((a, b) => a.issuedAt.localeCompare(b.issuedAt));
    expect(issued).toEqual([
      { msdn: '0100000001', status: 'issued', issuedAt: '2026-03-01T02:00:00.000Z' },
      { msdn: '0100000002', status: 'issued', issuedAt: '2026-03-01T02:10:00.000Z' },
    ]);
  });

  it('setting the clock forward also runs what falls due; a running clock advances by an offset', async () => {
    await sim.clock.freeze(start);
    await file('0100000003', 'clock-set');
    const set = await sim.clock.set('2026-03-02T00:00:00.000Z');
    expect(set.timersRun).toBe(1);
    await sim.clock.real();
    const shifted = await sim.clock.advance('1d');
    expect(shifted.mode).toBe('shifted');
    expect(shifted.offsetMs).toBeGreaterThan(86_400_000 - 5000);
  });

  it('bad input: durations and dates are refused with 400 naming the field, and the clock stays', async () => {
    await sim.clock.freeze(start);
    const admin = { type: 'bearer' as const };
    const bad = await t.http.post('/sim/clock/advance').auth('dev-admin', admin).send({ by: 'two hours' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0]).toEqual({ path: 'by', message: expect.stringContaining('"two hours" is not a duration') });
    const missing = await t.http.post('/sim/clock/advance').auth('dev-admin', admin).send({});
    expect(missing.status).toBe(400);
    const date = await t.http.post('/sim/clock/set').auth('dev-admin', admin).send({ at: 'tomorrow' });
    expect(date.status).toBe(400);
    expect(date.body.errors[0].path).toBe('at');
    // A day that does not exist is refused, not rolled over to March.
    const february30 = await t.http.post('/sim/clock/set').auth('dev-admin', admin).send({ at: '2026-02-30T08:00:00Z' });
    expect({ status: february30.status, error: february30.body.errors?.[0] }).toEqual({
      status: 400,
      error: { path: 'at', message: 'at must be a date and time in ISO 8601 that exists, e.g. 2026-03-01T08:00:00+07:00' },
    });
    // A change that would put the clock past what a date can be written as is refused before anything moves.
    for (const by of [1e300, '100000000h']) {
      const far = await t.http.post('/sim/clock/advance').auth('dev-admin', admin).send({ by });
      expect({ by, status: far.status, path: far.body.errors?.[0]?.path, message: far.body.errors?.[0]?.message }).toEqual({
        by,
        status: 400,
        path: 'by',
        message: expect.stringMatching(/^by: the clock would read .+; it stays between 1970-01-01 and 9999-12-31$/),
      });
    }
    for (const at of ['0001-01-01T00:00:00Z', '1969-12-31T23:59:59Z']) {
      expect((await t.http.post('/sim/clock/set').auth('dev-admin', admin).send({ at })).status).toBe(400);
      expect((await t.http.post('/sim/clock/freeze').auth('dev-admin', admin).send({ at })).status).toBe(400);
    }
    // A misspelt member is refused, not read as absent (freeze {"att": …} froze the clock now).
    const typo = await t.http.post('/sim/clock/freeze').auth('dev-admin', admin).send({ att: '2030-01-01T00:00:00Z' });
    expect({ status: typo.status, errors: typo.body.errors }).toEqual({
      status: 400,
      errors: [{ path: 'att', message: 'att is not a known field; known: at' }],
    });
    expect((await t.http.post('/sim/clock/advance').auth('dev-admin', admin).send({ by: '1h', at: start })).status).toBe(400);
    expect((await t.http.post('/sim/clock/real').auth('dev-admin', admin).send({ mode: 'real' })).status).toBe(400);
    expect((await t.http.post('/sim/clock/set').auth('dev-admin', admin).send([start])).status).toBe(400);
    expect((await sim.clock.get()).now).toBe(start);
    // The clock still works after all that.
    expect((await t.http.post('/sim/clock/advance').auth('dev-admin', admin).send({ by: '2h' })).status).toBe(200);
  });

  it('another process sharing the Redis sees the change (pub/sub, at worst one poll later)', async () => {
    const other: App = await createApp(t.config, { redisUrl: TEST_REDIS_URL });
    try {
      await sim.clock.freeze('2030-01-01T00:00:00.000Z');
      for (let i = 0; i < 100 && other.simulation.clock.now().toISOString() !== '2030-01-01T00:00:00.000Z'; i++) {
        await other.redis.ping();
      }
      expect(other.simulation.clock.now().toISOString()).toBe('2030-01-01T00:00:00.000Z');
    } finally {
      await other.close();
    }
  });
});
