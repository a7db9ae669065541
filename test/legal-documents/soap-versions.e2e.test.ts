import { XMLParser } from 'fast-xml-parser';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * The SOAP door answers in the version it is asked in: SOAP 1.1 (`text/xml`, SOAPAction header)
 * as ASMX always has, SOAP 1.2 (`application/soap+xml` with the action as its parameter) as WCF
 * custom bindings, JAX-WS and zeep send it: the reply's Content-Type, envelope namespace and fault
 * shape, and the HTTP status of each fault (SOAP 1.2's HTTP binding: Sender 400, Receiver 500).
 */

const NS = 'http://tempuri.org/';
const PATH = '/apiVBPL/vbqppl.asmx';
const VERSIONS = {
  '1.1': { contentType: 'text/xml; charset=utf-8', namespace: 'http://schemas.xmlsoap.org/soap/envelope/' },
  '1.2': { contentType: 'application/soap+xml; charset=utf-8', namespace: 'http://www.w3.org/2003/05/soap-envelope' },
} as const;
type Version = keyof typeof VERSIONS;
const other = (version: Version): Version => (version === '1.1' ? '1.2' : '1.1');

const raw = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });
const stripped = new XMLParser({ removeNSPrefix: true, parseTagValue: false, ignoreAttributes: false, attributeNamePrefix: '@' });

/** The reply's envelope: the namespace its root is in, the prefix it uses, and its content without prefixes. */
function envelopeOf(text: string): { namespace: string; prefix: string; Body: Record<string, Record<string, unknown>> } {
  const doc = raw.parse(text) as Record<string, Record<string, string>>;
  const root = Object.keys(doc).find((k) => k !== '?xml') ?? '';
  const [prefix = '', local] = root.split(':');
  expect(local).toBe('Envelope');
  return { namespace: doc[root][`@xmlns:${prefix}`], prefix, Body: stripped.parse(text).Envelope.Body };
}

const envelope = (namespace: string, body: string, header = '') =>
  `<?xml version="1.0" encoding="utf-8"?><s:Envelope xmlns:s="${namespace}" xmlns:tem="${NS}">` +
  `${header ? `<s:Header>${header}</s:Header>` : ''}<s:Body>${body}</s:Body></s:Envelope>`;
const getById = (id: string) => `<tem:GetById><tem:ItemID>${id}</tem:ItemID><tem:TypeVB>1</tem:TypeVB></tem:GetById>`;
const listById = '<tem:GetListVanBanByListID><tem:ListID><tem:int>100101</tem:int></tem:ListID></tem:GetListVanBanByListID>';
const login = '<tem:UserDetails><tem:userName>lgsp-h30</tem:userName><tem:password>sim-vbpl-h30</tem:password></tem:UserDetails>';

