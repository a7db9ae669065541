import type { NativeRequest, NativeResponse, NativeRoute, PageRoute } from '../../src/core/adapter';
import { BadRequestError } from '../../src/core/errors';
import { SOAP_CONTENT_TYPE, soapContentType, soapResponse, soapVersionOf } from '../shared/soap-envelope';
import { isPlainObject } from '../../src/core/lenient/members';
import { selectSoapOperation, SOAP_NAMESPACE, SOAP_PATH, soapMessageBody, type SoapOperation } from './soap-operations';
import { RELATION_LISTS } from './soap-view';
import { wsdl } from './wsdl';

/** Base of the gateway shape behind the LGSP (DOMAIN-MORE §2.5, `I`). */
export const GATEWAY_BASE = '/apiVBPL';

/** Element names of list items in the SOAP answer, by the list's name. */
const ITEM_NAMES: Record<string, string> = {
  LtsVanBan: 'VanBanItem',
  LtsLichSu: 'LichSuVB',
  ...Object.fromEntries(RELATION_LISTS.map((n) => [n, 'VanBanLienQuan'])),
};

/** JSON → the tree XMLBuilder writes: lists wrapped in their item elements, null as xsi:nil. */
function xmlTree(value: unknown, key = ''): unknown {
  if (value === null || value === undefined) return { '@_xsi:nil': 'true' };
  if (Array.isArray(value)) return value.length === 0 ? '' : { [ITEM_NAMES[key] ?? 'Item']: value.map((v) => xmlTree(v)) };
  if (isPlainObject(value)) return xmlMembers(value);
  return String(value);
}

/** An object's members, each as xmlTree writes it: the content of a SOAP answer element. */
function xmlMembers(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, xmlTree(v, k)]));
}

const json = (result: unknown): NativeResponse => ({ status: 200, body: result });

/**
 * The body of `POST doc/all`: one JSON object, or none for the first page. Another JSON value (the
 * Next.js server action's `[{ pageNumber, … }]`, a bare number) is refused rather than read as no query.
 */
function listQuery(request: NativeRequest): Record<string, unknown> {
  if (request.body === undefined || isPlainObject(request.body)) return request.body ?? {};
  const sent = Array.isArray(request.body) ? 'an array' : request.body === null ? 'null' : `a ${typeof request.body}`;
  throw new BadRequestError(`The body must be one JSON object { pageNumber, pageSize, sortBy, sortDirection, … }, not ${sent}`);
}

/** The gateway's JSON paths and the legacy SOAP endpoint. */
export function legalNativeRoutes(accounts: readonly { userName: string; password: string }[]): NativeRoute[] {
  return [
    { method: 'GET', paths: [`${GATEWAY_BASE}/doc/:id`], operation: 'doc', toMessageBody: (r) => ({ id: r.params.id }), render: json },
    { method: 'GET', paths: [`${GATEWAY_BASE}/doc/:id/diagram`], operation: 'docDiagram', toMessageBody: (r) => ({ id: r.params.id }), render: json },
    {
      method: 'POST',
      paths: [`${GATEWAY_BASE}/doc/all`],
      operation: 'docAll',
      toMessageBody: listQuery,
      render: json,
    },
    {
      method: 'POST',
      paths: [SOAP_PATH],
      operation: 'GetById',
      auth: 'optional',
      accepts: ['xml'],
      selectOperation: selectSoapOperation,
      toMessageBody: (r, notes) => soapMessageBody(r, accounts, notes),
      render: (result, request: NativeRequest) => {
        const operation: SoapOperation = selectSoapOperation(request);
        const version = soapVersionOf(request.contentType);
        return {
          status: 200,
          contentType: soapContentType(version),
          // Every SOAP operation answers an object, `{ <Operation>Result: ... }`.
          body: soapResponse(operation, SOAP_NAMESPACE, xmlMembers(isPlainObject(result) ? result : {}), version),
        };
      },
    },
  ];
}

/** `GET …/vbqppl.asmx?WSDL`: the service description, pointing at this simulator. */
export const wsdlPage: PageRoute = {
  method: 'GET',
  path: SOAP_PATH,
  handle: async (request, context) => {
    if (!Object.keys(request.query).some((k) => k.toLowerCase() === 'wsdl')) {
      return {
        status: 200,
        contentType: 'text/plain; charset=utf-8',
        body: `VBQPPL web service (simulated). Service description: ${SOAP_PATH}?WSDL\n`,
      };
    }
    return { status: 200, contentType: SOAP_CONTENT_TYPE, body: wsdl(`${context.publicBaseUrl}${SOAP_PATH}`) };
  },
};
