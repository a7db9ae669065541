/**
 * SOAP 1.1 as ASMX services speak it: read an envelope (namespace prefixes dropped, values kept as
 * text), write a response or a fault. Parsing follows the XML doors of the other adapters
 * (fast-xml-parser, no DOCTYPE, bounded nesting).
 */
import { XMLBuilder, XMLParser, XMLValidator } from 'fast-xml-parser';
import { BadRequestError } from '../../src/core/errors';
import { isPlainObject } from '../../src/core/lenient/members';

export const SOAP_CONTENT_TYPE = 'text/xml; charset=utf-8';
const SOAP_NS = 'http://schemas.xmlsoap.org/soap/envelope/';
const MAX_DEPTH = 32;

const parser = new XMLParser({
  ignoreAttributes: true,
  removeNSPrefix: true,
  parseTagValue: false,
  trimValues: true,
  processEntities: true,
  maxNestedTags: MAX_DEPTH,
});
const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  suppressEmptyNode: true,
  suppressBooleanAttributes: false,
  processEntities: true,
});

export interface SoapRequest {
  /** The first element of the Body: the operation's element name and its children. */
  operation: string;
  parameters: Record<string, unknown>;
  /** Children of the Header, by element name (e.g. `UserDetails`). */
  header: Record<string, unknown>;
}

/** True when a body looks like a SOAP envelope at all (used to tell a SOAP fault from a plain refusal). */
export function looksLikeEnvelope(body: unknown): boolean {
  return typeof body === 'string' && /<([\w-]+:)?Envelope[\s>]/.test(body);
}

/** Reads a SOAP 1.1 request envelope, or throws BadRequestError saying what is wrong with it. */
export function readSoapRequest(text: unknown): SoapRequest {
  if (typeof text !== 'string' || text.trim() === '')
    throw new BadRequestError('The request is not a SOAP envelope: send text/xml with <soap:Envelope><soap:Body>…');
  if (/<!DOCTYPE/i.test(text)) throw new BadRequestError('The SOAP envelope must not contain a DOCTYPE declaration');
  const valid = XMLValidator.validate(text);
  if (valid !== true) throw new BadRequestError(`There is an error in XML document (${valid.err.line}, ${valid.err.col}): ${valid.err.msg}`);
  let parsed: unknown;
  try {
    parsed = parser.parse(text);
  } catch (error) {
    throw new BadRequestError(`The SOAP envelope cannot be read: ${(error as Error).message}`);
  }
  const envelope = isPlainObject(parsed) ? parsed.Envelope : undefined;
  if (!isPlainObject(envelope)) throw new BadRequestError('The XML is not a SOAP envelope: its root must be soap:Envelope');
  const body = envelope.Body;
  if (!isPlainObject(body)) throw new BadRequestError('The SOAP envelope has no Body element with an operation in it');
  const [operation, parameters] = Object.entries(body)[0] ?? [];
  if (!operation) throw new BadRequestError('The SOAP Body is empty: it must hold the operation element');
  return {
    operation,
    parameters: isPlainObject(parameters) ? parameters : {},
    header: isPlainObject(envelope.Header) ? envelope.Header : {},
  };
}

/** The operation named by a SOAPAction header (`"http://tempuri.org/GetById"`), without quotes and namespace. */
export function soapActionOperation(header: string | undefined, namespace: string): string | undefined {
  const action = header?.trim().replace(/^"|"$/g, '');
  if (!action) return undefined;
  return action.startsWith(namespace) ? action.slice(namespace.length) : undefined;
}

/** Children of an element as a list, whatever fast-xml-parser made of them (one, many or none). */
export function listOf(value: unknown): unknown[] {
  if (value === undefined || value === null || value === '') return [];
  return Array.isArray(value) ? value : [value];
}

/** A SOAP response envelope whose Body holds `<{operation}Response xmlns=namespace>…`. */
export function soapResponse(operation: string, namespace: string, content: Record<string, unknown>): string {
  return envelope({ [`${operation}Response`]: { '@_xmlns': namespace, ...content } });
}

/** A SOAP 1.1 fault: `soap:Client` for the caller's mistakes, `soap:Server` for the service's. */
export function soapFault(code: 'Client' | 'Server', message: string): string {
  return envelope({ 'soap:Fault': { faultcode: `soap:${code}`, faultstring: message, detail: '' } });
}

function envelope(body: Record<string, unknown>): string {
  const doc = {
    '?xml': { '@_version': '1.0', '@_encoding': 'utf-8' },
    'soap:Envelope': {
      '@_xmlns:soap': SOAP_NS,
      '@_xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
      '@_xmlns:xsd': 'http://www.w3.org/2001/XMLSchema',
      'soap:Body': body,
    },
  };
  return builder.build(doc);
}
