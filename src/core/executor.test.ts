import { DEV_PRINCIPAL } from '../../test/support/fake-context';
import { DEMO_AGENCY, demoMessage, fakePipeline } from '../../test/support/fake-pipeline';
import { BusinessRuleError, NotFoundError, TransientError, ValidationError } from './errors';
import { isPermanent, toMessageError, type ExecutionMeta } from './executor';
import type { MessageRecord } from './message';

const MSDN = '0100109106';
const CALLBACK = 'http://127.0.0.1:9000/cb';

describe('MessageExecutor (in-memory ports)', () => {
  let t: ReturnType<typeof fakePipeline>;
  beforeEach(async () => {
    t = fakePipeline();
    await t.world.state('demo').set(`enterprise:${MSDN}`, { name: 'Công ty TNHH Demo' });
  });

  /** Accepts an async message through the pipeline and starts a worker's try, as the queue does. */
  async function accepted(body: unknown, header: { messageId?: string; callbackUrl?: string; correlationId?: string } = {}) {
    const message = demoMessage('traCuu', body, { callbackUrl: CALLBACK, correlationId: 'case-7', ...header });
    await t.pipeline.submit(DEV_PRINCIPAL, message, { channel: 'unified', mode: 'async' });
    const begun = await t.store.beginAttempt(message.header, 'attempt 1', t.dispatcher.queued.at(-1)?.record.jobId);
    const meta: ExecutionMeta = {
      principal: DEV_PRINCIPAL,
      messageId: message.header.messageId,
      channel: 'unified',
      ...(message.header.callbackUrl ? { callbackUrl: message.header.callbackUrl } : {}),
    };
    return { message, record: begun?.record as MessageRecord, meta };
  }

  it('runs a worker’s try: scenarios on the worker stage, then the handler, whose outcome completes the record and is called back', async () => {
    const { message, record, meta } = await accepted({ msdn: MSDN });
    const response = await t.executor.run(message, meta, 'worker');
    expect(t.scenarios.applied).toMatchObject([{ stage: 'worker', message }]);
    const finished = await t.executor.finish(record, { response });

    expect(finished).toMatchObject({
      status: 'completed',
      attempts: 1,
      response,
      history: [{ status: 'queued' }, { status: 'processing', detail: 'attempt 1' }, { status: 'completed' }],
    });
    expect(t.world.callbacks.sent).toEqual([
      {
        id: `${encodeURIComponent(DEMO_AGENCY)}/msg-1:result`,
        service: 'demo',
        url: CALLBACK,
        signing: 'lgsp',
        clientId: 'dev-client',
        messageId: 'msg-1',
        from: DEMO_AGENCY,
        kind: 'result',
        body: { messageId: 'msg-1', messageType: 'demo.traCuu', correlationId: 'case-7', status: 'completed', response },
      },
    ]);
    expect(t.finished).toMatchObject([{ service: 'demo', status: 'completed', channel: 'unified' }]);
  });

  it('a failure the worker gives up on makes the record dead with the error, and the callback says so', async () => {
    const { message, record, meta } = await accepted({ msdn: '0312345678' });
    const error = await t.executor.run(message, meta, 'worker').catch((e: unknown) => e);
    expect(isPermanent(error)).toBe(true);
    const dead = await t.executor.finish(record, { error }, 'dead');
    const reported = { type: 'business-rule', code: 'NOT_FOUND', message: 'No enterprise 0312345678' };
    expect(dead).toMatchObject({ status: 'dead', error: reported, history: [{}, {}, { status: 'dead', detail: 'No enterprise 0312345678' }] });
    expect(t.world.callbacks.sent.map((c) => c.body)).toEqual([
      { messageId: 'msg-1', messageType: 'demo.traCuu', correlationId: 'case-7', status: 'dead', error: reported },
    ]);
  });

  it('hands the handler who is asking, on which channel, and where the result goes', async () => {
    const { message, meta } = await accepted({ msdn: MSDN });
    const answer = await t.executor.run(message, { ...meta, channel: 'native', nativePath: '/demo/traCuu' }, 'sync');
    expect(answer).toMatchObject({ askedBy: DEMO_AGENCY, channel: 'native', messageId: 'msg-1', replyTo: CALLBACK });
    expect(t.scenarios.applied).toMatchObject([{ stage: 'sync', nativePath: '/demo/traCuu' }]);
  });

  it('sends no callback for a message without a callbackUrl, and sends a finished one’s again on request', async () => {
    const { message, record, meta } = await accepted({ msdn: MSDN }, { callbackUrl: undefined, messageId: 'quiet' });
    const done = await t.executor.finish(record, {
      response: await t.executor.run({ ...message, header: { ...message.header, callbackUrl: undefined } }, meta, 'worker'),
    });
    expect(done.callbackUrl).toBeUndefined();
    await t.executor.resendResult(done);
    expect(t.world.callbacks.sent).toEqual([]);

    const loud = await accepted({ msdn: MSDN }, { messageId: 'loud' });
    const finished = await t.executor.finish(loud.record, { response: {} });
    await t.executor.resendResult(finished);
    expect(t.world.callbacks.sent.map((c) => c.id)).toEqual([
      `${encodeURIComponent(DEMO_AGENCY)}/loud:result`,
      `${encodeURIComponent(DEMO_AGENCY)}/loud:result`,
    ]);
  });

  it('refuses a message type no adapter serves', async () => {
    const { meta } = await accepted({ msdn: MSDN });
    await expect(t.executor.run(demoMessage('traCuu', {}, { messageType: 'demo.nope' }), meta, 'worker')).rejects.toThrow(NotFoundError);
  });
});

describe('what a user sees of an error', () => {
  it('a business rule keeps its code and field errors; a transient failure its code; an unexpected one says only where to look', () => {
    const violations = [{ path: 'body.x', message: 'body.x is wrong' }];
    expect(toMessageError(new BusinessRuleError('E1', 'Refused', { errors: violations }))).toEqual({
      type: 'business-rule',
      code: 'E1',
      message: 'Refused',
      errors: violations,
    });
    expect(toMessageError(new TransientError('Down', { code: 'E503' }))).toEqual({ type: 'transient', code: 'E503', message: 'Down' });
    expect(toMessageError(new ValidationError('Bad', violations))).toEqual({ type: 'validation', message: 'Bad', errors: violations });
    expect(toMessageError(new Error('secret stack detail'))).toEqual({
      type: 'internal',
      message: 'The backend simulator failed; see the log for the error id',
    });
  });

  it('only app errors other than transient ones are permanent (no retry can cure them)', () => {
    expect(isPermanent(new BusinessRuleError('E1', 'x'))).toBe(true);
    expect(isPermanent(new TransientError('x'))).toBe(false);
    expect(isPermanent(new Error('x'))).toBe(false);
  });
});
