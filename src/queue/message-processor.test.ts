import { DelayedError, UnrecoverableError, type Job } from 'bullmq';
import { DEV_PRINCIPAL } from '../../test/support/fake-context';
import { DEMO_AGENCY, demoMessage, fakePipeline } from '../../test/support/fake-pipeline';
import { BusinessRuleError } from '../core/errors';
import { silentLogger } from '../core/logger';
import type { Message, MessageRecord } from '../core/message';
import { MessageExecutor } from '../core/executor';
import type { MessageStore, Telemetry } from '../core/ports';
import type { DeadLetterStore } from './dead-letter-store';
import type { JobAhead, MessageJobData } from './delivery-queues';
import { createMessageProcessor } from './message-processor';

const MSDN = '0100109106';

/**
 * Which steps a worker's try takes through the message store: a first try of a read-only message
 * runs ahead and is stored in one step (completeAhead, docs/adr/0021); everything else begins,
 * runs and ends (beginAttempt, endAttempt). Over the in-memory fakes and the demo backend.
 */
describe('a message try (in-memory ports)', () => {
  let t: ReturnType<typeof fakePipeline>;
  let steps: string[];
  let delayedUntil: number | undefined;

  /** The store, with each worker step it is asked for written down. */
  const watched = (store: MessageStore): MessageStore =>
    new Proxy(store, {
      get(target, name, receiver) {
        const value: unknown = Reflect.get(target, name, receiver);
        if (typeof value !== 'function') return value;
        return (...args: unknown[]) => {
          if (name === 'beginAttempt' || name === 'completeAhead' || name === 'endAttempt') steps.push(name);
          return (value as (...a: unknown[]) => unknown).apply(target, args);
        };
      },
    });

  /** The worker's processor, its executor on the watched store as the composition root wires them. */
  const processor = () => {
    const store = watched(t.store);
    const telemetry: Telemetry = { messageFinished: (e) => void t.finished.push(e), jobRetried: () => undefined, callbackAttempted: () => undefined };
    const { registry, scenarios, world } = t;
    const executor = new MessageExecutor({ registry, scenarios, store, callbacks: world.callbacks, telemetry, contextFor: world.contextFor });
    return createMessageProcessor('svc-demo', 'demo', {
      store,
      executor,
      clients: { find: () => undefined, authenticate: () => undefined, all: () => [] },
      deadLetters: { add: () => Promise.resolve() } as unknown as DeadLetterStore,
      telemetry,
      clock: t.world.clock,
      logger: silentLogger,
      policy: { attempts: 3, backoffMs: 10, maxBackoffMs: 100 },
      maxStalled: 1,
      recordWaitLimitMs: 60_000,
    });
  };

  /** A BullMQ job as the processor reads it. */
  const jobOf = (message: Message, record: MessageRecord, options: { ahead?: boolean; attemptsMade?: number } = {}): Job<MessageJobData> => {
    const ahead: JobAhead = { clientId: record.clientId, channel: record.channel, receivedAt: record.receivedAt };
    return {
      id: record.jobId,
      data: options.ahead === false ? { message } : { message, ahead },
      attemptsMade: options.attemptsMade ?? 0,
      stalledCounter: 0,
      timestamp: Date.now(),
      moveToDelayed: (until: number) => {
        delayedUntil = until;
        return Promise.resolve();
      },
    } as unknown as Job<MessageJobData>;
  };
  /** Accepts an async message through the pipeline; answers its job as the gateway queued it. */
  const accepted = async (message: Message, options: { ahead?: boolean; attemptsMade?: number } = {}): Promise<Job<MessageJobData>> => {
    const result = await t.pipeline.submit(DEV_PRINCIPAL, message, { channel: 'unified', mode: 'async' });
    if (result.kind !== 'accepted') throw new Error(`not accepted: ${result.kind}`);
    return jobOf(message, result.record, options);
  };
  const statuses = async (message: Message): Promise<string[] | undefined> =>
    (await t.store.get(message.header))?.history.map((h) => `${h.status}${h.detail ? ` (${h.detail})` : ''}`);

  beforeEach(async () => {
    t = fakePipeline();
    steps = [];
    delayedUntil = undefined;
    await t.world.state('demo').set(`enterprise:${MSDN}`, { name: 'Công ty TNHH Demo' });
  });

  it('a first try of a read-only message runs ahead and is stored in one step, showing the try as any other', async () => {
    const message = demoMessage('traCuu', { msdn: MSDN });
    await processor()(await accepted(message), 'token');
    expect(steps).toEqual(['completeAhead']);
    expect(t.adapter.calls.traCuu).toBe(1);
    expect(await t.store.get(message.header)).toMatchObject({ status: 'completed', attempts: 1, response: { msdn: MSDN, askedBy: DEMO_AGENCY } });
    expect(await statuses(message)).toEqual(['queued', 'processing (attempt 1 of 3)', 'completed']);
    expect(t.finished).toEqual([expect.objectContaining({ service: 'demo', messageType: 'demo.traCuu', status: 'completed', channel: 'unified' })]);
  });

  it('a job queued again (no ahead data), a later try, or a writer takes the long way', async () => {
    const again = demoMessage('traCuu', { msdn: MSDN }, { messageId: 'again' });
    await processor()(await accepted(again, { ahead: false }), 'token');
    const retry = demoMessage('traCuu', { msdn: MSDN }, { messageId: 'retry' });
    await processor()(await accepted(retry, { attemptsMade: 1 }), 'token');
    const writer = demoMessage('nopHoSo', { msdn: MSDN, tenHoSo: 'x' }, { messageId: 'writer' });
    await processor()(await accepted(writer), 'token');
    expect(steps).toEqual(['beginAttempt', 'endAttempt', 'beginAttempt', 'endAttempt', 'beginAttempt', 'endAttempt']);
    for (const message of [again, retry, writer]) expect(await t.store.get(message.header)).toMatchObject({ status: 'completed' });
  });

  it('a read-only handler that throws takes the long way, which runs it again and records the refusal', async () => {
    const message = demoMessage('traCuu', { msdn: '0999999999' });
    await expect(processor()(await accepted(message), 'token')).rejects.toBeInstanceOf(UnrecoverableError);
    expect(steps).toEqual(['beginAttempt', 'endAttempt']);
    expect(t.adapter.calls.traCuu).toBe(2);
    expect(await t.store.get(message.header)).toMatchObject({ status: 'failed', attempts: 1, error: { code: 'NOT_FOUND' } });
  });

  it('while a fault rule is set, a read-only message takes the long way and the rule applies', async () => {
    t.scenarios.fail('demo.traCuu', new BusinessRuleError('RULED', 'by the rule'), { stage: 'worker' });
    const message = demoMessage('traCuu', { msdn: MSDN });
    await expect(processor()(await accepted(message), 'token')).rejects.toBeInstanceOf(UnrecoverableError);
    expect(steps).toEqual(['beginAttempt', 'endAttempt']);
    expect(await t.store.get(message.header)).toMatchObject({ status: 'failed', error: { code: 'RULED' } });
  });

  it('a record that is not there yet: the job waits for it, and its next try runs ahead once it is', async () => {
    const message = demoMessage('traCuu', { msdn: MSDN });
    const record: MessageRecord = {
      ...message.header,
      service: 'demo',
      channel: 'unified',
      clientId: 'dev-client',
      status: 'queued',
      attempts: 0,
      receivedAt: t.world.clock.now().toISOString(),
      updatedAt: t.world.clock.now().toISOString(),
      fingerprint: 'f',
      history: [{ status: 'queued', at: t.world.clock.now().toISOString() }],
      body: message.body,
      jobId: 'job-early',
    };
    const job = jobOf(message, record);
    await expect(processor()(job, 'token')).rejects.toBeInstanceOf(DelayedError);
    expect(delayedUntil).toBeGreaterThan(0);
    expect(steps).toEqual(['completeAhead']);
    await t.store.create(record, 30_000);
    await processor()(job, 'token');
    expect(steps).toEqual(['completeAhead', 'completeAhead']);
    expect(await t.store.get(message.header)).toMatchObject({ status: 'completed', attempts: 1 });
  });
});
