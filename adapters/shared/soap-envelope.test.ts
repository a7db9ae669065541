import { BadRequestError } from '../../src/core/errors';
import {
  listOf,
  looksLikeEnvelope,
  readSoapRequest,
  soapActionOf,
  soapActionOperation,
  soapFault,
  soapFaultStatus,
  soapResponse,
  SoapVersionMismatchError,
  soapVersionOf,
} from './soap-envelope';

const NS = 'http://tempuri.org/';
const SOAP11 = 'http://schemas.xmlsoap.org/soap/envelope/';
const SOAP12 = 'http://www.w3.org/2003/05/soap-envelope';

describe('SOAP 1.1 and 1.2 envelopes', () => {
  it('reads the operation, its parameters and the header whatever the prefixes', () => {
    const request = readSoapRequest(
      `<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Header><UserDetails xmlns="${NS}"><userName>u</userName></UserDetails></s:Header>` +
        `<s:Body><t:GetById xmlns:t="${NS}"><t:ItemID>7</t:ItemID></t:GetById></s:Body></s:Envelope>`,
    );
    expect(request).toEqual({ operation: 'GetById', parameters: { ItemID: '7' }, header: { UserDetails: { userName: 'u' } } });
  });

  it.each([
    ['', /not a SOAP envelope/],
    ['<a><b></a>', /error in XML document/],
    ['<!DOCTYPE x [<!ENTITY e "x">]><Envelope/>', /DOCTYPE/],
    ['<root><x/></root>', /root must be soap:Envelope/],
    [`<Envelope xmlns="${SOAP11}"><Header/></Envelope>`, /no Body/],
  ])('refuses %j with a sentence', (text, message) => {
    expect(() => readSoapRequest(text)).toThrow(BadRequestError);
    expect(() => readSoapRequest(text)).toThrow(message);
  });

  it('reads an envelope only in the namespace of the version it was sent as: another is a VersionMismatch', () => {
    const body = `<s:Body><GetById xmlns="${NS}"><ItemID>7</ItemID></GetById></s:Body>`;
    const in11 = `<s:Envelope xmlns:s="${SOAP11}">${body}</s:Envelope>`;
    const in12 = `<?xml version="1.0"?><!-- a client's comment: <Envelope> --><s:Envelope\n  xmlns:s='${SOAP12}'>${body}</s:Envelope>`;
    expect(readSoapRequest(in12, '1.2').parameters).toEqual({ ItemID: '7' });
    expect(readSoapRequest(in11, '1.1').parameters).toEqual({ ItemID: '7' });
    expect(() => readSoapRequest(in11, '1.2')).toThrow(SoapVersionMismatchError);
    expect(() => readSoapRequest(in11, '1.2')).toThrow(
      `Envelope namespace ${SOAP11} was unexpected. Expecting ${SOAP12} (a SOAP 1.1 envelope is sent as text/xml).`,
    );
    expect(() => readSoapRequest(in12, '1.1')).toThrow(`Expecting ${SOAP11} (a SOAP 1.2 envelope is sent as application/soap+xml).`);
    // The prefix of the root is what counts, not another one declared beside it.
    expect(() => readSoapRequest(`<s:Envelope xmlns="${SOAP12}" xmlns:s="urn:other">${body}</s:Envelope>`, '1.2')).toThrow('namespace urn:other');
    expect(() => readSoapRequest(`<Envelope>${body}</Envelope>`, '1.1')).toThrow('namespace (none) was unexpected');
  });

  it('tells the version by the Content-Type, and the action by SOAPAction or the 1.2 action parameter', () => {
    expect(soapVersionOf('application/soap+xml; charset=utf-8')).toBe('1.2');
    expect(soapVersionOf('Application/SOAP+XML')).toBe('1.2');
    expect(soapVersionOf('text/xml; charset=utf-8')).toBe('1.1');
    expect(soapVersionOf(undefined)).toBe('1.1');
    const with12 = (contentType: string, headers: Record<string, string> = {}) => soapActionOf({ headers, contentType });
    expect(with12(`application/soap+xml; charset=utf-8; action="${NS}GetById"`)).toEqual({ source: 'action', value: `${NS}GetById` });
    expect(with12(`application/soap+xml;action=${NS}GetById;charset=utf-8`)).toEqual({ source: 'action', value: `${NS}GetById` });
    expect(with12('application/soap+xml; action=""')).toBeUndefined();
    expect(with12(`application/soap+xml; action="${NS}A"`, { soapaction: `"${NS}B"` })).toEqual({ source: 'SOAPAction', value: `"${NS}B"` });
    expect(with12(`text/xml; action="${NS}GetById"`)).toBeUndefined();
  });

  it('reads SOAPAction with or without quotes, only in the service namespace', () => {
    expect(soapActionOperation(`"${NS}GetById"`, NS)).toBe('GetById');
    expect(soapActionOperation(`${NS}GetLichSuVB`, NS)).toBe('GetLichSuVB');
    expect(soapActionOperation('"urn:other/GetById"', NS)).toBeUndefined();
    expect(soapActionOperation('""', NS)).toBeUndefined();
  });

  it('writes responses and faults as envelopes, escaping text', () => {
    const response = soapResponse('GetById', NS, { GetByIdResult: { Title: 'a < b & c' } });
    expect(response).toContain(`<GetByIdResponse xmlns="${NS}"><GetByIdResult><Title>a &lt; b &amp; c</Title></GetByIdResult></GetByIdResponse>`);
    expect(looksLikeEnvelope(response)).toBe(true);
    expect(soapFault('Client', 'Unauthorized access')).toContain(
      '<soap:Fault><faultcode>soap:Client</faultcode><faultstring>Unauthorized access</faultstring><detail/></soap:Fault>',
    );
    expect(soapResponse('GetById', NS, {}, '1.2')).toContain(`<soap:Envelope xmlns:soap="${SOAP12}"`);
    expect(soapFault('Client', 'a < b', '1.2')).toContain(
      '<soap:Body><soap:Fault><soap:Code><soap:Value>soap:Sender</soap:Value></soap:Code><soap:Reason><soap:Text xml:lang="en">a &lt; b</soap:Text></soap:Reason><soap:Detail/></soap:Fault></soap:Body>',
    );
    expect(soapFault('Server', 'x', '1.2')).toContain('<soap:Value>soap:Receiver</soap:Value>');
    expect(soapFault('VersionMismatch', 'x', '1.2')).toContain(
      `<soap:Header><soap:Upgrade><soap:SupportedEnvelope qname="ns1:Envelope" xmlns:ns1="${SOAP12}"/><soap:SupportedEnvelope qname="ns2:Envelope" xmlns:ns2="${SOAP11}"/></soap:Upgrade></soap:Header>`,
    );
    expect(listOf(undefined)).toEqual([]);
    expect(listOf('x')).toEqual(['x']);
  });

  it.each([
    ['Client', 403, '1.1', true, 500],
    ['Client', 403, '1.2', true, 400],
    ['Client', 415, '1.2', false, 415],
    ['Server', 503, '1.2', true, 503],
    ['VersionMismatch', 400, '1.2', true, 500],
    ['VersionMismatch', 400, '1.1', true, 500],
  ] as const)('a %s fault (error %i) in SOAP %s, answering an envelope: %s, is HTTP %i', (code, status, version, envelope, expected) => {
    expect(soapFaultStatus(code, status, version, envelope ? `<s:Envelope xmlns:s="${SOAP12}"/>` : undefined)).toBe(expected);
  });
});
