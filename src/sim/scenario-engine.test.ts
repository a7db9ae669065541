import { FakeClock } from '../core/fakes/fake-clock';
import { InMemoryScenarioStore } from '../core/fakes/in-memory-scenario-store';
import { InjectedFaultError, TransientError, TransportFaultError } from '../core/errors';
import { silentLogger } from '../core/logger';
import type { Message } from '../core/message';
import type { StoredRule } from '../core/ports';
import { RedisScenarioEngine } from './scenario-engine';

const message = (messageType: string): Message => ({
  header: { messageId: 'm-1', messageType, from: '000.00.00.H30' },
  body: { msdn: '0100109106' },
});
const rule = (id: string, seq: number, rest: Omit<StoredRule, 'id' | 'seq' | 'createdAt'>): StoredRule => ({
  id,
  seq,
  createdAt: '2026-01-15T08:00:00.000Z',
  ...rest,
});

describe('RedisScenarioEngine over the scenario store port (in-memory)', () => {
  let store: InMemoryScenarioStore;
  let clock: FakeClock;
  let draw: number;
  let engine: RedisScenarioEngine;
  /** Stores the rules and lets the engine reload them, as SimSync does after an announced change. */
  let load: (rules: StoredRule[]) => Promise<void>;
  beforeEach(() => {
    store = new InMemoryScenarioStore();
    clock = new FakeClock('2026-01-15T08:00:00.000Z');
    draw = 0.5;
    let reload: () => Promise<void> = async () => undefined;
    engine = new RedisScenarioEngine({
      store,
      clock,
      random: { faultDraw: () => draw },
      sync: { onChange: (listener) => void (reload = listener) },
      logger: silentLogger,
    });
    load = async (rules) => {
      await store.put(rules);
      await reload();
    };
  });
  afterEach(() => engine.interrupt());

  it('lets everything through when no rule is set', async () => {
    await expect(engine.apply({ stage: 'sync', message: message('dkdn.chiTietDoanhNghiep') })).resolves.toBeUndefined();
    expect(await engine.callbackEffects({ id: 'c', service: 'dkdn', url: 'http://127.0.0.1/cb', body: {}, signing: 'none', kind: 'result' })).toEqual(
      {},
    );
  });

  it('an error rule with a count fails that many matching calls with its status and code, and counts its hits', async () => {
    await load([
      rule('down', 1, { match: { messageType: 'dkdn.*' }, effect: { type: 'error', status: 503, code: 'E503', message: 'Down' }, count: 2 }),
    ]);
    const fault = await engine.apply({ stage: 'sync', message: message('dkdn.chiTietDoanhNghiep') }).catch((e: unknown) => e);
    expect(fault).toBeInstanceOf(InjectedFaultError);
    expect(fault).toMatchObject({ status: 503, code: 'E503', message: 'Down' });
    await expect(engine.apply({ stage: 'sync', message: message('lltp.nhanHoSoDangKy') })).resolves.toBeUndefined();
    await expect(engine.apply({ stage: 'sync', message: message('dkdn.chiTietDoanhNghiep') })).rejects.toThrow('Down');
    await expect(engine.apply({ stage: 'sync', message: message('dkdn.chiTietDoanhNghiep') })).resolves.toBeUndefined();
    expect(await store.statuses()).toMatchObject([{ id: 'down', hits: 2, remaining: 0 }]);
  });

  it('in a worker a 5xx or a transport fault is transient (retried), a 4xx permanent', async () => {
    await load([
      rule('busy', 1, { match: { messageType: 'dkdn.a', stage: 'worker' }, effect: { type: 'error', status: 502 } }),
      rule('refused', 2, { match: { messageType: 'dkdn.b', stage: 'worker' }, effect: { type: 'error', status: 422, code: 'E422' } }),
      rule('silent', 3, { match: { messageType: 'dkdn.c' }, effect: { type: 'timeout' } }),
    ]);
    await expect(engine.apply({ stage: 'worker', message: message('dkdn.a') })).rejects.toBeInstanceOf(TransientError);
    await expect(engine.apply({ stage: 'worker', message: message('dkdn.b') })).rejects.toBeInstanceOf(InjectedFaultError);
    await expect(engine.apply({ stage: 'worker', message: message('dkdn.c') })).rejects.toMatchObject({ status: 504, code: 'SIMULATED_TIMEOUT' });
    // On the synchronous path the HTTP layer acts the timeout out.
    await expect(engine.apply({ stage: 'sync', message: message('dkdn.c') })).rejects.toBeInstanceOf(TransportFaultError);
    // A rule for workers leaves the synchronous path alone.
    await expect(engine.apply({ stage: 'sync', message: message('dkdn.a') })).resolves.toBeUndefined();
  });

  it('a rule past its expiry (simulation time) or lost on its probability draw does not fire', async () => {
    await load([
      rule('expiring', 1, { match: { messageType: 'dkdn.a' }, effect: { type: 'drop' }, expiresAt: '2026-01-15T09:00:00.000Z' }),
      rule('rare', 2, { match: { messageType: 'dkdn.b' }, effect: { type: 'drop' }, probability: 0.3 }),
    ]);
    await expect(engine.apply({ stage: 'sync', message: message('dkdn.a') })).rejects.toBeInstanceOf(TransportFaultError);
    await clock.set('2026-01-15T09:00:00.000Z');
    await expect(engine.apply({ stage: 'sync', message: message('dkdn.a') })).resolves.toBeUndefined();
    await expect(engine.apply({ stage: 'sync', message: message('dkdn.b') })).resolves.toBeUndefined();
    draw = 0.2;
    await expect(engine.apply({ stage: 'sync', message: message('dkdn.b') })).rejects.toBeInstanceOf(TransportFaultError);
  });

  it('callback rules duplicate a delivery and add up their delays', async () => {
    await load([
      rule('twice', 1, { match: { stage: 'callback', callbackKind: 'ipn' }, effect: { type: 'duplicate' } }),
      rule('late', 2, { match: { stage: 'callback' }, effect: { type: 'latency', ms: 150 } }),
      rule('later', 3, { match: { stage: 'callback', service: 'paygov' }, effect: { type: 'latency', ms: 50 } }),
    ]);
    const ipn = { id: 'c', service: 'paygov', url: 'http://127.0.0.1/ipn', body: {}, signing: 'none' as const, kind: 'ipn' };
    expect(await engine.callbackEffects(ipn)).toEqual({ duplicate: true, delayMs: 200 });
    expect(await engine.callbackEffects({ ...ipn, service: 'dkdn', kind: 'result' })).toEqual({ delayMs: 150 });
  });
});
