import { DEMO_ISSUE_AFTER_MS } from '../../test/support/fake-adapter';
import { DEV_PRINCIPAL } from '../../test/support/fake-context';
import { DEMO_AGENCY, demoMessage, fakePipeline } from '../../test/support/fake-pipeline';
import { ConflictError, ForbiddenError, InjectedFaultError, NotFoundError, ServiceUnavailableError, ValidationError } from './errors';
import type { SubmitOptions } from './pipeline';

const SYNC: SubmitOptions = { channel: 'unified', mode: 'sync' };
const ASYNC: SubmitOptions = { channel: 'unified', mode: 'async' };
const MSDN = '0100109106';

describe('Pipeline (in-memory ports)', () => {
  let t: ReturnType<typeof fakePipeline>;
  beforeEach(async () => {
    t = fakePipeline();
    await t.world.state('demo').set(`enterprise:${MSDN}`, { name: 'Công ty TNHH Demo' });
  });

  describe('a synchronous message', () => {
    it('answers with the handler’s result and keeps a completed record and a journal entry', async () => {
      const message = demoMessage('traCuu', { msdn: MSDN }, { correlationId: 'case-1' });
      const result = await t.pipeline.submit(DEV_PRINCIPAL, message, SYNC);

      const answer = { msdn: MSDN, name: 'Công ty TNHH Demo', askedBy: DEMO_AGENCY, channel: 'unified', messageId: 'msg-1', replyTo: null };
      expect(result).toMatchObject({ kind: 'finished', result: answer });
      const at = t.world.clock.now().toISOString();
      expect(await t.store.get({ from: DEMO_AGENCY, messageId: 'msg-1' })).toMatchObject({
        messageType: 'demo.traCuu',
        service: 'demo',
        correlationId: 'case-1',
        clientId: 'dev-client',
        status: 'completed',
        attempts: 1,
        response: answer,
        delivery: 'sync',
        history: [
          { status: 'processing', at },
          { status: 'completed', at },
        ],
      });
      expect(await t.journal.list()).toEqual([
        {
          id: expect.any(String) as string,
          at,
          messageId: 'msg-1',
          messageType: 'demo.traCuu',
          service: 'demo',
          from: DEMO_AGENCY,
          correlationId: 'case-1',
          channel: 'unified',
          body: { msdn: MSDN },
        },
      ]);
      expect(t.finished).toEqual([{ service: 'demo', messageType: 'demo.traCuu', status: 'completed', channel: 'unified', durationMs: 0 }]);
    });

    it('records a business error as a failed message and answers it, journaled all the same', async () => {
      const result = await t.pipeline.submit(DEV_PRINCIPAL, demoMessage('traCuu', { msdn: '0312345678' }), SYNC);
      expect(result.kind).toBe('finished');
      expect(result).toMatchObject({ error: { code: 'NOT_FOUND', status: 404 } });
      expect(result.record).toMatchObject({
        status: 'failed',
        error: { type: 'business-rule', code: 'NOT_FOUND', message: 'No enterprise 0312345678' },
      });
      expect(await t.journal.list()).toHaveLength(1);
    });

    it('keeps the native path and the leniencies the native door applied, on the record and the journal entry', async () => {
      const coercions = [{ path: 'msdn', kind: 'number-to-string' as const, from: 100109106, to: MSDN }];
      await t.pipeline.submit(DEV_PRINCIPAL, demoMessage('traCuu', { msdn: MSDN }), {
        channel: 'native',
        mode: 'sync',
        nativePath: '/demo/traCuu',
        coercions,
      });
      expect((await t.store.get({ from: DEMO_AGENCY, messageId: 'msg-1' }))?.coercions).toEqual(coercions);
      expect(await t.journal.list()).toMatchObject([{ channel: 'native', nativePath: '/demo/traCuu', coercions }]);
      expect(t.scenarios.applied).toMatchObject([{ stage: 'sync', nativePath: '/demo/traCuu' }]);
    });

    it('schedules the timers its handler asks for, on simulation time, and keeps the handler’s state', async () => {
      const result = await t.pipeline.submit(DEV_PRINCIPAL, demoMessage('nopHoSo', { msdn: MSDN, tenHoSo: 'Thành lập' }), SYNC);
      const soHoSo = (result as { result: { soHoSo: string } }).result.soHoSo;
      expect(t.world.timers.pending()).toEqual([
        { id: `issue:${soHoSo}`, service: 'demo', kind: 'issue', dueAt: t.world.clock.nowMs() + DEMO_ISSUE_AFTER_MS, payload: { soHoSo } },
      ]);
      expect(await t.world.state('demo').get(`dossier:${soHoSo}`)).toEqual({ msdn: MSDN, tenHoSo: 'Thành lập', status: 'received' });
    });
  });

  describe('a read-only operation (OperationSpec.readOnly), run ahead of its record', () => {
    /** Counts the store's create and update calls from here on. */
    const counted = () => {
      const calls = { create: 0, update: 0 };
      const store = t.store;
      const create = store.create.bind(store);
      const update = store.update.bind(store);
      store.create = (...args) => (calls.create++, create(...args));
      store.update = (...args) => (calls.update++, update(...args));
      return calls;
    };

    it('stores its record once, already finished (both history entries, the answer), and answers what a read gives back', async () => {
      const calls = counted();
      const result = await t.pipeline.submit(DEV_PRINCIPAL, demoMessage('traCuu', { msdn: MSDN }), SYNC);
      expect(calls).toEqual({ create: 1, update: 0 });
      expect(result).toMatchObject({ kind: 'finished', record: { status: 'completed', attempts: 1 } });
      expect(await t.store.get({ from: DEMO_AGENCY, messageId: 'msg-1' })).toEqual(result.record);
      expect(result.record.history.map((h) => h.status)).toEqual(['processing', 'completed']);
      // Nothing left open for recovery: it never had an owner to lose.
      expect(await t.store.claimExpired(Date.now() + 3_600_000, 30_000, 10)).toEqual([]);
    });

    it('stores a business error the same way, failed with it', async () => {
      const calls = counted();
      const result = await t.pipeline.submit(DEV_PRINCIPAL, demoMessage('traCuu', { msdn: '0312345678' }), SYNC);
      expect(calls).toEqual({ create: 1, update: 0 });
      expect(await t.store.get({ from: DEMO_AGENCY, messageId: 'msg-1' })).toMatchObject({
        status: 'failed',
        error: { code: 'NOT_FOUND' },
        history: [{ status: 'processing' }, { status: 'failed', detail: 'No enterprise 0312345678' }],
      });
      expect(result).toMatchObject({ kind: 'finished', error: { code: 'NOT_FOUND' } });
    });

    it('outlasting the wait: stored processing then and answered pending; the running handler finishes the record', async () => {
      let release = (): void => undefined;
      t.adapter.gate.held = new Promise((resolve) => (release = resolve));
      const calls = counted();
      const result = await t.pipeline.submit(DEV_PRINCIPAL, demoMessage('traCuu', { msdn: MSDN }), { ...SYNC, waitMs: 5 });
      expect(result).toMatchObject({ kind: 'pending', record: { status: 'processing' } });
      expect(await t.store.get({ from: DEMO_AGENCY, messageId: 'msg-1' })).toMatchObject({ status: 'processing' });
      release();
      const ref = { from: DEMO_AGENCY, messageId: 'msg-1' };
      for (let spins = 0; spins < 100 && (await t.store.get(ref))?.status !== 'completed'; spins++) await new Promise(setImmediate);
      expect(await t.store.get(ref)).toMatchObject({ status: 'completed', history: [{ status: 'processing' }, { status: 'completed' }] });
      expect(calls).toEqual({ create: 1, update: 1 });
      expect(t.adapter.calls.traCuu).toBe(1);
    });

    it('takes the stored path (processing first) while a fault rule is set, and the fault applies', async () => {
      t.scenarios.fail('demo.traCuu', new InjectedFaultError('E418', 'teapot', 418, 'rule-1'));
      const calls = counted();
      const result = await t.pipeline.submit(DEV_PRINCIPAL, demoMessage('traCuu', { msdn: MSDN }), SYNC);
      expect(calls).toEqual({ create: 1, update: 1 });
      expect(result).toMatchObject({ kind: 'finished', record: { status: 'failed' } });
      expect(t.adapter.calls.traCuu).toBe(0);
    });
  });

  describe('an asynchronous message', () => {
    it('is accepted once queued: the job queued first, then the record stored accepted, naming it, and journaled', async () => {
      const message = demoMessage('traCuu', { msdn: MSDN }, { callbackUrl: 'http://127.0.0.1:9000/cb' });
      const result = await t.pipeline.submit(DEV_PRINCIPAL, message, ASYNC);

      expect(result.kind).toBe('accepted');
      expect(result.record).toMatchObject({
        status: 'queued',
        attempts: 0,
        jobId: 'job-1',
        delivery: 'async',
        callbackUrl: 'http://127.0.0.1:9000/cb',
      });
      expect(result.record.pending).toBeUndefined();
      expect(t.dispatcher.queued).toEqual([{ message, record: expect.objectContaining({ jobId: 'job-1' }) as unknown, withdrawn: false }]);
      const stored = await t.store.get(message.header);
      expect(stored).toMatchObject({ status: 'queued', jobId: 'job-1', history: [{ status: 'queued' }] });
      expect(stored?.pending).toBeUndefined();
      expect(await t.journal.list()).toMatchObject([{ messageId: 'msg-1', channel: 'unified' }]);
      // Nothing ran here: the queue's worker runs it.
      expect(t.adapter.calls.traCuu).toBe(0);
    });

    it('is refused with 503 and leaves no record behind when it cannot be queued, so the same id can be sent again', async () => {
      t.dispatcher.failNext();
      const message = demoMessage('traCuu', { msdn: MSDN });
      await expect(t.pipeline.submit(DEV_PRINCIPAL, message, ASYNC)).rejects.toThrow(ServiceUnavailableError);
      expect(await t.store.get(message.header)).toBeUndefined();

      expect(await t.pipeline.submit(DEV_PRINCIPAL, message, ASYNC)).toMatchObject({ kind: 'accepted', record: { jobId: 'job-2' } });
    });

    it('sent again takes back the job it queued before the record told it apart: a replay or a conflict leaves one live job', async () => {
      const message = demoMessage('traCuu', { msdn: MSDN });
      await t.pipeline.submit(DEV_PRINCIPAL, message, ASYNC);
      expect(await t.pipeline.submit(DEV_PRINCIPAL, message, ASYNC)).toMatchObject({ kind: 'replayed', record: { jobId: 'job-1' } });
      await expect(t.pipeline.submit(DEV_PRINCIPAL, demoMessage('traCuu', { msdn: '0312345678' }), ASYNC)).rejects.toThrow(ConflictError);
      expect(t.dispatcher.queued.map((job) => [job.record.jobId, job.withdrawn])).toEqual([
        ['job-1', false],
        ['job-2', true],
        ['job-3', true],
      ]);
    });
  });

  describe('the same messageId again', () => {
    it('with the same message answers the existing record and runs nothing twice', async () => {
      const message = demoMessage('nopHoSo', { msdn: MSDN, tenHoSo: 'Thành lập' });
      const first = await t.pipeline.submit(DEV_PRINCIPAL, message, SYNC);
      const again = await t.pipeline.submit(DEV_PRINCIPAL, message, SYNC);
      expect(again).toEqual({ kind: 'replayed', record: first.record });
      expect(t.adapter.calls.nopHoSo).toBe(1);
      expect(await t.journal.list()).toHaveLength(1);
    });

    it('of a read-only operation answers the existing record, stored once; its handler ran again but changed nothing', async () => {
      const message = demoMessage('traCuu', { msdn: MSDN });
      const first = await t.pipeline.submit(DEV_PRINCIPAL, message, SYNC);
      const again = await t.pipeline.submit(DEV_PRINCIPAL, message, SYNC);
      expect(again).toEqual({ kind: 'replayed', record: first.record });
      expect(t.adapter.calls.traCuu).toBe(2);
      expect(await t.journal.list()).toHaveLength(1);
      expect(t.finished).toHaveLength(1);
    });

    it('with another body is a conflict (409), and the first record stands', async () => {
      await t.pipeline.submit(DEV_PRINCIPAL, demoMessage('traCuu', { msdn: MSDN }), SYNC);
      await expect(t.pipeline.submit(DEV_PRINCIPAL, demoMessage('traCuu', { msdn: '0312345678' }), SYNC)).rejects.toThrow(ConflictError);
      expect(await t.store.get({ from: DEMO_AGENCY, messageId: 'msg-1' })).toMatchObject({ body: { msdn: MSDN }, status: 'completed' });
    });

    it('from another agency is another message', async () => {
      const other = { clientId: 'other', agency: '000.00.00.G01', services: ['demo'] };
      await t.pipeline.submit(DEV_PRINCIPAL, demoMessage('traCuu', { msdn: MSDN }), SYNC);
      const theirs = await t.pipeline.submit(other, demoMessage('traCuu', { msdn: MSDN }, { from: other.agency }), SYNC);
      expect(theirs).toMatchObject({ kind: 'finished', record: { from: other.agency, status: 'completed' } });
      expect(t.adapter.calls.traCuu).toBe(2);
    });
  });

  describe('refusals before anything is kept', () => {
    const refused = async (run: () => Promise<unknown>, error: new (...args: never[]) => Error, message?: RegExp): Promise<unknown> => {
      const thrown = await run().then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(thrown).toBeInstanceOf(error);
      if (message) expect((thrown as Error).message).toMatch(message);
      expect(await t.store.search({ from: DEMO_AGENCY })).toEqual([]);
      expect(await t.journal.list()).toEqual([]);
      expect(t.adapter.calls.traCuu + t.adapter.calls.nopHoSo).toBe(0);
      return thrown;
    };

    it('a body that breaks its schema: every violation, with its path', async () => {
      const error = await refused(() => t.pipeline.submit(DEV_PRINCIPAL, demoMessage('nopHoSo', { msdn: '12', extra: 1 }), SYNC), ValidationError);
      expect((error as ValidationError).errors).toEqual([
        { path: 'body.tenHoSo', message: 'body.tenHoSo is required' },
        { path: 'body.extra', message: 'body.extra is not a known field' },
        { path: 'body.msdn', message: 'body.msdn must match the pattern ^\\d{10}$' },
      ]);
    });

    it('a body that breaks a rule the schema cannot say', async () => {
      const error = await refused(() => t.pipeline.submit(DEV_PRINCIPAL, demoMessage('traCuu', { msdn: '0012345678' }), SYNC), ValidationError);
      expect((error as ValidationError).errors).toEqual([{ path: 'body.msdn', message: 'body.msdn must not start with 00' }]);
    });

    it('an unknown message type, another agency’s header, a service the client may not call, a callback host not allowed', async () => {
      await refused(
        () => t.pipeline.submit(DEV_PRINCIPAL, demoMessage('traCuu', {}, { messageType: 'demo.nope' }), SYNC),
        NotFoundError,
        /demo\.nope/,
      );
      await refused(
        () => t.pipeline.submit(DEV_PRINCIPAL, demoMessage('traCuu', { msdn: MSDN }, { from: '000.00.00.G01' }), SYNC),
        ForbiddenError,
        /G01/,
      );
      const limited = { ...DEV_PRINCIPAL, services: ['lltp'] };
      await refused(() => t.pipeline.submit(limited, demoMessage('traCuu', { msdn: MSDN }), SYNC), ForbiddenError, /service demo/);
      const elsewhere = demoMessage('traCuu', { msdn: MSDN }, { callbackUrl: 'http://evil.example/cb' });
      await refused(() => t.pipeline.submit(DEV_PRINCIPAL, elsewhere, SYNC), ValidationError);
    });
  });

  describe('an injected fault', () => {
    it('on the synchronous path fails the message with the fault, before its handler runs', async () => {
      t.scenarios.fail('demo.traCuu', new InjectedFaultError('E503', 'Backend down for maintenance', 503, 'rule-1'), { stage: 'sync' });
      const result = await t.pipeline.submit(DEV_PRINCIPAL, demoMessage('traCuu', { msdn: MSDN }), SYNC);
      expect(result).toMatchObject({ kind: 'finished', error: { status: 503, code: 'E503' } });
      expect(result.record).toMatchObject({
        status: 'failed',
        error: { type: 'injected-fault', code: 'E503', message: 'Backend down for maintenance' },
        history: [{ status: 'processing' }, { status: 'failed', detail: 'Backend down for maintenance' }],
      });
      expect(t.adapter.calls.traCuu).toBe(0);
      expect(await t.journal.list()).toHaveLength(1);

      // Only once: the next message gets through.
      const next = await t.pipeline.submit(DEV_PRINCIPAL, demoMessage('traCuu', { msdn: MSDN }, { messageId: 'msg-2' }), SYNC);
      expect(next.record.status).toBe('completed');
    });
  });
});
