import { BANKS, PAGE_ACTIONS } from '../../adapters/paygov/pay-page-html';
import type { OperationObject, ResponseObject } from './openapi-types';
import { problemResponse } from './shared-components';

/**
 * The pages for people (the PayGov payment page): HTML on every status, and the page's form. A body
 * the form parser cannot read is refused before the page sees it, as problem+json.
 */

const html = (description: string): ResponseObject => ({ description, content: { 'text/html': { schema: { type: 'string' } } } });

const CSP = { 'Content-Security-Policy': { description: 'The page runs no script from elsewhere.', schema: { type: 'string' } } };

const PAY_FORM = {
  type: 'object',
  required: ['action'],
  properties: {
    action: {
      enum: Object.keys(PAGE_ACTIONS),
      description: Object.entries(PAGE_ACTIONS)
        .map(([action, { hint }]) => `\`${action}\`: ${hint}`)
        .join('; '),
    },
    bank: { enum: BANKS.map((b) => b.code), default: 'SIMBANK', description: 'The paying bank, shown on the receipt.' },
  },
};

function paygovPage(method: string): Pick<OperationObject, 'requestBody' | 'responses'> {
  if (method === 'GET') {
    return {
      responses: {
        '200': { ...html('The payment page: amount, partner, and one button per outcome.'), headers: CSP },
        '404': html('No payment with that reference.'),
      },
    };
  }
  return {
    requestBody: {
      required: true,
      description: 'The button the payer pressed, as the page’s form posts it.',
      content: { 'application/x-www-form-urlencoded': { schema: PAY_FORM }, 'application/json': { schema: PAY_FORM } },
    },
    responses: {
      '303': { description: 'Done: back to the page, which now shows the outcome.', headers: { Location: { schema: { type: 'string' } } } },
      '400': {
        description: 'An unknown action or bank (the page again, with the reason), or a body the form parser cannot read (problem+json).',
        content: { ...html('').content, ...problemResponse('400', '').content },
      },
      '404': html('No payment with that reference.'),
      '409': html('The payment already ended; the page again, with the reason.'),
      '413': problemResponse('413', 'The body is over `BODY_LIMIT_BYTES`.'),
      '415': problemResponse('415', 'The body’s type, charset or encoding is not accepted here.'),
    },
  };
}

const WSDL_EXAMPLE = `<?xml version="1.0" encoding="utf-8"?>
<wsdl:definitions xmlns:wsdl="http://schemas.xmlsoap.org/wsdl/" xmlns:soap="http://schemas.xmlsoap.org/wsdl/soap/" targetNamespace="http://tempuri.org/">
  <wsdl:service name="VBQPPL"><wsdl:port name="VBQPPLSoap" binding="tns:VBQPPLSoap"><soap:address location="http://localhost:8080/apiVBPL/vbqppl.asmx"/></wsdl:port></wsdl:service>
</wsdl:definitions>`;

/** The legacy SOAP service's GET: its WSDL with `?WSDL`, else a line that points there. */
function asmxPage(): Pick<OperationObject, 'responses'> {
  return {
    responses: {
      '200': {
        description:
          'With `?WSDL`: the service description (WSDL 1.1, a SOAP 1.1 and a SOAP 1.2 binding, each with a port at the address of this simulator); without: one line of text naming it.',
        content: {
          'text/xml': { schema: { type: 'string', contentMediaType: 'text/xml' }, example: WSDL_EXAMPLE },
          'text/plain': { schema: { type: 'string' } },
        },
      },
    },
  };
}

/** The request body and responses of a page route. */
export function pageAnswers(service: string, method: string, path: string): Pick<OperationObject, 'requestBody' | 'responses'> {
  if (service === 'paygov' && path.startsWith('/paygov/pay/')) return paygovPage(method);
  if (service === 'vbpl' && /\.asmx$/i.test(path)) return asmxPage();
  return { responses: { '200': html('An HTML page.') } };
}
