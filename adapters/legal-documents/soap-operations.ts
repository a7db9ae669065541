import type { NativeRequest } from '../../src/core/adapter';
import { BadRequestError, ForbiddenError } from '../../src/core/errors';
import { listOf, readSoapRequest, soapActionOf, soapActionOperation, soapVersionOf } from '../shared/soap-envelope';
import { isPlainObject, memberIgnoringCase } from '../../src/core/lenient/members';
import type { Coercion } from '../../src/core/message';

/** The ASMX service's namespace (`http://tempuri.org/`, DOMAIN-MORE §2.2). */
export const SOAP_NAMESPACE = 'http://tempuri.org/';
export const SOAP_PATH = '/apiVBPL/vbqppl.asmx';

/** Operations served, each with its parameters and whether it needs the `UserDetails` login header. */
export const SOAP_OPERATIONS = {
  GetById: { login: false, parameters: { ItemID: 'int', TypeVB: 'int' } },
  GetLichSuVB: { login: false, parameters: { ItemID: 'int', TypeVB: 'int' } },
  GetListVanBanByListSKH: { login: false, parameters: { ListSKH: 'strings' } },
  GetListVanBanByListID: { login: true, parameters: { ListID: 'ints' } },
} as const;

export type SoapOperation = keyof typeof SOAP_OPERATIONS;
const isSoapOperation = (name: string): name is SoapOperation => Object.hasOwn(SOAP_OPERATIONS, name);

const number = (text: unknown): unknown => (typeof text === 'string' && /^-?\d{1,15}$/.test(text.trim()) ? Number(text.trim()) : text);

/** A list parameter: child elements (`<string>`, `<int>`) or one text with commas or semicolons. */
function listParameter(value: unknown): string[] {
  if (isPlainObject(value)) return Object.values(value).flatMap(listOf).map(String);
  return listOf(value)
    .flatMap((v) => String(v).split(/[,;]/))
    .map((v) => v.trim())
    .filter((v) => v !== '');
}

/** Where the refusals below say the action came from. */
const ACTION_NAMES = {
  SOAPAction: ['HTTP Header SOAPAction', 'SOAPAction'],
  action: ['the action parameter of Content-Type', 'the action'],
} as const;

/**
 * The operation a SOAP request is for: its action (the SOAPAction header, or SOAP 1.2's action
 * parameter of the Content-Type), as ASMX dispatches; without one, the Body's element (lenient). An
 * action the service does not have gets ASMX's words.
 */
export function selectSoapOperation(request: NativeRequest): SoapOperation {
  const action = soapActionOf(request);
  const named = action
    ? soapActionOperation(action.value, SOAP_NAMESPACE)
    : readSoapRequest(request.body, soapVersionOf(request.contentType)).operation;
  if (!named || !isSoapOperation(named)) {
    const where = ACTION_NAMES[action?.source ?? 'SOAPAction'][0];
    throw new BadRequestError(`Server did not recognize the value of ${where}: ${action?.value ?? named ?? ''}.`);
  }
  return named;
}

/**
 * The message body of a SOAP request: XML text read as the WSDL types it (ints, string and int
 * arrays), which is SOAP's typing, not a leniency. The `UserDetails` header is checked here, at the
 * door, like a token: operations that need a login refuse without a seeded account (`Unauthorized access`).
 */
export function soapMessageBody(
  request: NativeRequest,
  accounts: readonly { userName: string; password: string }[],
  notes: Coercion[],
): Record<string, unknown> {
  const operation = selectSoapOperation(request);
  const soap = readSoapRequest(request.body, soapVersionOf(request.contentType));
  if (soap.operation !== operation) {
    const where = ACTION_NAMES[soapActionOf(request)?.source ?? 'SOAPAction'][1];
    throw new BadRequestError(`The SOAP Body holds ${soap.operation} but ${where} names ${operation}`);
  }
  const spec = SOAP_OPERATIONS[operation];
  if (spec.login) {
    const user = isPlainObject(soap.header.UserDetails) ? soap.header.UserDetails : {};
    if (!accounts.some((a) => a.userName === user.userName && a.password === user.password)) throw new ForbiddenError('Unauthorized access');
  }
  const body: Record<string, unknown> = {};
  for (const [name, kind] of Object.entries(spec.parameters)) {
    // ASMX binds element names exactly; another casing is read, and noted as a leniency.
    const found = memberIgnoringCase(soap.parameters, name);
    if (found === undefined) continue;
    if (found.key !== name) notes.push({ path: name, kind: 'key-case', from: found.key, to: name });
    const { value } = found;
    body[name] = kind === 'int' ? number(value) : kind === 'ints' ? listParameter(value).map(number) : listParameter(value);
  }
  return body;
}
