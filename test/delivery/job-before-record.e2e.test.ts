import type { Job, Queue } from 'bullmq';
import { fingerprint } from '../../src/core/fingerprint';
import type { Logger } from '../../src/core/logger';
import type { Message, MessageRecord } from '../../src/core/message';
import { startTestApp, type TestApp } from '../support/test-app';
import { statuses } from './delivery-helpers';
import { until } from '../support/until';

const FROM = '000.00.00.H30';
/** How long a job waits for its record (the lease): short, so a record that never comes is given up on within the test. */
const LEASE_MS = 1000;
/** The app's own sweeper effectively off: a late record must not be rescued by it here. */
const ENV = { RECOVERY_LEASE_MS: String(LEASE_MS), RECOVERY_INTERVAL_MS: '3600000', DELIVERY_ATTEMPTS_DIAG: '2', DELIVERY_BACKOFF_MS: '20' };

/**
 * The gateway queues a message's job before it stores the record that names it (docs/adr/0019):
 * here the two steps are taken apart, with a real worker taking the job up in between.
 */
describe('a job that comes up before its record', () => {
  let t: TestApp;
  let n = 0;
  const logged: string[] = [];
  const logger: Logger = {
    debug: () => undefined,
    info: (message) => void logged.push(message),
    warn: (message) => void logged.push(message),
    error: (message) => void logged.push(message),
    child: () => logger,
  };
  const queue = (): Queue => t.app.delivery.bullQueues().find((q) => q.name === 'svc-diag') as Queue;
  /** A message, and its accepted record naming a new job, as the gateway builds them. */
  const accepted = (label: string, extra: Record<string, unknown> = {}): { message: Message; record: MessageRecord } => {
    const messageId = `jbr-${label}-${Date.now()}-${++n}`;
    const header = { messageId, messageType: 'diag.echo', from: FROM };
    const body = { echo: messageId, ...extra };
    const now = new Date().toISOString();
    const record: MessageRecord = {
      ...header,
      service: 'diag',
      channel: 'unified',
      clientId: 'dev-client',
      receivedAt: now,
      fingerprint: fingerprint({ header, body }),
      body,
      delivery: 'async',
      status: 'queued',
      attempts: 0,
      updatedAt: now,
      history: [{ status: 'queued', at: now }],
      jobId: t.app.delivery.dispatcher.newJobId(header),
    };
    return { message: { header, body }, record };
  };
  const jobOf = async (record: MessageRecord): Promise<Job> => (await queue().getJob(record.jobId as string)) as Job;
  /** Once a worker took the job up, found no record and put it back to wait for one. */
  const waitingForRecord = (record: MessageRecord): Promise<true> =>
    until('the job to wait for its record', async () => ((await (await jobOf(record)).isDelayed()) ? true : undefined));
  /** The job as it ended (read once it has: an earlier read would lack its end). */
  const ended = (record: MessageRecord): Promise<Job> =>
    until('the job to end', async () => ((await (await jobOf(record)).isCompleted()) ? jobOf(record) : undefined));
  const finished = (record: MessageRecord): Promise<MessageRecord> =>
    until('the record to finish', async () => {
      const stored = await t.app.store.get(record);
      return stored?.status === 'completed' ? stored : undefined;
    });

  beforeAll(async () => {
    t = await startTestApp('job-before-record', {}, { env: ENV, workers: true, logger });
  });
  afterAll(() => t.close());

  it('waits for the record, without using up an attempt, and then runs it once', async () => {
    const { message, record } = accepted('late');
    await t.app.delivery.dispatcher.enqueue(message, record);
    await waitingForRecord(record);
    await t.app.store.create(record, LEASE_MS);

    const done = await finished(record);
    expect(done).toMatchObject({ status: 'completed', attempts: 1, response: message.body });
    expect(statuses(done)).toEqual(['queued', 'processing', 'completed']);
    // The waits were neither tries nor worker deaths.
    expect(done.history[1]?.detail).toBe(`attempt 1 of ${t.app.delivery.settings.services.get('diag')?.attempts}`);
    expect((await ended(record)).attemptsMade).toBe(1);
  });

  it('that waited for its record and then failed every try is a dead letter counting the tries that ran, not the waits', async () => {
    const { message, record } = accepted('dead', { failTimes: 5 });
    await t.app.delivery.dispatcher.enqueue(message, record);
    await waitingForRecord(record);
    await t.app.store.create(record, LEASE_MS);

    const dead = await until('the record to be dead', async () => {
      const stored = await t.app.store.get(record);
      return stored?.status === 'dead' ? stored : undefined;
    });
    expect(dead.attempts).toBe(2);
    expect(statuses(dead)).toEqual(['queued', 'processing', 'retrying', 'processing', 'dead']);
    const letter = await until('the dead letter', async () =>
      (await t.app.delivery.queueAdmin.deadLetters({ service: 'diag' })).find((d) => d.messageId === record.messageId),
    );
    expect(letter).toMatchObject({ messageId: record.messageId, attempts: 2 });
    expect(letter.reason).toMatch(/^attempt 2 of 2 failed/);
  });

  it('whose record never comes (its request was refused) is dropped once it has waited the lease, having run nothing', async () => {
    const { message, record } = accepted('never');
    await t.app.delivery.dispatcher.enqueue(message, record);
    await waitingForRecord(record);

    const job = await ended(record);
    expect(job.finishedOn! - job.timestamp).toBeGreaterThanOrEqual(LEASE_MS);
    // Its one try is the one that ended it: the waits used up none.
    expect(job.attemptsMade).toBe(1);
    expect(await t.app.store.get(record)).toBeUndefined();
    expect(await t.app.store.findById(record.messageId)).toEqual([]);
    expect(logged).toContain('no record names this job (its request was refused, or the record expired or was reset); job dropped');
  });

  it('that finds a pending leftover of another job (earlier accept protocol) waits while its request replaces it, then runs its record', async () => {
    const { message, record } = accepted('pending');
    await t.app.store.create({ ...record, pending: true, jobId: t.app.delivery.dispatcher.newJobId(record) }, LEASE_MS);
    await t.app.delivery.dispatcher.enqueue(message, record);
    await waitingForRecord(record);
    // What the request's create does when it meets a pending leftover: discard it, create its own.
    expect(await t.app.store.discardPending(record)).toBe(true);
    await t.app.store.create(record, LEASE_MS);

    expect(statuses(await finished(record))).toEqual(['queued', 'processing', 'completed']);
  });

  it('whose record names another job (a later acceptance of the same message) is dropped at once, and the record is left to its own job', async () => {
    const { message, record } = accepted('other');
    await t.app.store.create({ ...record, jobId: t.app.delivery.dispatcher.newJobId(record) }, LEASE_MS);
    await t.app.delivery.dispatcher.enqueue(message, record);

    const job = await ended(record);
    expect(job.finishedOn! - job.timestamp).toBeLessThan(LEASE_MS);
    expect(await t.app.store.get(record)).toMatchObject({ status: 'queued', attempts: 0 });
  });
});