describe.each(['1.1', '1.2'] as const)('the SOAP door asked in SOAP %s', (version) => {
  const v = VERSIONS[version];
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(`vbpl-soap${version.replace('.', '')}`);
    await t.http.post('/sim/clock/freeze').auth(t.config.adminToken, { type: 'bearer' }).send({ at: '2026-12-01T03:00:00Z' }).expect(200);
  });
  afterAll(() => t.close());

  /** A request as a client of this version sends it: 1.1 names the action in SOAPAction, 1.2 in the Content-Type. */
  const send = (operation: string | undefined, text: string | undefined, options: { contentType?: string } = {}) => {
    const action = operation === undefined ? '' : version === '1.1' ? '' : `; action="${NS}${operation}"`;
    let req = t.http.post(PATH).set('content-type', options.contentType ?? `${v.contentType}${action}`);
    if (version === '1.1' && operation !== undefined) req = req.set('SOAPAction', `"${NS}${operation}"`);
    return text === undefined ? req : req.send(text);
  };
  const call = (operation: string | undefined, body: string, header = '') => send(operation, envelope(v.namespace, body, header));

  function expectReply(res: { status: number; headers: Record<string, string>; text: string }, status: number) {
    expect(res.status).toBe(status);
    expect(res.headers['content-type']).toBe(v.contentType);
    const reply = envelopeOf(res.text);
    expect(reply.namespace).toBe(v.namespace);
    return reply;
  }

  function expectFault(
    res: { status: number; headers: Record<string, string>; text: string },
    status: number,
    code: 'Client' | 'Server' | 'VersionMismatch',
    message: RegExp,
  ) {
    const { prefix, Body } = expectReply(res, status);
    if (version === '1.1') {
      expect(Body.Fault).toEqual({ faultcode: `${prefix}:${code}`, faultstring: expect.stringMatching(message), detail: '' });
    } else {
      const value = { Client: 'Sender', Server: 'Receiver', VersionMismatch: 'VersionMismatch' }[code];
      expect(Body.Fault).toEqual({
        Code: { Value: `${prefix}:${value}` },
        Reason: { Text: { '#text': expect.stringMatching(message), '@lang': 'en' } },
        Detail: '',
      });
    }
  }

  it('answers an operation in the same version, with its result', async () => {
    const { Body } = expectReply(await call('GetById', getById('100101')), 200);
    expect(Body.GetByIdResponse.GetByIdResult).toMatchObject({ ItemID: '100101', VBPQSokyhieu: '80/2015/QH13', VBPQTinhTrangHieuLucCode: '3' });
  });

  it('takes the operation from the Body when the request names no action', async () => {
    const { Body } = expectReply(await call(undefined, getById('900001')), 200);
    expect(Body.GetByIdResponse.GetByIdResult).toMatchObject({ VBPQSokyhieu: '15/2026/QĐ-UBND' });
  });

  it('reads the UserDetails header of the version, and refuses a missing login as a fault of the version', async () => {
    const { Body } = expectReply(await call('GetListVanBanByListID', listById, login), 200);
    expect(Body.GetListVanBanByListIDResponse.GetListVanBanByListIDResult).toMatchObject({ TotalRecord: '1' });
    expectFault(await call('GetListVanBanByListID', listById), version === '1.1' ? 500 : 400, 'Client', /^Unauthorized access$/);
  });

  // SOAP 1.1 (as ASMX) answers the caller's mistakes in an envelope with 500; SOAP 1.2 with 400 (Sender).
  const callerFault = version === '1.1' ? 500 : 400;
  it.each([
    [
      'XML that is not well formed',
      () => send('GetById', `<s:Envelope xmlns:s="${v.namespace}"><s:Body>`),
      callerFault,
      'Client',
      /error in XML document/,
    ],
    [
      'an unknown operation',
      () => call('GetAll', '<tem:GetAll/>'),
      callerFault,
      'Client',
      /did not recognize the value of .*http:\/\/tempuri.org\/GetAll/,
    ],
    [
      'an unknown Body element and no action',
      () => call(undefined, '<tem:GetAll/>'),
      callerFault,
      'Client',
      /did not recognize the value of HTTP Header SOAPAction: GetAll\./,
    ],
    [
      'a Body for another operation',
      () => call('GetById', '<tem:GetLichSuVB><tem:ItemID>1</tem:ItemID></tem:GetLichSuVB>'),
      callerFault,
      'Client',
      /holds GetLichSuVB but .* names GetById/,
    ],
    ['an ItemID that is not a number', () => call('GetById', getById('abc')), callerFault, 'Client', /ItemID must be/],
    [
      `an envelope in SOAP ${other(version)}'s namespace`,
      () => send('GetById', envelope(VERSIONS[other(version)].namespace, getById('100101'))),
      500,
      'VersionMismatch',
      new RegExp(`Envelope namespace ${VERSIONS[other(version)].namespace} was unexpected. Expecting ${v.namespace}`),
    ],
    [
      'an envelope in no namespace',
      () => send('GetById', `<Envelope><Body>${getById('100101')}</Body></Envelope>`),
      500,
      'VersionMismatch',
      /Envelope namespace \(none\) was unexpected/,
    ],
    // A body that is no envelope at all keeps its 400 in both versions.
    ['XML that is no envelope', () => send('GetById', '<GetById/>'), 400, 'Client', /root must be soap:Envelope/],
    ['no body at all', () => send('GetById', undefined), 400, 'Client', /not a SOAP envelope/],
  ] as const)('answers %s with a fault of the version', async (_what, request, status, code, message) => {
    expectFault(await request(), status, code, message);
  });

  it('answers a fault of the service (an injected 500) as soap:Server in 1.1, Receiver in 1.2, HTTP 500', async () => {
    const admin = (req: ReturnType<TestApp['http']['post']>) => req.auth(t.config.adminToken, { type: 'bearer' });
    try {
      await admin(t.http.post('/sim/scenarios'))
        .send({ id: 'soap-down', match: { nativePath: PATH }, effect: { type: 'error', status: 500, message: 'the backend is down' } })
        .expect(201);
      expectFault(await call('GetById', getById('100101')), 500, 'Server', /the backend is down/);
    } finally {
      await t.http.delete('/sim/scenarios').auth(t.config.adminToken, { type: 'bearer' });
    }
  });
});

describe('SOAP 1.2 requests as clients send them', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp('vbpl-soap12-clients');
  });
  afterAll(() => t.close());
  const body = envelope(VERSIONS['1.2'].namespace, getById('100101'));

  it('reads an unquoted action, and a SOAPAction header sent beside the Content-Type', async () => {
    for (const req of [
      t.http.post(PATH).set('content-type', `application/soap+xml;charset=UTF-8;action=${NS}GetById`),
      t.http.post(PATH).set('content-type', 'application/soap+xml; charset=utf-8').set('SOAPAction', `"${NS}GetById"`),
    ]) {
      const res = await req.send(body);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe(VERSIONS['1.2'].contentType);
      expect(envelopeOf(res.text).Body.GetByIdResponse.GetByIdResult).toMatchObject({ ItemID: '100101' });
    }
  });

  it('names the Content-Type’s action in the fault when it is not one of the service', async () => {
    const res = await t.http.post(PATH).set('content-type', 'application/soap+xml; action="urn:other:GetById"').send(body);
    expect(res.status).toBe(400);
    expect(envelopeOf(res.text).Body.Fault.Reason).toEqual({
      Text: { '#text': 'Server did not recognize the value of the action parameter of Content-Type: urn:other:GetById.', '@lang': 'en' },
    });
  });

  it('tells a SOAP 1.2 client sent a SOAP 1.1 envelope which envelopes it reads, in an Upgrade header', async () => {
    const res = await t.http
      .post(PATH)
      .set('content-type', `application/soap+xml; action="${NS}GetById"`)
      .send(envelope(VERSIONS['1.1'].namespace, getById('100101')));
    expect(res.status).toBe(500);
    const upgrade = raw.parse(res.text)['soap:Envelope']['soap:Header']['soap:Upgrade']['soap:SupportedEnvelope'];
    expect(upgrade).toEqual([
      { '@qname': 'ns1:Envelope', '@xmlns:ns1': VERSIONS['1.2'].namespace },
      { '@qname': 'ns2:Envelope', '@xmlns:ns2': VERSIONS['1.1'].namespace },
    ]);
  });
});
