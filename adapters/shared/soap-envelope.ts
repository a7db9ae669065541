/**
 * SOAP 1.1 and 1.2 as ASMX services speak them: read an envelope (namespace prefixes dropped, values
 * kept as text), write a response or a fault in the version the request was sent in. Parsing follows
 * the XML doors of the other adapters (fast-xml-parser, no DOCTYPE, bounded nesting).
 */
import { XMLBuilder, XMLParser, XMLValidator } from 'fast-xml-parser';
import { BadRequestError } from '../../src/core/errors';
import { isPlainObject } from '../../src/core/lenient/members';

/**
 * The two versions differ on the wire in the Content-Type (SOAP 1.2 is `application/soap+xml`,
 * with the action as its parameter), the envelope's namespace and the fault's shape.
 */
export type SoapVersion = '1.1' | '1.2';
const VERSIONS: Record<SoapVersion, { contentType: string; namespace: string }> = {
  '1.1': { contentType: 'text/xml; charset=utf-8', namespace: 'http://schemas.xmlsoap.org/soap/envelope/' },
  '1.2': { contentType: 'application/soap+xml; charset=utf-8', namespace: 'http://www.w3.org/2003/05/soap-envelope' },
};
export const SOAP_CONTENT_TYPE = VERSIONS['1.1'].contentType;
const MAX_DEPTH = 32;

/** The version a request speaks: 1.2 when it is sent as `application/soap+xml` (the SOAP 1.2 HTTP binding), else 1.1. */
export function soapVersionOf(contentType: string | undefined): SoapVersion {
  return contentType?.split(';')[0]?.trim().toLowerCase() === 'application/soap+xml' ? '1.2' : '1.1';
}

export const soapContentType = (version: SoapVersion): string => VERSIONS[version].contentType;

/** Where a request names its action, and the value as sent. */
export interface SoapAction {
  /** `SOAPAction` (the header, SOAP 1.1) or `action` (the Content-Type's parameter, SOAP 1.2). */
  source: 'SOAPAction' | 'action';
  value: string;
}

/**
 * The action of a request: its `SOAPAction` header; failing that, for SOAP 1.2, the `action`
 * parameter of its Content-Type (quoted or not; an empty one names nothing).
 */
export function soapActionOf(request: { headers: Record<string, string | undefined>; contentType?: string }): SoapAction | undefined {
  const header = request.headers.soapaction;
  if (header !== undefined) return { source: 'SOAPAction', value: header };
  if (soapVersionOf(request.contentType) !== '1.2') return undefined;
  const match = /;\s*action\s*=\s*(?:"([^"]*)"|([^;\s]*))/i.exec(request.contentType ?? '');
  const value = (match?.[1] ?? match?.[2] ?? '').trim();
  return value ? { source: 'action', value } : undefined;
}

/** An envelope in another version's namespace (or none): SOAP's `VersionMismatch` fault, not a Client one. */
export class SoapVersionMismatchError extends BadRequestError {}

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

