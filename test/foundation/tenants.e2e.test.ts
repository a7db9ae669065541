import { startTestApp, type TestApp } from '../support/test-app';

/** A messageId belongs to its sender: idempotency and look-ups are scoped per agency (as X-Road and Stripe do). */
describe('message ids are scoped per sending agency', () => {
  let t: TestApp;
  let mine: string;
  let theirs: string;
  let msdn: string;
  let other: string;
  const MY_AGENCY = '000.00.00.H30';
  const THEIR_AGENCY = '000.00.00.H56';
  const admin = { type: 'bearer' as const };
  const send = (token: string, from: string, messageId: string, wait = true, body: Record<string, unknown> = { msdn }) => {
    const req = t.http.post('/api/v1/messages').auth(token, { type: 'bearer' });
    return (wait ? req.set('prefer', 'wait=5') : req).send({ header: { messageId, messageType: 'dkdn.chiTietDoanhNghiep', from }, body });
  };
  const look = (token: string, messageId: string) => t.http.get(`/api/v1/messages/${messageId}`).auth(token, { type: 'bearer' });

  beforeAll(async () => {
    t = await startTestApp('tenants', {}, { workers: true });
    mine = await t.token();
    theirs = await t.token('motcua-h56', 'motcua-h56-secret');
    msdn = t.app.reference.dataset.testPersons.activeEnterprise.id;
    other = t.app.reference.dataset.testPersons.dissolvedEnterprise.id;
  });
  afterAll(() => t.close());

  it('another agency sending the same messageId gets a fresh message of its own: not 409, not a replay, no hint', async () => {
    const first = await send(mine, MY_AGENCY, 'shared-sync');
    expect(first.status).toBe(200);
    // Even with another body, the other agency's message is its own, processed.
    const second = await send(theirs, THEIR_AGENCY, 'shared-sync', true, { msdn: other });
    expect(second.status).toBe(200);
    expect(second.headers['idempotent-replayed']).toBeUndefined();
    expect(second.body).toMatchObject({ messageId: 'shared-sync', from: THEIR_AGENCY, attempts: 1 });
    expect(second.body.response).not.toEqual(first.body.response);
    // Each agency's own replay still works.
    const replay = await send(theirs, THEIR_AGENCY, 'shared-sync', true, { msdn: other });
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect((await send(mine, MY_AGENCY, 'shared-sync')).headers['idempotent-replayed']).toBe('true');
  });

  it('async: both agencies get 202 queued and each message runs through its own job', async () => {
    const [a, b] = await Promise.all([send(mine, MY_AGENCY, 'shared-async', false), send(theirs, THEIR_AGENCY, 'shared-async', false)]);
    expect([a.status, b.status]).toEqual([202, 202]);
    for (const [token, from] of [
      [mine, MY_AGENCY],
      [theirs, THEIR_AGENCY],
    ] as const) {
      let record: Record<string, unknown> = {};
      for (let i = 0; i < 2000 && record.status !== 'completed'; i += 1) record = (await look(token, 'shared-async')).body;
      expect(record).toMatchObject({ status: 'completed', from, attempts: 1 });
    }
    const jobs = await t.app.delivery
      .bullQueues()
      .find((q) => q.name === 'svc-dkdn')
      ?.getJobs(['completed']);
    expect(
      jobs
        ?.filter((j) => j.data.message.header.messageId === 'shared-async')
        .map((j) => j.data.message.header.from)
        .sort(),
    ).toEqual([MY_AGENCY, THEIR_AGENCY]);
  });

  it('GET /api/v1/messages/{id} shows only the caller’s own record; an id only another agency used is a plain 404', async () => {
    expect((await look(mine, 'shared-sync')).body.from).toBe(MY_AGENCY);
    expect((await look(theirs, 'shared-sync')).body.from).toBe(THEIR_AGENCY);
    await send(theirs, THEIR_AGENCY, 'theirs-only');
    const res = await look(mine, 'theirs-only');
    const never = await look(mine, 'never-used-by-anyone');
    expect(res.status).toBe(404);
    // Word for word what an id nobody used gets, apart from the id itself.
    expect(res.body.detail.replace('theirs-only', 'X')).toBe(never.body.detail.replace('never-used-by-anyone', 'X'));
  });

  it('admin search by messageId finds both agencies’ records, and each opens with ?from=', async () => {
    const res = await t.http.get('/api/v1/admin/messages').query({ q: 'shared-sync' }).auth('dev-admin', admin);
    expect(res.status).toBe(200);
    expect(
      res.body.results
        .filter((r: { matchedBy: string }) => r.matchedBy === 'messageId')
        .map((r: { from: string }) => r.from)
        .sort(),
    ).toEqual([MY_AGENCY, THEIR_AGENCY]);
    for (const from of [MY_AGENCY, THEIR_AGENCY]) {
      const one = await t.http.get('/api/v1/admin/messages/shared-sync').query({ from }).auth('dev-admin', admin);
      expect(one.status).toBe(200);
      expect(one.body.from).toBe(from);
    }
  });
});
