import { startTestApp, type TestApp } from '../support/test-app';

describe('legal documents: the gateway JSON at /apiVBPL, read on the simulation clock', () => {
  let t: TestApp;
  let token: string;
  beforeAll(async () => {
    t = await startTestApp('vbpl-gateway');
    token = await t.token();
  });
  afterAll(() => t.close());

  const freeze = (at: string) => t.http.post('/sim/clock/freeze').auth(t.config.adminToken, { type: 'bearer' }).send({ at }).expect(200);
  const get = (path: string) => t.http.get(`/apiVBPL/${path}`).auth(token, { type: 'bearer' });
  const page = (body: object) => t.http.post('/apiVBPL/doc/all').auth(token, { type: 'bearer' }).send(body);

  beforeEach(() => freeze('2026-12-01T03:00:00Z'));

  it('answers a document with its status, signer, body and relations', async () => {
    const res = await get('doc/900001');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      success: true,
      data: {
        id: '900001',
        docNum: '15/2026/QĐ-UBND',
        title: 'Quyết định ban hành quy chế mô phỏng',
        docType: { name: 'Quyết định' },
        agencyName: 'Ủy ban nhân dân tỉnh Hậu Giang',
        issueDate: '2026-03-02T00:00:00',
        effFrom: '2026-03-15T00:00:00',
        effTo: null,
        effStatus: { code: 'CHL', name: 'Còn hiệu lực' },
        documentIssues: [
          { personName: 'Võ Văn Mẫu', jobTitleName: 'Chủ tịch Ủy ban nhân dân tỉnh', orderIndex: 1, agencyName: 'Ủy ban nhân dân tỉnh Hậu Giang' },
        ],
        documentContent: { content: expect.stringContaining('<p>') },
      },
    });
    expect(res.body.data.references).toEqual([
      {
        referenceType: 12,
        targetDocument: expect.objectContaining({
          id: '900101',
          docNum: '15/2025/QĐ-UBND',
          status: 'Hết hiệu lực toàn bộ',
          effTo: '2026-03-15T00:00:00',
        }),
      },
      { referenceType: 3, targetDocument: expect.objectContaining({ id: '100102', docNum: '64/2025/QH15', status: 'Còn hiệu lực' }) },
    ]);
    const replaced = await get('doc/vbpqta_100101');
    expect(replaced.body.data).toMatchObject({
      docNum: '80/2015/QH13',
      effTo: '2025-04-01T00:00:00',
      effStatus: { code: 'HHLTB' },
      gazetteNumber: 'Từ số 863 đến số 864',
    });
    expect((await get('doc/100301')).body.data.effStatus).toEqual({ code: 'HHTB', name: 'Hết hiệu lực một phần' });
    expect((await get('doc/900104')).body.data.effStatus.code).toBe('HHL');
  });

  it('groups related documents by relation type, both ways', async () => {
    const res = await get('doc/100102/diagram');
    expect(res.body.success).toBe(true);
    expect(res.body.data.documentNamesByType).toEqual({
      '3': [{ id: '100101', name: expect.stringMatching(/^Luật 80\/2015\/QH13/) }],
      '12': [{ id: '100101', name: expect.any(String) }],
    });
    expect(
      Object.fromEntries(Object.entries(res.body.data.documentNamesBySource).map(([k, v]) => [k, (v as { id: string }[]).map((d) => d.id)])),
    ).toEqual({ '3': ['100203', '900101', '900001'], '9': ['100203'] });
  });

  it('pages and sorts the list, 1-based, with the total of all matches', async () => {
    const first = await page({ pageNumber: 1, pageSize: 5 });
    expect(first.body.data.total).toBe(16);
    expect(first.body.data.items.map((d: { id: string }) => d.id)).toEqual(['900105', '100304', '900106', '900001', '100303']);
    expect((await page({ pageNumber: 4, pageSize: 5 })).body.data.items).toHaveLength(1);
    const oldest = await page({ sortBy: 'issueDate', sortDirection: 'asc', pageSize: 1 });
    expect(oldest.body.data.items[0]).toMatchObject({ id: '100301', docNum: '25/2008/QH12' });
    const found = await page({ keyword: 'BẢO HIỂM Y TẾ', issueDateFrom: '2024-01-01', issueDateTo: '2026-12-31' });
    expect(found.body.data.items.map((d: { id: string }) => d.id)).toEqual(['100304', '100303', '100302']);
  });

  it.each([
    [{ pageNumber: 0 }, /pageNumber/],
    [{ pageSize: 500 }, /pageSize/],
    [{ sortBy: 'author' }, /sortBy/],
    [{ issueDateFrom: '2026-02-30' }, /issueDateFrom must be a day that exists/],
    [{ issueDateFrom: '2026-03-01', issueDateTo: '2026-01-01' }, /issueDateTo must not be before/],
  ])('refuses the list query %j with 400', async (body, message) => {
    const res = await page(body);
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ success: false, message: expect.stringMatching(message), data: null });
  });

  it('takes the days as a C# client writes a DateTime or DateTimeOffset (with an offset), reading the day', async () => {
    const res = await page({ keyword: 'bảo hiểm y tế', issueDateFrom: '2024-01-01T00:00:00+07:00', issueDateTo: '2026-12-31T00:00:00.0000000+0700' });
    expect(res.status).toBe(200);
    expect(res.body.data.items.map((d: { id: string }) => d.id)).toEqual(['100304', '100303', '100302']);
  });

  it.each([
    ['the server action’s array', [{ pageNumber: 1, pageSize: 2 }], 'an array'],
    ['a bare number', 5, 'a number'],
  ])('refuses %s as the list body with 400, instead of answering the first page', async (_name, body, sent) => {
    const res = await t.http
      .post('/apiVBPL/doc/all')
      .auth(token, { type: 'bearer' })
      .set('Content-Type', 'application/json')
      .send(JSON.stringify(body));
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ success: false, message: expect.stringContaining(`not ${sent}`), data: null });
  });

  it('answers 404 for an unknown id, 400 for one that is no id, and the gateway fault without a token', async () => {
    expect((await get('doc/999999')).status).toBe(404);
    expect((await get('doc/999999')).body).toEqual({ success: false, message: 'Không tìm thấy văn bản có id 999999', data: null });
    const bad = await get('doc/abc');
    expect(bad.status).toBe(400);
    expect(bad.body.message).toMatch(/^id /);
    const anonymous = await t.http.get('/apiVBPL/doc/900001');
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.fault.code).toBe(900902);
  });

  it('effectiveness changes on the effective date: a decision issued for 2027 is not in force yet, then is, and abolishes another', async () => {
    expect((await get('doc/900105')).body.data.effStatus).toEqual({ code: 'CHUA_HL', name: 'Chưa có hiệu lực' });
    expect((await get('doc/900102')).body.data).toMatchObject({ effStatus: { code: 'NGUNG_HL' }, effTo: '2027-01-01T00:00:00' });
    await freeze('2027-01-01T01:00:00Z');
    expect((await get('doc/900105')).body.data.effStatus.code).toBe('CHL');
    expect((await get('doc/900102')).body.data.effStatus.code).toBe('HHLTB');
    await freeze('2026-11-01T01:00:00Z');
    expect((await get('doc/900105')).status).toBe(404);
    expect((await get('doc/900102')).body.data).toMatchObject({ effStatus: { code: 'NGUNG_HL' }, effTo: null });
    expect((await page({})).body.data.total).toBe(15);
  });
});
