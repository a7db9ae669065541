import { JournalVerificationError, SimControl } from 'lgsp-sim/testing';
import type { LogFields, Logger } from '../../src/core/logger';
import { startTestApp, type TestApp } from '../support/test-app';

describe('/sim/journal: bounded, filterable, verifiable', () => {
  let t: TestApp;
  let sim: SimControl;
  let token: string;
  let msdn: string;
  const agency = '000.00.00.H30';
  const logged: { message: string; fields?: LogFields }[] = [];
  const record = (message: string, fields?: LogFields): void => void logged.push({ message, ...(fields ? { fields } : {}) });
  const logger: Logger = { debug: () => undefined, info: record, warn: record, error: record, child: () => logger };

  beforeAll(async () => {
    t = await startTestApp('sim-journal', { journalMaxEntries: 10 }, { logger });
    sim = new SimControl({ baseUrl: (await t.app.listen()).url });
    token = await t.token();
    msdn = t.app.reference.dataset.testPersons.activeEnterprise.id;
  });
  afterAll(() => t.close());
  beforeEach(() => sim.reset());

  const send = (messageId: string, correlationId?: string) =>
    t.http
      .post('/api/v1/messages')
      .auth(token, { type: 'bearer' })
      .set('prefer', 'wait=5')
      .send({
        header: { messageId, messageType: 'dkdn.chiTietDoanhNghiep', from: agency, ...(correlationId ? { correlationId } : {}) },
        body: { msdn },
      });
  const nativeCall = () =>
    t.http.get(`/apiCSDLDKDN/chiTietDoanhNghiep?msdn=${msdn}`).auth(token, { type: 'bearer' }).set('x-correlation-id', 'corr-native');

  it('records accepted messages from both doors, newest first, filterable by every field', async () => {
    await sim.clock.freeze('2026-05-01T00:00:00.000Z');
    await send('j-1', 'corr-a');
    await sim.clock.advance('1h');
    await nativeCall();
    const all = await sim.journal.find();
    expect(all.map((e) => e.channel)).toEqual(['native', 'unified']);
    expect(all[0]).toMatchObject({
      messageType: 'dkdn.chiTietDoanhNghiep',
      service: 'dkdn',
      from: agency,
      correlationId: 'corr-native',
      nativePath: '/apiCSDLDKDN/chiTietDoanhNghiep',
      body: { msdn },
    });
    expect(all[1]).toMatchObject({ messageId: 'j-1', correlationId: 'corr-a', at: '2026-05-01T00:00:00.000Z' });

    expect((await sim.journal.find({ correlationId: 'corr-a' })).map((e) => e.messageId)).toEqual(['j-1']);
    expect(await sim.journal.find({ channel: 'native' })).toHaveLength(1);
    expect(await sim.journal.find({ nativePath: '/apiCSDLDKDN/*' })).toHaveLength(1);
    expect(await sim.journal.find({ messageType: 'dkdn.*', from: agency, service: 'dkdn' })).toHaveLength(2);
    expect(await sim.journal.find({ since: '2026-05-01T00:30:00.000Z' })).toHaveLength(1);
    expect(await sim.journal.find({ until: new Date('2026-05-01T00:30:00.000Z') })).toHaveLength(1);
    expect(await sim.journal.find({ messageType: 'lltp.*' })).toEqual([]);
    expect(await sim.journal.find({ limit: 1 })).toHaveLength(1);
  });

  it('is bounded: never more than JOURNAL_MAX_ENTRIES, the oldest dropped', async () => {
    for (let i = 0; i < 14; i++) await send(`bound-${i}`);
    const entries = await sim.journal.find({ limit: 10 });
    expect(entries).toHaveLength(10);
    expect(entries[0].messageId).toBe('bound-13');
    expect(entries[9].messageId).toBe('bound-4');
    expect(await t.app.redis.llen(`${t.prefix}:journal`)).toBe(10);
  });

  it('requests refused before acceptance (schema violations) are not journaled', async () => {
    const bad = await t.http
      .post('/api/v1/messages')
      .auth(token, { type: 'bearer' })
      .send({ header: { messageId: 'bad', messageType: 'dkdn.chiTietDoanhNghiep', from: agency }, body: { msdn: 'x' } });
    expect(bad.status).toBe(400);
    expect(await sim.journal.find()).toEqual([]);
  });

  it('verify answers 200 when the count holds', async () => {
    await send('v-1', 'corr-v');
    await send('v-2', 'corr-v');
    const res = await t.http
      .post('/sim/journal/verify')
      .auth('dev-admin', { type: 'bearer' })
      .send({ match: { correlationId: 'corr-v', body: [{ path: 'msdn', equals: msdn }] }, count: { eq: 2 } });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ holds: true, matched: 2, expected: { eq: 2 } });
    await expect(sim.journal.verify({ messageType: 'dkdn.*' }, { gte: 1, lte: 2 })).resolves.toMatchObject({ matched: 2 });
  });

  it('verify answers 422 with the closest near misses and the criteria each failed', async () => {
    await send('nm-1', 'corr-x');
    await nativeCall();
    const res = await t.http
      .post('/sim/journal/verify')
      .auth('dev-admin', { type: 'bearer' })
      .send({
        match: { messageType: 'dkdn.chiTietDoanhNghiep', correlationId: 'corr-y', body: [{ path: 'msdn', matches: '^02' }] },
        count: { eq: 1 },
      });
    expect(res.status).toBe(422);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body).toMatchObject({
      type: 'urn:lgsp-sim:problem:verification-failed',
      status: 422,
      detail: 'Expected exactly 1 matching message, found 0',
      matched: 0,
      expected: { eq: 1 },
    });
    expect(res.body.nearMisses).toHaveLength(2);
    // The operator finds the refusal in the log by the error id the client was given.
    expect(logged).toContainEqual({ message: 'request refused', fields: expect.objectContaining({ errorId: res.body.errorId, status: 422 }) });
    expect(res.body.nearMisses[0].failed).toEqual(['correlationId: expected "corr-y", got "corr-native"', 'body.msdn: expected to match /^02/']);
  });

  it('SimControl.journal.verify throws an assertion error a test report can show', async () => {
    await send('ctl-1');
    const error = (await sim.journal.verify({ messageId: 'ctl-2' }, { eq: 1 }).catch((e: unknown) => e)) as JournalVerificationError;
    expect(error).toBeInstanceOf(JournalVerificationError);
    expect(error.message).toContain('Expected exactly 1 matching message, found 0 for {"messageId":"ctl-2"}');
    expect(error.message).toContain('dkdn.chiTietDoanhNghiep ctl-1 from 000.00.00.H30');
    expect(error.message).toContain('✗ messageId: expected "ctl-2", got "ctl-1"');
  });

  it('verify answers at once for a glob of many stars and a regex that backtracks; a regex it cannot run in linear time is 400', async () => {
    const echo = await t.http
      .post('/api/v1/messages')
      .auth(token, { type: 'bearer' })
      .set('prefer', 'wait=5')
      .send({ header: { messageId: 'echo-a', messageType: 'diag.echo', from: agency }, body: { echo: `${'a'.repeat(40)}!` } });
    expect(echo.status).toBe(200);
    // On the backtracking engine the first took 71 s, the second (40 a's) does not end: both past the
    // test's timeout, with every other request held behind them.
    // The glob matches dkdn.chiTietDoanhNghiep (a verification must name a message type there is), not diag.echo.
    for (const match of [{ messageType: `${'*'.repeat(40)}DoanhNghiep` }, { body: [{ path: 'echo', matches: '^(a+)+$' }] }]) {
      const res = await t.http
        .post('/sim/journal/verify')
        .auth('dev-admin', { type: 'bearer' })
        .send({ match, count: { eq: 1 } });
      expect({ status: res.status, detail: res.body.detail }).toEqual({ status: 422, detail: 'Expected exactly 1 matching message, found 0' });
    }
    const backreference = await t.http
      .post('/sim/journal/verify')
      .auth('dev-admin', { type: 'bearer' })
      .send({ match: { body: [{ path: 'echo', matches: '^(a+)\\1$' }] } });
    expect({ status: backreference.status, errors: backreference.body.errors }).toEqual({
      status: 400,
      errors: [
        {
          path: 'match.body[0].matches',
          message:
            'match.body[0].matches cannot be run in linear time: leave out backreferences and lookarounds, and repeat at most 16 times with {n}',
        },
      ],
    });
  });

  it('bad filters and verify requests → 400 naming the field', async () => {
    const admin = { type: 'bearer' as const };
    const since = await t.http.get('/sim/journal?since=yesterday').auth('dev-admin', admin);
    expect(since.status).toBe(400);
    expect(since.body.errors).toEqual([{ path: 'since', message: 'since must be a date and time in ISO 8601' }]);
    expect((await t.http.get('/sim/journal?limit=0').auth('dev-admin', admin)).status).toBe(400);
    expect((await t.http.get('/sim/journal?channel=fax').auth('dev-admin', admin)).status).toBe(400);
    // A repeated filter is refused, not ignored (which would answer every entry as if it matched).
    const repeated = await t.http.get('/sim/journal?messageType=diag.echo&messageType=dkdn.chiTietDoanhNghiep').auth('dev-admin', admin);
    expect(repeated.status).toBe(400);
    expect(repeated.body.errors).toEqual([{ path: 'messageType', message: 'messageType must be given once, as plain text' }]);
    // A misspelt filter is refused, not ignored (it listed every entry as if it matched).
    const typo = await t.http.get('/sim/journal?messagetype=diag.echo').auth('dev-admin', admin);
    expect(typo.status).toBe(400);
    expect(typo.body.errors).toEqual([
      {
        path: 'messagetype',
        message:
          'messagetype is not a known field; known: messageType, service, from, correlationId, messageId, nativePath, channel, since, until, limit',
      },
    ]);
    const window = await t.http.get('/sim/journal?since=2026-03-02T00:00:00Z&until=2026-03-01T00:00:00Z').auth('dev-admin', admin);
    expect(window.body.errors).toEqual([{ path: 'until', message: 'until must not be before since' }]);
    // A misspelt message type counted nothing, so "none was sent" passed whatever was sent.
    const none = await t.http
      .post('/sim/journal/verify')
      .auth('dev-admin', admin)
      .send({ match: { messageType: 'diag.ecoh' }, count: { eq: 0 } });
    expect({ status: none.status, errors: none.body.errors }).toEqual({
      status: 400,
      errors: [{ path: 'match.messageType', message: 'match.messageType "diag.ecoh" matches no message type; GET /api/v1/services lists them' }],
    });
    // A count nothing can meet is a mistake in the test: 400, not a 422 "verification failed".
    for (const [impossible, message] of [
      [{ gte: 5, lte: 2 }, 'count cannot be met: at least 5 and at most 2'],
      [{ eq: 1, gte: 2 }, 'count cannot be met: exactly 1 is outside at least 2'],
    ] as const) {
      const res = await t.http.post('/sim/journal/verify').auth('dev-admin', admin).send({ match: {}, count: impossible });
      expect({ status: res.status, errors: res.body.errors }).toEqual({ status: 400, errors: [{ path: 'count', message }] });
    }
    const count = await t.http
      .post('/sim/journal/verify')
      .auth('dev-admin', admin)
      .send({ match: {}, count: { eq: -1 } });
    expect(count.status).toBe(400);
    expect(count.body.errors[0]).toEqual({ path: 'count.eq', message: 'count.eq must be >= 0' });
    const regex = await t.http
      .post('/sim/journal/verify')
      .auth('dev-admin', admin)
      .send({ match: { body: [{ path: 'msdn', matches: '[' }] } });
    expect(regex.status).toBe(400);
    expect(regex.body.errors[0].path).toBe('match.body[0].matches');
    expect((await t.http.post('/sim/journal/verify').auth('dev-admin', admin).send({})).status).toBe(400);
  });
});
