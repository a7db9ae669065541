import { makeMst } from '../../src/core/ids';
import { storedMessages } from '../support/stored';
import { startTestApp, type TestApp } from '../support/test-app';

describe('GET /apiCSDLDKDN/chiTietDoanhNghiep (native path, same pipeline)', () => {
  let t: TestApp;
  let token: string;
  let activeCode: string;
  let branchCode: string;

  beforeAll(async () => {
    t = await startTestApp('native-dkdn');
    token = await t.token();
    const active = t.app.reference.dataset.testPersons.activeEnterprise;
    activeCode = active.id;
    branchCode = active.branchCode as string;
  });
  afterAll(() => t.close());

  const get = (query: string, bearer: string = token) => {
    const req = t.http.get(`/apiCSDLDKDN/chiTietDoanhNghiep${query}`);
    return bearer ? req.auth(bearer, { type: 'bearer' }) : req;
  };

  it('answers in the registry’s own envelope', async () => {
    const res = await get(`?msdn=${activeCode}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ DataCount: 1, Status: '1', Message: 'success' });
    expect(res.body.MainInformation).toMatchObject({
      ENTERPRISE_GDT_CODE: activeCode,
      FOUNDING_DATE: expect.stringMatching(/^\d{2}\/\d{2}\/\d{4}$/),
    });
    expect(res.body.MainInformation.BusinessActivity.filter((a: { IS_MAIN: string }) => a.IS_MAIN === 'Y')).toHaveLength(1);
  });

  it('goes through the same pipeline: a message record and a journal entry exist', async () => {
    const before = await storedMessages(t.prefix);
    await get(`?msdn=${activeCode}`).expect(200);
    const after = await storedMessages(t.prefix);
    expect(after.journalLength).toBe(before.journalLength + 1);
    const [latest] = await t.app.redis.lrange(`${t.prefix}:journal`, 0, 0);
    expect(JSON.parse(latest)).toMatchObject({
      channel: 'native',
      nativePath: '/apiCSDLDKDN/chiTietDoanhNghiep',
      messageType: 'dkdn.chiTietDoanhNghiep',
    });
  });

  it('a 13-digit branch code resolves to its parent enterprise', async () => {
    const res = await get(`?msdn=${branchCode}`);
    expect(res.status).toBe(200);
    expect(res.body.MainInformation.ENTERPRISE_GDT_CODE).toBe(activeCode);
  });

  describe('bad input, in the registry’s envelope, storing nothing', () => {
    beforeEach(async () => {
      await t.app.redis.del(`${t.prefix}:journal`);
    });
    afterEach(async () => {
      expect((await storedMessages(t.prefix)).journalLength).toBe(0);
    });

    it('missing msdn → 400 Status "0"', async () => {
      const res = await get('');
      expect(res.status).toBe(400);
      expect(res.body).toEqual({ MainInformation: null, DataCount: 0, Status: '0', Message: 'msdn is required' });
    });

    it('a wrong check digit → 400 naming the rule', async () => {
      const res = await get('?msdn=4412345670');
      expect(res.status).toBe(400);
      expect(res.body.Status).toBe('0');
      expect(res.body.Message).toMatch(/InvalidChecksum/);
    });

    it('letters → 400', async () => {
      const res = await get('?msdn=44ABC');
      expect(res.status).toBe(400);
      expect(res.body.Message).toMatch(/msdn must be written as 10 or 13 digits/);
    });

    it('no token → the gateway’s 401 fault 900902', async () => {
      const res = await get(`?msdn=${activeCode}`, '');
      expect(res.status).toBe(401);
      expect(res.body.fault).toMatchObject({ code: 900902, message: 'Missing Credentials' });
    });

    it('a bad token → 401 fault 900901', async () => {
      const res = await get(`?msdn=${activeCode}`, 'bad-token');
      expect(res.status).toBe(401);
      expect(res.body.fault).toMatchObject({ code: 900901, message: 'Invalid Credentials' });
    });

    it('a client without the enterprise registry → 403 in the envelope', async () => {
      const justice = await t.token('tuphap-h44', 'tuphap-h44-secret');
      const res = await get(`?msdn=${activeCode}`, justice);
      expect(res.status).toBe(403);
      expect(res.body).toMatchObject({ Status: '0', Message: expect.stringMatching(/no right to the service dkdn/) });
    });

    it('an unknown resource under the API → the gateway’s 404 fault 900906', async () => {
      const res = await get('/nope?msdn=1');
      expect(res.status).toBe(404);
      expect(res.body.fault.code).toBe(900906);
    });
  });

  it('a valid code that is not registered → 404 Status "0" (and the message is recorded as failed)', async () => {
    const codes = new Set(t.app.reference.dataset.enterprises.map((e) => e.code));
    let unknown = '';
    for (let serial = 9999999; !unknown; serial--) {
      const code = makeMst('01', String(serial));
      if (code && !codes.has(code)) unknown = code;
    }
    const res = await get(`?msdn=${unknown}`);
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ Status: '0', DataCount: 0, Message: expect.stringMatching(/No enterprise with code/) });
  });
});
