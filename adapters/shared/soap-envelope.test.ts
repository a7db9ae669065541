import { BadRequestError } from '../../src/core/errors';
import { listOf, looksLikeEnvelope, readSoapRequest, soapActionOperation, soapFault, soapResponse } from './soap-envelope';

const NS = 'http://tempuri.org/';

describe('SOAP 1.1 envelopes', () => {
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
    ['<Envelope><Header/></Envelope>', /no Body/],
  ])('refuses %j with a sentence', (text, message) => {
    expect(() => readSoapRequest(text)).toThrow(BadRequestError);
    expect(() => readSoapRequest(text)).toThrow(message);
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
    expect(listOf(undefined)).toEqual([]);
    expect(listOf('x')).toEqual(['x']);
  });
});
