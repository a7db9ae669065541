import { XMLParser } from 'fast-xml-parser';
import { startTestApp, type TestApp } from '../support/test-app';

const xml = new XMLParser({ removeNSPrefix: true, parseTagValue: false, ignoreAttributes: false, attributeNamePrefix: '@' });
const NS = 'http://tempuri.org/';

const envelope = (body: string, header = '') =>
  `<?xml version="1.0" encoding="utf-8"?><soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/" xmlns:tem="${NS}">` +
  `${header ? `<soap:Header>${header}</soap:Header>` : ''}<soap:Body>${body}</soap:Body></soap:Envelope>`;
const login = (password = 'sim-vbpl-h30') =>
  `<tem:UserDetails><tem:userName>lgsp-h30</tem:userName><tem:password>${password}</tem:password></tem:UserDetails>`;

describe('legal documents: the legacy SOAP service at /apiVBPL/vbqppl.asmx', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp('vbpl-soap');
    await t.http.post('/sim/clock/freeze').auth(t.config.adminToken, { type: 'bearer' }).send({ at: '2026-12-01T03:00:00Z' }).expect(200);
  });
  afterAll(() => t.close());

  const call = (operation: string, body: string, header = '', action: string | undefined = `"${NS}${operation}"`) => {
    const req = t.http.post('/apiVBPL/vbqppl.asmx').set('content-type', 'text/xml; charset=utf-8');
    return (action === undefined ? req : req.set('SOAPAction', action)).send(envelope(body, header));
  };
  const result = (res: { text: string }, operation: string) => xml.parse(res.text).Envelope.Body[`${operation}Response`][`${operation}Result`];
  const fault = (res: { text: string }) => xml.parse(res.text).Envelope.Body.Fault;

  it('describes itself at ?WSDL, with a SOAP 1.1 and a SOAP 1.2 port at its address and the same SOAPActions', async () => {
    const res = await t.http.get('/apiVBPL/vbqppl.asmx?WSDL');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/xml/);
    const raw = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(res.text)['wsdl:definitions'];
    expect(raw['@xmlns:soap']).toBe('http://schemas.xmlsoap.org/wsdl/soap/');
    expect(raw['@xmlns:soap12']).toBe('http://schemas.xmlsoap.org/wsdl/soap12/');
    const ports = raw['wsdl:service']['wsdl:port'];
    expect(ports.map((p: Record<string, string>) => p['@binding'])).toEqual(['tns:VBQPPLSoap', 'tns:VBQPPLSoap12']);
    expect(ports[0]['soap:address']['@location']).toMatch(/\/apiVBPL\/vbqppl\.asmx$/);
    expect(ports[1]['soap12:address']['@location']).toBe(ports[0]['soap:address']['@location']);
    const [soap11, soap12] = raw['wsdl:binding'];
    const actions = (binding: Record<string, { [k: string]: { '@soapAction': string } }[]>, prefix: string) =>
      binding['wsdl:operation'].map((o) => o[`${prefix}:operation`]['@soapAction']);
    const expected = [`${NS}GetById`, `${NS}GetLichSuVB`, `${NS}GetListVanBanByListSKH`, `${NS}GetListVanBanByListID`];
    expect(actions(soap11, 'soap')).toEqual(expected);
    expect(actions(soap12, 'soap12')).toEqual(expected);
  });

  it('GetById answers the VanBanItem with its body, numeric status and relation lists', async () => {
    const res = await call('GetById', '<tem:GetById><tem:ItemID>100101</tem:ItemID><tem:TypeVB>1</tem:TypeVB></tem:GetById>');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/xml; charset=utf-8');
    const item = result(res, 'GetById');
    expect(item).toMatchObject({
      ItemID: '100101',
      VBPQSokyhieu: '80/2015/QH13',
      VBPQTinhTrangHieuLuc: 'Hết hiệu lực toàn bộ',
      VBPQTinhTrangHieuLucCode: '3',
      VBPQNgaycohieuluc: '2016-07-01T00:00:00',
      VBPQNgayHetHieuLuc: '2025-04-01T00:00:00',
      VBPQNgayHetHieuLuc1phan: '0001-01-01T00:00:00',
      VBPQToanVan: expect.stringContaining('<p>'),
    });
    expect(item.VBPQVanBanThayThe.VanBanLienQuan).toEqual({
      ItemID: '100102',
      VBPQSokyhieu: '64/2025/QH15',
      Title: 'Luật Ban hành văn bản quy phạm pháp luật',
    });
    expect(item.VBPQVanBanHuongDan.VanBanLienQuan).toMatchObject({ ItemID: '100201', VBPQSokyhieu: '34/2016/NĐ-CP' });
  });

  it('has nothing for an unknown id, nor for documents issued after the legacy portal closed', async () => {
    for (const id of ['999999', '100304']) {
      const res = await call('GetById', `<tem:GetById><tem:ItemID>${id}</tem:ItemID></tem:GetById>`);
      expect(result(res, 'GetById')).toEqual({ '@nil': 'true' });
    }
  });

  it('GetLichSuVB lists the changes of effectiveness up to the simulation day', async () => {
    const res = await call('GetLichSuVB', '<tem:GetLichSuVB><tem:ItemID>100201</tem:ItemID><tem:TypeVB>1</tem:TypeVB></tem:GetLichSuVB>');
    const changes = result(res, 'GetLichSuVB').LtsLichSu.LichSuVB;
    expect(changes.map((c: Record<string, string>) => [c.NgayThayDoi.slice(0, 10), c.TinhTrangCu, c.TinhTrangMoi, c.VanBanTacDong])).toEqual([
      ['2016-07-01', 'Chưa có hiệu lực', 'Còn hiệu lực', ''],
      ['2021-01-01', 'Còn hiệu lực', 'Hết hiệu lực một phần', '154/2020/NĐ-CP'],
      ['2025-04-01', 'Hết hiệu lực một phần', 'Hết hiệu lực toàn bộ', '78/2025/NĐ-CP'],
    ]);
  });

  it('GetListVanBanByListSKH takes an ArrayOfString or one text, without a login', async () => {
    const array = await call(
      'GetListVanBanByListSKH',
      '<tem:GetListVanBanByListSKH><tem:ListSKH><tem:string>64/2025/QH15</tem:string><tem:string>15/2026/qđ-ubnd</tem:string><tem:string>1/2099/XX</tem:string></tem:ListSKH></tem:GetListVanBanByListSKH>',
    );
    const found = result(array, 'GetListVanBanByListSKH');
    expect(found.TotalRecord).toBe('2');
    expect(found.LtsVanBan.VanBanItem.map((v: { ItemID: string }) => v.ItemID)).toEqual(['100102', '900001']);
    const text = await call(
      'GetListVanBanByListSKH',
      '<tem:GetListVanBanByListSKH><tem:ListSKH>80/2015/QH13; 34/2016/NĐ-CP</tem:ListSKH></tem:GetListVanBanByListSKH>',
    );
    expect(result(text, 'GetListVanBanByListSKH').TotalRecord).toBe('2');
  });

  it('GetListVanBanByListID needs the UserDetails header: Unauthorized access without it', async () => {
    const body = '<tem:GetListVanBanByListID><tem:ListID><tem:int>100101</tem:int><tem:int>900001</tem:int></tem:ListID></tem:GetListVanBanByListID>';
    for (const header of ['', login('wrong')]) {
      const refused = await call('GetListVanBanByListID', body, header);
      expect(refused.status).toBe(500);
      expect(fault(refused)).toEqual({ faultcode: 'soap:Client', faultstring: 'Unauthorized access', detail: '' });
    }
    const ok = await call('GetListVanBanByListID', body, login());
    expect(ok.status).toBe(200);
    expect(result(ok, 'GetListVanBanByListID').TotalRecord).toBe('2');
  });

  it.each([
    [
      'an unknown SOAPAction',
      () => call('GetAll', '<tem:GetAll/>'),
      500,
      /did not recognize the value of HTTP Header SOAPAction: "http:\/\/tempuri.org\/GetAll"/,
    ],
    [
      'a Body for another operation',
      () => call('GetById', '<tem:GetLichSuVB><tem:ItemID>1</tem:ItemID></tem:GetLichSuVB>'),
      500,
      /holds GetLichSuVB but SOAPAction names GetById/,
    ],
    ['an ItemID that is not a number', () => call('GetById', '<tem:GetById><tem:ItemID>abc</tem:ItemID></tem:GetById>'), 500, /ItemID must be/],
    ['a missing ItemID', () => call('GetLichSuVB', '<tem:GetLichSuVB/>'), 500, /ItemID is required|must have required property 'ItemID'/],
    [
      'XML that is not well formed',
      () => t.http.post('/apiVBPL/vbqppl.asmx').set('content-type', 'text/xml').set('SOAPAction', `${NS}GetById`).send('<soap:Envelope><soap:Body>'),
      500,
      /error in XML document/,
    ],
    ['no body at all (not an envelope: 400)', () => t.http.post('/apiVBPL/vbqppl.asmx'), 400, /not a SOAP envelope/],
    [
      'JSON instead of XML',
      () => t.http.post('/apiVBPL/vbqppl.asmx').set('SOAPAction', `${NS}GetById`).send({ ItemID: 1 }),
      415,
      /Content-Type application\/json is not accepted here/,
    ],
  ])('answers a soap:Client fault for %s', async (_what, send, status, message) => {
    const res = await send();
    expect(res.status).toBe(status);
    expect(res.headers['content-type']).toBe('text/xml; charset=utf-8');
    expect(fault(res)).toMatchObject({ faultcode: 'soap:Client', faultstring: expect.stringMatching(message) });
  });

  it('reads a parameter in another casing, which a strict caller is refused', async () => {
    const body = '<tem:GetById><tem:itemid>900001</tem:itemid></tem:GetById>';
    expect(result(await call('GetById', body), 'GetById').VBPQSokyhieu).toBe('15/2026/QĐ-UBND');
    const strict = await t.http
      .post('/apiVBPL/vbqppl.asmx')
      .set('content-type', 'text/xml')
      .set('SOAPAction', `${NS}GetById`)
      .set('X-Sim-Strict', 'true')
      .send(envelope(body));
    expect(strict.status).toBe(500);
    expect(fault(strict).faultstring).toMatch(/itemid must be spelled ItemID/);
  });

  it('takes the operation from the Body when SOAPAction is missing, and the unified API answers the same as JSON', async () => {
    const res = await call('GetById', '<tem:GetById><tem:ItemID>900001</tem:ItemID></tem:GetById>', '', undefined);
    expect(result(res, 'GetById').VBPQSokyhieu).toBe('15/2026/QĐ-UBND');
    const token = await t.token();
    const unified = await t.http
      .post('/api/v1/messages')
      .auth(token, { type: 'bearer' })
      .set('prefer', 'wait=5')
      .send({
        header: { messageId: `vbpl-soap-${Date.now()}`, messageType: 'vbpl.GetById', from: t.config.devClient.agency },
        body: { ItemID: 900001 },
      });
    expect(unified.body.response.GetByIdResult).toMatchObject({
      ItemID: 900001,
      VBPQSokyhieu: '15/2026/QĐ-UBND',
      VBPQVanBanThayThe: [],
      VBPQVanBanBiThayThe: [{ ItemID: 900101, VBPQSokyhieu: '15/2025/QĐ-UBND', Title: expect.any(String) }],
    });
  });
});
