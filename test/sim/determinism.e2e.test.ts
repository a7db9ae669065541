import { SimControl } from 'lgsp-sim/testing';
import { startTestApp, type TestApp } from '../support/test-app';

interface Answer {
  status: number;
  body: unknown;
}

/**
 * SIM_SEED: two simulators with the same seed (separate Redis prefixes), given the same recorded
 * sequence of requests — probabilistic faults included — give the same answers and generate the
 * same ids. The clock is frozen at the same instant in both, as a test suite would do.
 */
describe('SIM_SEED makes runs repeatable', () => {
  const apps: TestApp[] = [];
  afterAll(() => Promise.all(apps.map((a) => a.close())));

  async function run(seed: number): Promise<{ answers: Answer[]; journalIds: string[]; app: TestApp; sim: SimControl }> {
    const t = await startTestApp(`sim-seed-${seed}`, { simSeed: seed });
    apps.push(t);
    const sim = new SimControl({ baseUrl: (await t.app.listen()).url });
    return { ...(await replay(t, sim)), app: t, sim };
  }

  async function replay(t: TestApp, sim: SimControl): Promise<{ answers: Answer[]; journalIds: string[] }> {
    const token = await t.token();
    const codes = t.app.reference.dataset.enterprises.slice(0, 6).map((e) => e.code);
    await sim.clock.freeze('2026-04-01T02:00:00.000Z');
    await sim.scenarios.add([
      {
        id: 'flaky',
        match: { nativePath: '/apiCSDLDKDN/*' },
        effect: { type: 'error', status: 503, code: 'BUSY', message: 'busy' },
        probability: 0.5,
      },
      { id: 'jitter', match: { stage: 'sync' }, effect: { type: 'latency', distribution: 'uniform', minMs: 0, maxMs: 5 }, probability: 0.3 },
    ]);
    const answers: Answer[] = [];
    for (let i = 0; i < 24; i++) {
      const code = codes[i % codes.length];
      const res =
        i % 3 === 2
          ? await t.http
              .post('/api/v1/messages')
              .auth(token, { type: 'bearer' })
              .set('prefer', 'wait=5')
              .send({ header: { messageId: `seq-${i}`, messageType: 'dkdn.chiTietDoanhNghiep', from: '000.00.00.H30' }, body: { msdn: code } })
          : await t.http.get(`/apiCSDLDKDN/chiTietDoanhNghiep?msdn=${code}`).auth(token, { type: 'bearer' });
      const { errorId: _e, ...body } = res.body as Record<string, unknown>;
      answers.push({ status: res.status, body });
    }
    const journalIds = (await sim.journal.find({ limit: 100 })).map((e) => `${e.id} ${e.messageId}`);
    return { answers, journalIds };
  }

  it('the same seed and requests give the same answers, faults and generated ids; a reset replays them', async () => {
    const first = await run(4242);
    const second = await run(4242);
    const statuses = first.answers.map((a) => a.status);
    expect(statuses).toContain(503);
    expect(statuses).toContain(200);
    expect(second.answers).toEqual(first.answers);
    expect(second.journalIds).toEqual(first.journalIds);

    await first.sim.reset();
    const again = await replay(first.app, first.sim);
    expect(again.answers).toEqual(first.answers);
    expect(again.journalIds).toEqual(first.journalIds);
  });

  it('another seed gives other ids and another pattern of faults', async () => {
    const a = await run(1);
    const b = await run(2);
    expect(b.journalIds).not.toEqual(a.journalIds);
    expect(b.answers.map((x) => x.status)).not.toEqual(a.answers.map((x) => x.status));
  });
});
