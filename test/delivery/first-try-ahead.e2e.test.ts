import Redis from 'ioredis';
import { BEGIN_ATTEMPT, COMPLETE_AHEAD } from '../../src/store/message-scripts';
import { TEST_REDIS_URL } from '../support/redis';
import { startTestApp, type TestApp } from '../support/test-app';
import { startReceiver, statuses, waitForRecord } from './delivery-helpers';

/** Fast retries, so a failing try's retry runs within the test. */
const ENV = { DELIVERY_BACKOFF_MS: '20', DELIVERY_ATTEMPTS_DIAG: '3' };

/**
 * A worker's first try of a read-only message runs the handler from the job's data and stores the
 * whole try in one script (docs/adr/0021); everything else takes the long way (begin, run, end).
 * Which way a message took is read off Redis itself (MONITOR): the scripts each try ran for it.
 */
describe('a first try run ahead of its record', () => {
  let t: TestApp;
  let token: string;
  let redis: Redis;
  let monitor: Redis;
  const seen: string[][] = [];
  let n = 0;

  const send = async (body: Record<string, unknown>, extra: Record<string, unknown> = {}): Promise<string> => {
    const messageId = `ahead-${Date.now()}-${++n}`;
    const res = await t.http
      .post('/api/v1/messages')
      .auth(token, { type: 'bearer' })
      .send({ header: { messageId, messageType: 'diag.echo', from: t.config.devClient.agency, ...extra }, body });
    expect(res.status).toBe(202);
    return messageId;
  };
  const done = (r: Record<string, unknown>): boolean => ['completed', 'failed', 'dead'].includes(r.status as string);
  /** How many times each script ran for this message (its id is in the record's keys). */
  const counted = (messageId: string): { begin: number; ahead: number } => {
    const mine = seen.filter((args) => args[0] === 'evalsha' && args.some((a) => a.includes(messageId)));
    return {
      begin: mine.filter((args) => args[1] === BEGIN_ATTEMPT.sha).length,
      ahead: mine.filter((args) => args[1] === COMPLETE_AHEAD.sha).length,
    };
  };
  /**
   * The counts once they are `expected` (MONITOR's feed comes on its own connection, so it may trail
   * the record read on another), or as they are after 5 s without getting there.
   */
  const scriptsRun = (messageId: string, expected: { begin: number; ahead: number }): Promise<{ begin: number; ahead: number }> =>
    new Promise((resolve) => {
      const check = (): void => {
        const now = counted(messageId);
        if (now.begin !== expected.begin || now.ahead !== expected.ahead) return;
        stop();
        resolve(now);
      };
      const timer = setTimeout(() => {
        stop();
        resolve(counted(messageId));
      }, 5000);
      const stop = (): void => {
        clearTimeout(timer);
        monitor.off('monitor', check);
      };
      monitor.on('monitor', check);
      check();
    });

  beforeAll(async () => {
    t = await startTestApp('first-try-ahead', {}, { env: ENV, workers: true });
    token = await t.token();
    redis = new Redis(TEST_REDIS_URL);
    monitor = await redis.monitor();
    monitor.on('monitor', (_time: string, args: string[]) => void seen.push(args.map(String)));
  });
  afterAll(async () => {
    monitor.disconnect();
    redis.disconnect();
    await t.close();
  });

  it('a read-only message completes in one script: the record shows the try as any other', async () => {
    const messageId = await send({ echo: 'fast' });
    const record = await waitForRecord(t, token, messageId, done);
    expect(record).toMatchObject({ status: 'completed', attempts: 1, response: { echo: 'fast' } });
    expect(statuses(record)).toEqual(['queued', 'processing', 'completed']);
    expect(record.history[1].detail).toBe('attempt 1 of 3');
    expect(await scriptsRun(messageId, { begin: 0, ahead: 1 })).toEqual({ begin: 0, ahead: 1 });
    // Off the recovery list, as a finished record is.
    expect(await t.app.store.claimExpired(Date.now() + 3_600_000, 1000, 1000)).not.toContainEqual({
      from: t.config.devClient.agency,
      messageId,
    });
  });

  it('a read-only handler that refuses takes the long way, so its failure is recorded as on any try', async () => {
    const messageId = await send({ fail: 'permanent' });
    const record = await waitForRecord(t, token, messageId, done);
    expect(record).toMatchObject({ status: 'failed', attempts: 1, error: { code: 'DIAG_REFUSED' } });
    expect(statuses(record)).toEqual(['queued', 'processing', 'failed']);
    expect(await scriptsRun(messageId, { begin: 1, ahead: 0 })).toEqual({ begin: 1, ahead: 0 });
  });

  it('a message that is not read-only (asked to fail once) takes the long way and its retry as well', async () => {
    const messageId = await send({ failTimes: 1, echo: 'again' });
    const record = await waitForRecord(t, token, messageId, done);
    expect(record).toMatchObject({ status: 'completed', attempts: 2, response: { echo: 'again', failedBefore: 1 } });
    expect(await scriptsRun(messageId, { begin: 2, ahead: 0 })).toEqual({ begin: 2, ahead: 0 });
  });

  it('a message with a result callback takes the long way: its callback is queued from the record', async () => {
    const receiver = await startReceiver();
    try {
      const messageId = await send({ echo: 'called back' }, { callbackUrl: receiver.url });
      const [callback] = await receiver.waitFor(1);
      expect(callback?.body).toMatchObject({ messageId, status: 'completed', response: { echo: 'called back' } });
      expect(await scriptsRun(messageId, { begin: 1, ahead: 0 })).toEqual({ begin: 1, ahead: 0 });
    } finally {
      await receiver.close();
    }
  });

  it('while a fault rule is set, a read-only message takes the long way and the rule applies', async () => {
    const sim = t.http;
    const added = await sim
      .post('/sim/scenarios')
      .auth('dev-admin', { type: 'bearer' })
      .send({ match: { messageType: 'diag.echo', stage: 'worker' }, effect: { type: 'error', status: 422, code: 'RULED', message: 'by the rule' } });
    expect(added.status).toBe(201);
    try {
      const messageId = await send({ echo: 'ruled' });
      const record = await waitForRecord(t, token, messageId, done);
      expect(record).toMatchObject({ status: 'failed', attempts: 1, error: { code: 'RULED' } });
      expect(await scriptsRun(messageId, { begin: 1, ahead: 0 })).toEqual({ begin: 1, ahead: 0 });
    } finally {
      await sim.delete('/sim/scenarios').auth('dev-admin', { type: 'bearer' });
    }
  });
});
