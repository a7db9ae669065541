import { SimControl, SimControlError } from 'lgsp-sim/testing';
import { startTestApp, type TestApp } from '../support/test-app';

describe('/sim/scenarios: create, list, delete; bad rules refused whole', () => {
  let t: TestApp;
  let sim: SimControl;
  const admin = (req: ReturnType<TestApp['http']['get']>) => req.auth('dev-admin', { type: 'bearer' });

  beforeAll(async () => {
    t = await startTestApp('sim-scenarios', { adminReadonlyToken: 'look-only' });
    const { url } = await t.app.listen();
    sim = new SimControl({ baseUrl: url, adminToken: 'dev-admin' });
  });
  afterAll(() => t.close());
  beforeEach(() => sim.reset());

  it('creates a rule with a generated id, lists it with hits and remaining, gets and deletes it', async () => {
    const [created] = await sim.scenarios.add({ match: { messageType: 'dkdn.*' }, effect: { type: 'error', status: 503, code: 'E503' }, count: 3 });
    expect(created).toMatchObject({ id: expect.stringMatching(/^rule-\d+$/), hits: 0, remaining: 3, effect: { type: 'error', status: 503 } });
    expect((await sim.scenarios.list()).map((r) => r.id)).toEqual([created.id]);
    expect(await sim.scenarios.get(created.id)).toMatchObject({ id: created.id });
    await sim.scenarios.remove(created.id);
    expect(await sim.scenarios.list()).toEqual([]);
    await expect(sim.scenarios.remove(created.id)).rejects.toMatchObject({ status: 404 });
  });

  it('posting a rule with an existing id replaces it; expiresIn becomes an absolute expiresAt', async () => {
    await sim.scenarios.add({ id: 'slow', effect: { type: 'latency', ms: 10 } });
    const [again] = await sim.scenarios.add({ id: 'slow', effect: { type: 'latency', ms: 20 }, expiresIn: '5m' });
    expect(again.effect.ms).toBe(20);
    expect(Date.parse(again.expiresAt as string) - Date.parse(again.createdAt)).toBe(300_000);
    expect(await sim.scenarios.list()).toHaveLength(1);
    await sim.scenarios.clear();
    expect(await sim.scenarios.list()).toEqual([]);
  });

  it('DELETE /sim/scenarios stops the rules at once: the next call is not affected', async () => {
    const token = await t.token();
    const echo = (messageId: string) =>
      t.http
        .post('/api/v1/messages')
        .auth(token, { type: 'bearer' })
        .set('prefer', 'wait=5')
        .send({ header: { messageId, messageType: 'diag.echo', from: t.config.devClient.agency }, body: { echo: 1 } });
    await sim.scenarios.add({ match: { messageType: 'diag.echo' }, effect: { type: 'error', status: 503, code: 'BUSY' } });
    expect((await echo('cleared-1')).status).toBe(503);
    expect((await admin(t.http.delete('/sim/scenarios'))).status).toBe(204);
    const after = await echo('cleared-2');
    expect({ status: after.status, recordStatus: after.body.status }).toEqual({ status: 200, recordStatus: 'completed' });
  });

  const refused: [string, unknown, string][] = [
    [
      'an unknown effect',
      { effect: { type: 'explode' } },
      'effect.type must be one of "latency", "error", "timeout", "drop", "malformed", "duplicate"',
    ],
    [
      'a bad regex',
      { match: { body: [{ path: 'msdn', matches: '([0-9' }] }, effect: { type: 'drop' } },
      'match.body[0].matches is not a valid regular expression',
    ],
    ['a probability above 1', { effect: { type: 'drop' }, probability: 1.5 }, 'probability must be <= 1'],
    ['a probability below 0', { effect: { type: 'drop' }, probability: -0.1 }, 'probability must be >= 0'],
    ['a count below 1', { effect: { type: 'drop' }, count: 0 }, 'count must be >= 1'],
    ['an error without a status', { effect: { type: 'error' } }, 'effect.status is required for an error effect'],
    ['a status outside 400-599', { effect: { type: 'error', status: 200 } }, 'effect.status must be >= 400'],
    [
      'a callback rule with an error effect',
      { match: { stage: 'callback' }, effect: { type: 'error', status: 500 } },
      'effect.type must be latency or duplicate when match.stage is callback',
    ],
    ['a bad expiresIn', { effect: { type: 'drop' }, expiresIn: 'soon' }, 'expiresIn: "soon" is not a duration'],
    // Past any date an expiry could be written as (these answered 500).
    ['an expiresIn of 10^20 ms', { effect: { type: 'drop' }, expiresIn: '99999999999999999999' }, 'expiresIn must be at most 100 years (36500d)'],
    ['an expiresIn of 10^13 days', { effect: { type: 'drop' }, expiresIn: '9999999999999d' }, 'expiresIn must be at most 100 years (36500d)'],
    ['an expiresIn of 1e300 ms', { effect: { type: 'drop' }, expiresIn: 1e300 }, 'expiresIn must be at most 100 years (36500d)'],
    // Past what Redis counts down (it was stored, then every matching call failed inside).
    ['a count of 1e300', { effect: { type: 'drop' }, count: 1e300 }, 'count must be <= 1000000000'],
    [
      'a regex the linear engine cannot run',
      { match: { body: [{ path: 'msdn', matches: '^(\\d)\\1' }] }, effect: { type: 'drop' } },
      'match.body[0].matches cannot be run in linear time: leave out backreferences and lookarounds, and repeat at most 16 times with {n}',
    ],
    ['an unknown field', { effect: { type: 'drop' }, when: 'now' }, 'when is not a known field'],
    // Rules that could never fire (these were stored, and the fault a test waited for never came).
    ['a service there is not', { match: { service: 'dkdnn' }, effect: { type: 'drop' } }, 'match.service "dkdnn" is not a service; known services: '],
    [
      'a message type there is not',
      { match: { messageType: 'dkdn.khongCo' }, effect: { type: 'drop' } },
      'match.messageType "dkdn.khongCo" matches no message type; GET /api/v1/services lists them',
    ],
    [
      'a glob matching no message type',
      { match: { messageType: 'lttp.*' }, effect: { type: 'drop' } },
      'match.messageType "lttp.*" matches no message type',
    ],
    [
      'a callback kind there is not',
      { match: { stage: 'callback', callbackKind: 'results' }, effect: { type: 'duplicate' } },
      'match.callbackKind must be one of result, status-change, ipn, got "results"',
    ],
    [
      'a message type of another service than match.service',
      { match: { service: 'dkdn', messageType: 'lltp.*' }, effect: { type: 'drop' } },
      'match.messageType "lltp.*" is no message type of match.service "dkdn": it could never match',
    ],
  ];

  it.each(refused)('%s → 400 problem+json naming the field, nothing stored', async (_name, rule, message) => {
    const res = await admin(t.http.post('/sim/scenarios')).send(rule as object);
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body.errors.map((e: { message: string }) => e.message)).toEqual(expect.arrayContaining([expect.stringContaining(message)]));
    expect(await sim.scenarios.list()).toEqual([]);
  });

  it('a rule with a glob of many stars or a regex that backtracks does not hold up the calls it is tested against', async () => {
    await sim.scenarios.add([
      // Matches dkdn.chiTietDoanhNghiep (a rule must match some message type), not diag.echo.
      { match: { messageType: `${'*'.repeat(40)}DoanhNghiep` }, effect: { type: 'error', status: 503 } },
      { match: { body: [{ path: 'echo', matches: '^(a+)+$' }] }, effect: { type: 'error', status: 503 } },
    ]);
    // On the backtracking engine this call never ends (past the test's timeout), and every other request waits behind it.
    const res = await t.http
      .post('/api/v1/messages')
      .auth(await t.token(), { type: 'bearer' })
      .set('prefer', 'wait=5')
      .send({
        header: { messageId: 'backtrack-1', messageType: 'diag.echo', from: t.config.devClient.agency },
        body: { echo: `${'a'.repeat(40)}!` },
      });
    expect({ status: res.status, recordStatus: res.body.status }).toEqual({ status: 200, recordStatus: 'completed' });
  });

  it('a batch with one bad rule stores none of them, and names the rule by position', async () => {
    const res = await admin(t.http.post('/sim/scenarios')).send({
      rules: [{ effect: { type: 'drop' } }, { effect: { type: 'drop' }, probability: 2 }],
    });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([{ path: 'rules[1].probability', message: 'rules[1].probability must be <= 1' }]);
    expect(await sim.scenarios.list()).toEqual([]);
  });

  it('a batch giving two rules one id → 400 naming both, nothing stored (the answer listed both, the store kept one)', async () => {
    const res = await admin(t.http.post('/sim/scenarios')).send({
      rules: [
        { id: 'twice', effect: { type: 'drop' } },
        { id: 'other', effect: { type: 'drop' } },
        { id: 'twice', effect: { type: 'latency', ms: 5 } },
      ],
    });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([
      { path: 'rules[2].id', message: 'rules[2].id "twice" is already the id of rules[0]: give each rule of a batch its own id' },
    ]);
    expect(await sim.scenarios.list()).toEqual([]);
  });

  it('a batch with members beside rules → 400 naming them (they were dropped unseen), nothing stored', async () => {
    const res = await admin(t.http.post('/sim/scenarios')).send({ rules: [{ effect: { type: 'drop' } }], count: 1 });
    expect({ status: res.status, errors: res.body.errors }).toEqual({
      status: 400,
      errors: [{ path: 'count', message: 'count is not a known field; known: rules' }],
    });
    expect(await sim.scenarios.list()).toEqual([]);
  });

  it('malformed JSON and a non-object body are refused with 400', async () => {
    const bad = await admin(t.http.post('/sim/scenarios')).set('content-type', 'application/json').send('{"effect":');
    expect(bad.status).toBe(400);
    const list = await admin(t.http.post('/sim/scenarios')).send([1, 2]);
    expect(list.status).toBe(400);
    expect(await sim.scenarios.list()).toEqual([]);
  });

  it('needs the admin credential; the read-only one may look but not change', async () => {
    const none = await t.http.get('/sim/scenarios');
    expect(none.status).toBe(401);
    expect(none.headers['content-type']).toContain('application/problem+json');
    const client = await t.http.get('/sim/scenarios').auth(await t.token(), { type: 'bearer' });
    expect(client.status).toBe(401);
    const look = await t.http.get('/sim/scenarios').auth('look-only', { type: 'bearer' });
    expect(look.status).toBe(200);
    const change = await t.http
      .post('/sim/scenarios')
      .auth('look-only', { type: 'bearer' })
      .send({ effect: { type: 'drop' } });
    expect(change.status).toBe(403);
    const reset = await t.http.post('/sim/reset').auth('look-only', { type: 'bearer' });
    expect(reset.status).toBe(403);
    expect(await sim.scenarios.list()).toEqual([]);
    // Verifying the journal is looking (it was 403): a CI job with the read-only token may check.
    const verify = await t.http
      .post('/sim/journal/verify')
      .auth('look-only', { type: 'bearer' })
      .send({ match: { messageType: 'diag.echo' }, count: { eq: 0 } });
    expect({ status: verify.status, body: verify.body }).toEqual({ status: 200, body: { holds: true, matched: 0, expected: { eq: 0 } } });
    expect((await t.http.delete('/sim/journal').auth('look-only', { type: 'bearer' })).status).toBe(403);
  });

  it('SimControl surfaces a refusal as a SimControlError with the reason', async () => {
    const error = await sim.scenarios.add({ effect: { type: 'drop' }, count: 0 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SimControlError);
    expect((error as Error).message).toBe('POST /sim/scenarios → 400: count must be >= 1');
  });

  it('the OpenAPI document lists every /sim route, each behind the admin credential', async () => {
    const doc = (await t.http.get('/api/v1/openapi.json')).body as { paths: Record<string, Record<string, { security?: unknown[] }>> };
    const sim = Object.keys(doc.paths).filter((p) => p.startsWith('/sim/'));
    expect(sim).toEqual(
      expect.arrayContaining([
        '/sim/scenarios',
        '/sim/scenarios/{id}',
        '/sim/clock',
        '/sim/clock/advance',
        '/sim/journal',
        '/sim/journal/verify',
        '/sim/reset',
      ]),
    );
    for (const path of sim) for (const operation of Object.values(doc.paths[path])) expect(operation.security).toEqual([{ adminToken: [] }]);
  });
});
