import type { FakeClock } from '../../src/core/fakes/fake-clock';
import type { MessageHead, MessageRecord } from '../../src/core/message';
import type { Journal, JournalEntry, MessageStore } from '../../src/core/ports';

/** A store under test, the journal its `create` writes to, and a way to change the simulation version. */
export interface MessageStoreUnderTest {
  store: MessageStore;
  journal: Journal;
  /** The clock the store stamps history entries with. */
  clock: FakeClock;
  /** Changes the simulation state's version (a scenario or clock change elsewhere); answers the new one. */
  bumpVersion(): Promise<string>;
  /** An access token that stands until `revokeToken` (the store checks it for a caller that gives one). */
  issueToken(): Promise<string>;
  revokeToken(token: string): Promise<void>;
}

const AGENCY = '000.00.00.H30';

/** A queued async record of `messageId` from the development agency; `over` changes any of it. */
export function record(messageId: string, over: Partial<MessageRecord> = {}): MessageRecord {
  const at = over.receivedAt ?? '2026-01-15T08:00:00.000Z';
  return {
    messageId,
    messageType: 'dkdn.chiTietDoanhNghiep',
    service: 'dkdn',
    from: AGENCY,
    channel: 'unified',
    clientId: 'dev-client',
    status: 'queued',
    attempts: 0,
    receivedAt: at,
    updatedAt: at,
    fingerprint: `fp-${messageId}`,
    history: [{ status: 'queued', at }],
    body: { msdn: '0100109106', at: new Date(0) },
    delivery: 'async',
    ...over,
  };
}

const stored = (r: MessageRecord): MessageRecord => JSON.parse(JSON.stringify(r)) as MessageRecord;

const journalEntry = (messageId: string): JournalEntry => ({
  id: `j-${messageId}`,
  at: '2026-01-15T08:00:00.000Z',
  messageId,
  messageType: 'dkdn.chiTietDoanhNghiep',
  service: 'dkdn',
  from: AGENCY,
  channel: 'unified',
  body: { msdn: '0100109106' },
});

/**
 * The behaviour every MessageStore has, run against the Redis store and the in-memory fake alike,
 * so a pipeline test written on the fake holds on Redis. `open` gives a fresh, empty store per test
 * whose clock stands at 2026-01-15T09:00:00Z.
 */
