import { SimControl } from 'lgsp-sim/testing';
import { createApp, type App } from '../../src/app/create-app';
import type { Adapter } from '../../src/core/adapter';
import { MAX_SLEEP_MS } from '../../src/sim/timer-runner';
import { TEST_REDIS_URL } from '../support/redis';
import { startTestApp, type TestApp } from '../support/test-app';

/** A backend with one timer, `ring`, that reports each task it runs. */
function ringAdapter(rang: (taskId: string) => void): Adapter {
  return {
    manifest: {
      service: 'ringtest',
      name: 'Timer test backend',
      description: 'Only a timer.',
      operations: [],
      native: [],
      renderError: (error) => ({ status: error.status, body: { error: error.message } }),
    },
    handlers: {},
    timers: { ring: async (task) => rang(task.id) },
  };
}

/**
 * The worker process's timer runner sleeps until the next due time rather than polling: what
 * another process does wakes it — a timer scheduled there, or a clock it moved. Each timer here
 * must run well before the runner's longest sleep (MAX_SLEEP_MS) would have ended, which only a
 * wake-up explains.
 */
describe('timer runner: sleeps until the next due time, woken by other processes', () => {
  let t: TestApp;
  let gateway: App;
  let sim: SimControl;
  const waiting = new Map<string, () => void>();
  const rung = (taskId: string): Promise<void> =>
    new Promise((resolve, reject) => {
      const limit = setTimeout(() => reject(new Error(`timer ${taskId} did not run within ${MAX_SLEEP_MS / 2} ms`)), MAX_SLEEP_MS / 2);
      waiting.set(taskId, () => {
        clearTimeout(limit);
        resolve();
      });
    });
  const schedule = (id: string, dueAt: number) =>
    gateway.contextFor('ringtest').scheduler.schedule({ id, service: 'ringtest', kind: 'ring', dueAt, payload: {} });

  beforeAll(async () => {
    const adapter = ringAdapter((taskId) => waiting.get(taskId)?.());
    t = await startTestApp('sim-timer-wake', {}, { extraAdapters: [adapter], workers: true });
    // A gateway process of the same deployment: it runs no timers itself.
    gateway = await createApp(t.config, { redisUrl: TEST_REDIS_URL, extraAdapters: [adapter] });
    sim = new SimControl({ baseUrl: (await gateway.listen()).url });
  });
  afterAll(async () => {
    await gateway.close();
    await t.close();
  });

  it('a timer scheduled in another process runs when it falls due', async () => {
    // The first one leaves the runner asleep with nothing scheduled; the second must wake it.
    const first = rung('first');
    await schedule('first', Date.now() + 50);
    await first;
    const second = rung('second');
    await schedule('second', Date.now() + 300);
    await second;
  });

  it('a clock moved in another process brings a timer due in an hour to now', async () => {
    const later = rung('later');
    const dueAt = Date.now() + 60 * 60_000;
    await schedule('later', dueAt);
    // Running on from 300 ms before the due time: nothing is due during the move itself.
    await sim.clock.set(new Date(dueAt - 300).toISOString());
    await later;
    await sim.clock.real();
  });
});