/** The namespace the root element's start tag declares for its own prefix (well-formed XML: it can only be declared there). */
function rootNamespace(text: string): string | undefined {
  // Comments and processing instructions before the root may hold anything, a `<tag>` included.
  const root = /<(?![?!])([\w.-]+:)?[\w.-]+([^>]*)>/.exec(text.replace(/<!--[\s\S]*?-->|<\?[\s\S]*?\?>/g, ''));
  if (!root) return undefined;
  const prefix = root[1]?.slice(0, -1);
  for (const [, name, double, single] of (root[2] ?? '').matchAll(/\sxmlns(?::([\w.-]+))?\s*=\s*(?:"([^"]*)"|'([^']*)')/g))
    if (name === prefix) return double ?? single;
  return undefined;
}

/** Reads a request envelope of `version`, or throws BadRequestError saying what is wrong with it. */
export function readSoapRequest(text: unknown, version: SoapVersion = '1.1'): SoapRequest {
  if (typeof text !== 'string' || text.trim() === '')
    throw new BadRequestError(
      `The request is not a SOAP envelope: send ${version === '1.1' ? 'text/xml' : 'application/soap+xml'} with <soap:Envelope><soap:Body>…`,
    );
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
  const expected = VERSIONS[version].namespace;
  const found = rootNamespace(text);
  if (found !== expected) {
    const hint =
      found === VERSIONS['1.2'].namespace
        ? ' (a SOAP 1.2 envelope is sent as application/soap+xml)'
        : found === VERSIONS['1.1'].namespace
          ? ' (a SOAP 1.1 envelope is sent as text/xml)'
          : '';
    throw new SoapVersionMismatchError(
      `Possible SOAP version mismatch: Envelope namespace ${found ?? '(none)'} was unexpected. Expecting ${expected}${hint}.`,
    );
  }
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
export function soapResponse(operation: string, namespace: string, content: Record<string, unknown>, version: SoapVersion = '1.1'): string {
  return envelope(version, { [`${operation}Response`]: { '@_xmlns': namespace, ...content } });
}

/** Fault codes by their SOAP 1.1 names: `Client` for the caller's mistakes, `Server` for the service's. */
export type SoapFaultCode = 'Client' | 'Server' | 'VersionMismatch';
const SOAP12_CODES: Record<SoapFaultCode, string> = { Client: 'Sender', Server: 'Receiver', VersionMismatch: 'VersionMismatch' };

/**
 * A fault: SOAP 1.1's `faultcode`/`faultstring`/`detail`, or SOAP 1.2's `Code/Value`
 * (`Sender`, `Receiver`, `VersionMismatch`), `Reason/Text` and `Detail`. A 1.2 VersionMismatch
 * names the envelopes this service reads in an `Upgrade` header, as SOAP 1.2 (part 1, 5.4.7) asks.
 */
export function soapFault(code: SoapFaultCode, message: string, version: SoapVersion = '1.1'): string {
  if (version === '1.1') return envelope(version, { 'soap:Fault': { faultcode: `soap:${code}`, faultstring: message, detail: '' } });
  const fault = {
    'soap:Fault': {
      'soap:Code': { 'soap:Value': `soap:${SOAP12_CODES[code]}` },
      'soap:Reason': { 'soap:Text': { '@_xml:lang': 'en', '#text': message } },
      'soap:Detail': '',
    },
  };
  return envelope(version, fault, code === 'VersionMismatch' ? UPGRADE : undefined);
}

const UPGRADE = {
  'soap:Upgrade': {
    'soap:SupportedEnvelope': (['1.2', '1.1'] as const).map((v, i) => ({
      '@_qname': `ns${i + 1}:Envelope`,
      [`@_xmlns:ns${i + 1}`]: VERSIONS[v].namespace,
    })),
  },
};

/**
 * The HTTP status of a fault. A SOAP 1.1 fault answering an envelope is 500 (SOAP 1.1, ASMX); SOAP
 * 1.2's HTTP binding makes a Sender fault 400 and any other 500. A service fault keeps its own
 * status (503…), and so does a refusal of a body that is no envelope at all (400, 413, 415).
 */
export function soapFaultStatus(code: SoapFaultCode, status: number, version: SoapVersion, requestBody: unknown): number {
  if (code === 'Server') return status;
  if (code === 'VersionMismatch') return 500;
  if (!looksLikeEnvelope(requestBody)) return status;
  return version === '1.1' ? 500 : 400;
}

function envelope(version: SoapVersion, body: Record<string, unknown>, header?: Record<string, unknown>): string {
  const doc = {
    '?xml': { '@_version': '1.0', '@_encoding': 'utf-8' },
    'soap:Envelope': {
      '@_xmlns:soap': VERSIONS[version].namespace,
      '@_xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
      '@_xmlns:xsd': 'http://www.w3.org/2001/XMLSchema',
      ...(header ? { 'soap:Header': header } : {}),
      'soap:Body': body,
    },
  };
  return builder.build(doc);
}