export function runMessageStoreContract(name: string, open: () => Promise<MessageStoreUnderTest> | MessageStoreUnderTest): void {
  describe(`${name} keeps the MessageStore contract`, () => {
    let t: MessageStoreUnderTest;
    let store: MessageStore;
    const LEASE = 60_000;
    beforeEach(async () => {
      t = await open();
      store = t.store;
    });

    it('creates a record once per sender and id: the same id again answers the existing record untouched', async () => {
      const first = record('m-1');
      const created = await store.create(first, LEASE);
      expect(created).toMatchObject({ created: true, record: first });
      expect(await store.get(first)).toEqual(stored(first));
      const again = await store.create(record('m-1', { fingerprint: 'other', body: { other: true } }), LEASE);
      expect(again).toMatchObject({ created: false, record: stored(first) });
      const otherSender = record('m-1', { from: '000.00.00.G01', receivedAt: '2026-01-15T08:05:00.000Z' });
      expect(await store.create(otherSender, LEASE)).toMatchObject({ created: true });
      // Every sender's record of the id, the newest first; a sender without one adds nothing.
      expect(await store.create(record('m-other', { from: '000.00.00.G02' }), LEASE)).toMatchObject({ created: true });
      expect((await store.findById('m-1')).map((r) => r.from)).toEqual(['000.00.00.G01', AGENCY]);
      expect(await store.findById('never-used')).toEqual([]);
      expect(await store.get({ from: AGENCY, messageId: 'nope' })).toBeUndefined();
    });

    it('keeps what a new record is, not an outcome it claims: one history entry, no response, error or callbacks', async () => {
      const claimed = record('m-2', {
        status: 'processing',
        attempts: 1,
        history: [
          { status: 'processing', at: '2026-01-15T08:00:00.000Z' },
          { status: 'completed', at: '2026-01-15T08:00:01.000Z' },
        ],
        response: { x: 1 },
        error: { type: 'x', message: 'x' },
        callbacks: [{ at: '2026-01-15T08:00:00.000Z', url: 'http://127.0.0.1/cb', outcome: 'delivered' }],
        pending: true,
        jobId: 'job-2',
        correlationId: 'c-2',
      });
      await store.create(claimed, LEASE);
      const { response: _r, error: _e, callbacks: _c, ...kept } = stored(claimed);
      expect(await store.get(claimed)).toEqual({ ...kept, history: [kept.history[0]] });
    });

    it('keeps a record created already finished as it is (its history, its response or error), off the recovery list', async () => {
      const history = [
        { status: 'processing' as const, at: '2026-01-15T08:00:00.000Z' },
        { status: 'completed' as const, at: '2026-01-15T08:00:01.000Z' },
      ];
      const done = record('m-f1', { status: 'completed', attempts: 1, delivery: 'sync', updatedAt: history[1].at, history, response: { x: 1 } });
      expect(await store.create(done, LEASE)).toMatchObject({ created: true });
      expect(await store.get(done)).toEqual(stored(done));
      const error = { type: 'business-rule', message: 'No enterprise', code: 'NOT_FOUND' };
      const failed = record('m-f2', {
        status: 'failed',
        attempts: 1,
        delivery: 'sync',
        history: [history[0], { status: 'failed', at: history[1].at, detail: 'No enterprise' }],
        updatedAt: history[1].at,
        error,
      });
      await store.create(failed, LEASE);
      expect(await store.get(failed)).toEqual(stored(failed));
      expect(await store.claimExpired(Date.now() + 10 * LEASE, LEASE, 10)).toEqual([]);
    });

    it('writes the journal entry of a new record in the same step, and none for a replay', async () => {
      const outcome = await store.create(record('m-3'), LEASE, { journal: journalEntry('m-3') });
      expect(outcome).toMatchObject({ created: true, journaled: true });
      await store.create(record('m-3'), LEASE, { journal: journalEntry('m-3') });
      expect((await t.journal.list()).map((e) => e.id)).toEqual(['j-m-3']);
    });

    it('writes nothing for a caller whose copy of the simulation state is stale, and tells it the current version', async () => {
      const current = await t.bumpVersion();
      expect(await store.create(record('m-4'), LEASE, { journal: journalEntry('m-4'), simVersion: `${current}-old` })).toEqual({
        created: false,
        stale: true,
        simVersion: current,
      });
      expect(await store.get(record('m-4'))).toBeUndefined();
      expect(await t.journal.list()).toEqual([]);
      expect(await store.create(record('m-4'), LEASE, { simVersion: current })).toMatchObject({ created: true, simVersion: current });
      expect(await store.beginAttempt(record('m-4'), 'try', undefined, `${current}-old`)).toEqual({ stale: true, simVersion: current });
      const begun = { status: 'processing' as const, at: '2026-01-15T09:00:00.000Z' };
      const ahead = { jobId: 'j', begun, response: {}, at: '2026-01-15T09:00:00.000Z', simVersion: `${current}-old` };
      expect(await store.completeAhead(record('m-4'), ahead)).toEqual({ stale: true, simVersion: current });
      expect(await store.get(record('m-4'))).toMatchObject({ status: 'queued', attempts: 0 });
    });

    it('update applies a change on the clock and appends it to the history; completing drops an earlier error', async () => {
      const r = record('m-5', { correlationId: 'c-5' });
      await store.create(r, LEASE);
      await t.clock.set('2026-01-15T09:00:00.000Z');
      const failed = await store.update(r, {
        status: 'retrying',
        attempts: 1,
        detail: 'backend down',
        error: { type: 'transient', message: 'down' },
        jobId: 'job-b',
      });
      expect(failed).toMatchObject({
        status: 'retrying',
        attempts: 1,
        updatedAt: '2026-01-15T09:00:00.000Z',
        error: { type: 'transient', message: 'down' },
        jobId: 'job-b',
      });
      await t.clock.set('2026-01-15T09:00:05.000Z');
      const done = await store.update(r, { status: 'completed', response: { ok: [1] } });
      expect(done).toEqual({
        ...stored(r),
        status: 'completed',
        attempts: 1,
        updatedAt: '2026-01-15T09:00:05.000Z',
        response: { ok: [1] },
        jobId: 'job-b',
        history: [
          r.history[0],
          { status: 'retrying', at: '2026-01-15T09:00:00.000Z', detail: 'backend down' },
          { status: 'completed', at: '2026-01-15T09:00:05.000Z' },
        ],
      });
      expect(await store.get(r)).toEqual(done);
      expect(await store.update(r, { status: 'failed', onlyIfOpen: true })).toBeUndefined();
      expect((await store.get(r))?.status).toBe('completed');
      expect(await store.update(record('gone'), { status: 'failed' })).toBeUndefined();
    });

    it('writes nothing for a caller whose token no longer stands, not even a replay; a standing token changes nothing', async () => {
      const token = await t.issueToken();
      expect(await store.create(record('m-11'), LEASE, { journal: journalEntry('m-11'), token })).toMatchObject({ created: true });
      await t.revokeToken(token);
      expect(await store.create(record('m-12'), LEASE, { journal: journalEntry('m-12'), token })).toEqual({ created: false, tokenGone: true });
      expect(await store.create(record('m-11'), LEASE, { token })).toEqual({ created: false, tokenGone: true });
      expect(await store.get(record('m-12'))).toBeUndefined();
      expect((await t.journal.list()).map((e) => e.id)).toEqual(['j-m-11']);
    });

    it('update given the caller’s copy answers the record as stored, whether or not something else changed it since', async () => {
      const r = record('m-13');
      await store.create(r, LEASE);
      await t.clock.set('2026-01-15T09:00:00.000Z');
      const done = await store.update(r, { status: 'completed', response: { ok: [1] } }, r);
      expect(stored(done as MessageRecord)).toEqual(await store.get(r));
      expect(done?.history.map((h) => h.status)).toEqual(['queued', 'completed']);
      // Changed behind the caller's back (a note, a callback attempt): the answer still shows it.
      const s = record('m-14');
      await store.create(s, LEASE);
      await store.appendHistory(s, { status: 'redriven', at: '2026-01-15T09:30:00.000Z', detail: 'by admin' });
      await store.recordCallback(s, {
        at: '2026-01-15T09:30:01.000Z',
        url: 'http://127.0.0.1:9/cb',
        status: 500,
        outcome: 'retrying',
        detail: 'HTTP 500',
      });
      const failed = await store.update(s, { status: 'failed', error: { type: 'refused', message: 'no' }, detail: 'no' }, s);
      expect(failed).toEqual(await store.get(s));
      expect(failed?.history.map((h) => h.status)).toEqual(['queued', 'redriven', 'failed']);
      expect(failed?.callbacks).toHaveLength(1);
    });

    it('beginAttempt starts a try of the record’s own job only, and says when it is finished, another job’s, pending or gone', async () => {
      const r = record('m-6', { jobId: 'job-1' });
      await store.create(r, LEASE);
      expect(await store.beginAttempt(r, 'attempt 1', 'job-2')).toEqual({ superseded: true });
      await t.clock.set('2026-01-15T09:00:00.000Z');
      const begun = await store.beginAttempt(r, 'attempt 1', 'job-1');
      expect(begun).toMatchObject({ started: true, record: { status: 'processing', attempts: 1, updatedAt: '2026-01-15T09:00:00.000Z' } });
      expect((await store.get(r))?.history.at(-1)).toEqual({ status: 'processing', at: '2026-01-15T09:00:00.000Z', detail: 'attempt 1' });
      // The try ends: the record answered is the one begun, with the change, read from nowhere.
      await t.clock.set('2026-01-15T09:00:02.000Z');
      const ended = await store.endAttempt(begun?.record as MessageHead, { status: 'completed', response: { ok: true } });
      expect(ended).toMatchObject({ status: 'completed', response: { ok: true }, attempts: 1, updatedAt: '2026-01-15T09:00:02.000Z' });
      expect(await store.get(r)).toMatchObject({ status: 'completed', response: { ok: true }, updatedAt: '2026-01-15T09:00:02.000Z' });
      expect((await store.get(r))?.history.at(-1)).toEqual({ status: 'completed', at: '2026-01-15T09:00:02.000Z' });
      expect(await store.beginAttempt(r, 'attempt 2', 'job-1')).toMatchObject({ started: false, record: { status: 'completed', attempts: 1 } });
      expect(await store.beginAttempt(record('gone'), 'attempt 1')).toBeUndefined();
      expect(await store.endAttempt(stored(record('gone')), { status: 'completed', response: {} })).toBeUndefined();
      // A record no job runs (a sync message's) is no job's: a leftover job with its id runs nothing.
      const noJob = record('m-13', { delivery: 'sync', status: 'processing' });
      await store.create(noJob, LEASE);
      expect(await store.beginAttempt(noJob, 'attempt 1', 'job-13')).toEqual({ superseded: true });

      // Left pending by a gateway of the earlier accept protocol that never confirmed it.
      const unconfirmed = record('m-7', { pending: true, jobId: 'job-7' });
      await store.create(unconfirmed, LEASE);
      // Another job's: as good as no record (the request that queued job-8 may be replacing it), left alone.
      expect(await store.beginAttempt(unconfirmed, 'attempt 1', 'job-8')).toBeUndefined();
      expect(await store.get(unconfirmed)).toMatchObject({ pending: true, jobId: 'job-7', status: 'queued' });
      expect(await store.beginAttempt(unconfirmed, 'attempt 1', 'job-7')).toEqual({ discarded: true });
      expect(await store.get(unconfirmed)).toBeUndefined();
    });

    it('completeAhead completes a queued record of its own job in one step, and changes nothing else', async () => {
      const r = record('m-21', { jobId: 'job-21' });
      await store.create(r, LEASE);
      const begun = { status: 'processing' as const, at: '2026-01-15T09:00:00.000Z', detail: 'attempt 1 of 3' };
      const done = { jobId: 'job-21', begun, response: { ok: 1 }, at: '2026-01-15T09:00:01.000Z' };
      // Another job's record, and no record at all: nothing changes.
      expect(await store.completeAhead(r, { ...done, jobId: 'job-x' })).toEqual({ declined: true });
      expect(await store.completeAhead(record('m-none'), done)).toEqual({ absent: true });
      expect(await store.get(r)).toMatchObject({ status: 'queued', attempts: 0 });

      expect(await store.completeAhead(r, done)).toEqual({ done: true });
      const stored = await store.get(r);
      expect(stored).toMatchObject({ status: 'completed', attempts: 1, response: { ok: 1 }, updatedAt: '2026-01-15T09:00:01.000Z' });
      expect(stored?.history.slice(1)).toEqual([begun, { status: 'completed', at: '2026-01-15T09:00:01.000Z' }]);
      // Off the recovery list: no sweeper claims it.
      expect(await store.claimExpired(Date.now() + 10 * LEASE, LEASE, 100)).not.toContainEqual({ from: r.from, messageId: r.messageId });
      // Done once: a second completion (a job run again) is declined, the record as it was.
      expect(await store.completeAhead(r, done)).toEqual({ declined: true });
      expect((await store.get(r))?.history).toHaveLength(3);

      // A pending record of its own job, or one a try already began, takes the long way.
      const pending = record('m-22', { pending: true, jobId: 'job-22' });
      await store.create(pending, LEASE);
      expect(await store.completeAhead(pending, { ...done, jobId: 'job-22' })).toEqual({ declined: true });
      // A pending leftover of another job may be being replaced: as good as no record.
      expect(await store.completeAhead(pending, { ...done, jobId: 'job-23' })).toEqual({ absent: true });
      const running = record('m-24', { jobId: 'job-24' });
      await store.create(running, LEASE);
      await store.beginAttempt(running, 'attempt 1', 'job-24');
      expect(await store.completeAhead(running, { ...done, jobId: 'job-24' })).toEqual({ declined: true });
      expect(await store.get(running)).toMatchObject({ status: 'processing', attempts: 1 });
    });

    it('endAttempt after a try that failed: the retry that completes drops the error, as stored and as answered', async () => {
      const r = record('m-15', { jobId: 'job-15' });
      await store.create(r, LEASE);
      const first = await store.beginAttempt(r, 'attempt 1', 'job-15');
      const error = { type: 'transient', message: 'down' };
      const retrying = await store.endAttempt(first?.record as MessageHead, { status: 'retrying', attempts: 1, error, detail: 'down' });
      expect(retrying).toMatchObject({ status: 'retrying', error });
      expect(await store.get(r)).toMatchObject({ status: 'retrying', error });
      const second = await store.beginAttempt(r, 'attempt 2', 'job-15');
      expect(second?.record).toMatchObject({ status: 'processing', attempts: 2, error });
      const done = await store.endAttempt(second?.record as MessageHead, { status: 'completed', response: { ok: true } });
      expect(done).not.toHaveProperty('error');
      const { history, ...head } = (await store.get(r)) as MessageRecord;
      expect(head).toEqual(done);
      expect(history.map((h) => h.status)).toEqual(['queued', 'processing', 'retrying', 'processing', 'completed']);
    });

    it('discardPending deletes a record only while it is pending', async () => {
      const pending = record('m-8', { pending: true, jobId: 'job-8' });
      await store.create(pending, LEASE);
      expect(await store.discardPending(pending)).toBe(true);
      expect(await store.get(pending)).toBeUndefined();
      expect(await store.discardPending(pending)).toBe(false);
      const accepted = record('m-9', { jobId: 'job-9' });
      await store.create(accepted, LEASE);
      expect(await store.discardPending(accepted)).toBe(false);
      expect(await store.get(accepted)).toBeDefined();
    });

    it('hands open records whose lease ran out to recovery, once per lease; renewing, finishing or releasing keeps them away', async () => {
      const [a, b, c, d] = ['la', 'lb', 'lc', 'ld'].map((id) => record(id));
      for (const r of [a, b, c, d]) await store.create(r, LEASE);
      await store.renewLease(b, 10 * LEASE);
      await store.update(c, { status: 'completed', response: {} });
      await store.release(d);
      const later = Date.now() + 2 * LEASE;
      expect(await store.claimExpired(later, LEASE, 10)).toEqual([{ from: AGENCY, messageId: 'la' }]);
      // Claimed with a new lease: another sweeper at the same moment finds nothing.
      expect(await store.claimExpired(later, LEASE, 10)).toEqual([]);
      expect(await store.claimExpired(later + 2 * LEASE, LEASE, 1)).toEqual([{ from: AGENCY, messageId: 'la' }]);
      // A renewal never puts back a record that left the list.
      await store.renewLease(d, LEASE);
      expect(await store.claimExpired(Date.now() + 100 * LEASE, LEASE, 10)).toEqual([
        { from: AGENCY, messageId: 'la' },
        { from: AGENCY, messageId: 'lb' },
      ]);
    });

    it('appends history notes and callback attempts to a record that exists, and to no other', async () => {
      const r = record('m-10');
      await store.create(r, LEASE);
      await store.appendHistory(r, { status: 'redriven', at: '2026-01-15T10:00:00.000Z', detail: 'by admin' });
      const attempt = { at: '2026-01-15T10:00:01.000Z', url: 'http://127.0.0.1:9/cb', status: 500, outcome: 'retrying' as const, detail: 'HTTP 500' };
      await store.recordCallback(r, attempt);
      await store.recordCallback(r, { ...attempt, status: 200, outcome: 'delivered', detail: undefined });
      const found = await store.get(r);
      expect(found?.history.at(-1)).toEqual({ status: 'redriven', at: '2026-01-15T10:00:00.000Z', detail: 'by admin' });
      expect(found?.callbacks?.map((cb) => cb.outcome)).toEqual(['retrying', 'delivered']);
      await store.appendHistory(record('gone'), { status: 'redriven', at: '2026-01-15T10:00:00.000Z' });
      await store.recordCallback(record('gone'), attempt);
      expect(await store.get(record('gone'))).toBeUndefined();
    });

    it('searches by correlationId and sender, newest first, within a limit', async () => {
      const other = '000.00.00.G01';
      await store.create(record('s-1', { correlationId: 'case', receivedAt: '2026-01-15T08:00:01.000Z' }), LEASE);
      await store.create(record('s-2', { correlationId: 'case', from: other, receivedAt: '2026-01-15T08:00:02.000Z' }), LEASE);
      await store.create(record('s-3', { receivedAt: '2026-01-15T08:00:03.000Z' }), LEASE);
      await store.create(record('s-4', { correlationId: 'case', receivedAt: '2026-01-15T08:00:04.000Z' }), LEASE);
      const ids = (rs: MessageRecord[]) => rs.map((r) => r.messageId);
      expect(ids(await store.search({ correlationId: 'case' }))).toEqual(['s-4', 's-2', 's-1']);
      expect(ids(await store.search({ from: AGENCY }))).toEqual(['s-4', 's-3', 's-1']);
      expect(ids(await store.search({ from: AGENCY, correlationId: 'case' }))).toEqual(['s-4', 's-1']);
      expect(ids(await store.search({ from: AGENCY, limit: 2 }))).toEqual(['s-4', 's-3']);
      expect(await store.search({})).toEqual([]);
      expect(await store.search({ correlationId: 'none' })).toEqual([]);
    });

    it('remove forgets one record; clear forgets the records of some services and keeps the rest', async () => {
      await store.create(record('r-1', { correlationId: 'k' }), LEASE);
      await store.create(record('r-2', { service: 'lltp', messageType: 'lltp.nhanHoSoDangKy', correlationId: 'k' }), LEASE);
      await store.create(record('r-3', { service: 'hotich', messageType: 'hotich.dangKyHoTich', correlationId: 'k' }), LEASE);
      await store.remove(record('r-1'));
      expect(await store.get(record('r-1'))).toBeUndefined();
      expect((await store.search({ correlationId: 'k' })).map((r) => r.messageId)).toEqual(['r-3', 'r-2']);
      await store.clear(['lltp', 'dkdn']);
      expect(await store.get(record('r-2'))).toBeUndefined();
      expect((await store.findById('r-3')).map((r) => r.service)).toEqual(['hotich']);
      expect(await store.claimExpired(Date.now() + 10 * LEASE, LEASE, 10)).toEqual([{ from: AGENCY, messageId: 'r-3' }]);
    });
  });
}
