import type { ResponseObject, SchemaObject } from './openapi-types';
import { BODY_ERRORS, either, errorResponses, gatewayAuthFault, json, PLATFORM_ERRORS, responseOf, type Responses } from './answer-kit';
import { SOAP_OPERATIONS } from '../../adapters/legal-documents/soap-operations';
import { soapFault, soapResponse, type SoapVersion } from '../../adapters/shared/soap-envelope';
import { schemaId } from '../schemas/load-schemas';
import { ref } from './shared-components';

/**
 * What each backend's native paths answer, status by status: the success body (the operation's
 * `*.response` schema, inside the backend's envelope where it has one) and the error envelope.
 * Adapters render their envelopes in code (`render`, `renderError` of the manifest); this file says
 * the same in OpenAPI, and the response validator of the end-to-end tests (test/support) holds the
 * two together: a change to an envelope that is not made here fails the tests that see it.
 */

export interface NativeRouteFacts {
  service: string;
  operation: string;
  method: string;
  /** The path as the adapter declares it (express syntax). */
  path: string;
  /** `$id` of the operation's `*.response` schema, when it declares one. */
  responseSchema?: string;
}

const obj = (required: string[], properties: Record<string, SchemaObject>, extra: SchemaObject = {}): SchemaObject => ({
  type: 'object',
  required,
  properties,
  ...extra,
});
const str: SchemaObject = { type: 'string' };
const nullableStr: SchemaObject = { type: ['string', 'null'] };

/** The error envelopes, as components (`<service>.native.<name>`). */
export const NATIVE_ENVELOPES: Record<string, SchemaObject> = {
  'dmdc.native.error': obj(
    ['MSG', 'Count'],
    { MSG: str, Count: { const: 0 } },
    { description: 'dmdc’s refusal, in the shape of its append answer.', additionalProperties: false },
  ),
  'hotich.native.envelope': obj(
    ['status', 'statusDescription', 'errorCode', 'errorDescription', 'value'],
    { status: { type: 'integer', minimum: 0 }, statusDescription: str, errorCode: nullableStr, errorDescription: nullableStr, value: {} },
    {
      description:
        'The civil registry’s v1 envelope (DOMAIN.md §4.1): `status` 1 OK, 0 refused (`traTrangThaiHoSo`: the dossier’s state); the answer in `value`.',
    },
  ),
  'hotich.native.failure': obj(
    ['status', 'statusDescription', 'errorCode', 'errorDescription', 'value'],
    {
      status: { const: 0 },
      statusDescription: str,
      errorCode: str,
      errorDescription: { type: 'string', description: '`<CODE_NAME>: <reason>`.' },
      value: { type: 'null' },
    },
    { description: 'A refusal in the civil registry’s v1 envelope; codes in adapters/civil-registry/README.md.' },
  ),
  'hotich.native.pushReply': obj(
    ['status', 'statusDescription', 'errorCode', 'errorDescription'],
    { status: { enum: ['1', '0'] }, statusDescription: str, errorCode: nullableStr, errorDescription: nullableStr },
    { description: 'The v2 push reply (`/v2/nhanDKHT`): `status` as a string, no `value`.' },
  ),
  'lltp.native.error': obj(
    ['STATUS', 'DESCRIPTION'],
    { STATUS: { const: '0' }, DESCRIPTION: str, ERROR_CODE: str },
    { description: 'An LLTP v1 refusal (DOMAIN.md §6.1).' },
  ),
  'lltp.native.v2Failure': obj(
    ['status', 'statusDescription', 'errorCode', 'errorDescription'],
    { status: { const: 0 }, statusDescription: str, errorCode: str, errorDescription: str, value: { type: 'array', maxItems: 0 } },
    { description: 'An LLTP v2 refusal (DOMAIN.md §6.2); the poll’s carries an empty `value`.' },
  ),
  'paygov.native.error': obj(
    ['MaLoi', 'MoTaLoi'],
    { MaLoi: str, MoTaLoi: str, MaDoiTac: str, MaThamChieu: str },
    { description: 'PayGov’s refusal: `MaLoi` and its text (DOMAIN.md §7.5).' },
  ),
  'paygov.native.wrapped': obj(
    ['error_code', 'message'],
    {
      error_code: { type: 'string', description: '"0" on success, the `MaLoi` otherwise.' },
      message: { type: 'string', contentMediaType: 'application/json', description: 'The INIT answer as JSON text.' },
    },
    { description: 'INIT through a DVCQG proxy (a partner with the `wrapped` envelope, DOMAIN.md §7.2).' },
  ),
  'dkdn.native.error': obj(['MainInformation', 'DataCount', 'Status', 'Message'], {
    MainInformation: { type: 'null' },
    DataCount: { const: 0 },
    Status: { const: '0' },
    Message: str,
  }),
  'dkdn.native.entCert': obj(
    ['GetEntCert'],
    {
      GetEntCert: { type: ['array', 'null'], items: { type: 'object' } },
      Message: { type: 'string', description: 'The reason, on errors other than an unknown enterprise.' },
    },
    { description: 'The Thanh Hóa variant’s answer (DOMAIN.md §8.2): the enterprise’s certificate, or null.' },
  ),
  'lltp.native.vneidFailure': obj(
    ['statusCode', 'data', 'errorDetail'],
    {
      statusCode: { enum: ['01', '03'], description: '`01` the push breaks the contract; `03` interrupted (a platform fault), PASETO retries.' },
      data: { type: 'null' },
      errorDetail: str,
    },
    {
      description: 'VNeID’s refusal of an LLTP v2 result push (DOMAIN.md §6.2), in its own `{ statusCode, data, errorDetail }`.',
      additionalProperties: false,
    },
  ),
  'vbpl.native.error': obj(
    ['success', 'message', 'data'],
    { success: { const: false }, message: str, data: { type: 'null' } },
    { description: 'The legal-documents gateway’s refusal (`I`: its error body is unpublished).', additionalProperties: false },
  ),
  'msns.native.error': obj(
    ['Status', 'Message', 'DataCount', 'Data'],
    { Status: { const: '0' }, Message: str, DataCount: { const: 0 }, Data: { type: 'array', maxItems: 0 } },
    { description: 'The budget-unit lookup’s refusal, in the shape of its answer.', additionalProperties: false },
  ),
  'bhxh.native.error': obj(
    ['trangThai', 'errorCode', 'errorMessage'],
    { trangThai: { const: '0' }, errorCode: str, errorMessage: str },
    { description: 'A BHXH refusal (DOMAIN.md §5.2).' },
  ),
};

const env = (name: string): SchemaObject => ref(name);
/** The operation's response schema (or one member of it); any value when it declares none. */
const answerOf = (f: NativeRouteFacts, member?: string): SchemaObject => (f.responseSchema ? responseOf(f.responseSchema, member) : {});
const ok = (schema: SchemaObject, description = 'The answer.'): Responses => ({ '200': json(schema, description) });
const errorsOf = (facts: NativeRouteFacts, own: readonly string[]): string[] => [
  ...own,
  ...PLATFORM_ERRORS,
  // A GET is parsed like any request: a body it sends in a type the path does not take is 415.
  ...BODY_ERRORS.filter((s) => !own.includes(s)),
];

function dmdc(f: NativeRouteFacts): Responses {
  const own = f.method === 'GET' ? ['404'] : ['400', '404'];
  return {
    ...ok(answerOf(f)),
    '401': gatewayAuthFault(),
    ...errorResponses(errorsOf(f, own), env('dmdc.native.error'), 'dmdc’s `{ MSG, Count: 0 }`'),
  };
}

/** v1 paths answer `value` = the whole result or one of its members. */
const HOTICH_VALUE: Record<string, string | undefined> = {
  traHoSo: 'records',
  traDanhSachHoSo: 'records',
  dsHoSoDangKy: 'records',
  danhMuc: 'items',
  layKetQua: 'items',
};

function hotich(f: NativeRouteFacts): Responses {
  if (/\/v2\/nhanDKHT$/i.test(f.path)) {
    const reply = env('hotich.native.pushReply');
    return {
      ...ok(reply, '`status` "1" taken; "0" with "đã được tiếp nhận" when the number is known (PASETO counts both as sent).'),
      ...errorResponses(['401', ...errorsOf(f, ['400', '404', '409', '422'])], reply, 'the v2 push reply'),
    };
  }
  const envelope: SchemaObject = { allOf: [env('hotich.native.envelope'), { properties: { value: answerOf(f, HOTICH_VALUE[f.operation]) } }] };
  const failure = env('hotich.native.failure');
  const success =
    f.operation === 'traTrangThaiHoSo'
      ? json(envelope, 'The dossier’s state in `value`; a refused dossier is `status` 0 with the reason in `errorDescription`.')
      : json(envelope, 'The answer in `value`.');
  return {
    '200': success,
    ...errorResponses(['401', ...errorsOf(f, ['400', '404', '409', '422'])], failure, 'the civil registry’s envelope (code 100 AUTHEN_ERROR on 401)'),
  };
}

function lltp(f: NativeRouteFacts): Responses {
  if (/\/v2\/lyLichTuPhap\/traKetQuaHoSoLLTP$/i.test(f.path)) {
    // VNeID's side, not LLTP's: its own envelope, refusals with their HTTP status.
    const failure = env('lltp.native.vneidFailure');
    return {
      ...ok(answerOf(f), '`statusCode` "00" taken, "01" the dossier already holds that state, "03" interrupted (retry).'),
      '401': gatewayAuthFault(),
      ...errorResponses(errorsOf(f, ['400']), failure, 'VNeID’s `{ statusCode, data: null, errorDetail }` (`01` bad input, `03` a platform fault)'),
    };
  }
  if (/\/v2\//i.test(f.path)) {
    const failure = env('lltp.native.v2Failure');
    const send = /\/v2\/nhanHoSo$/i.test(f.path);
    const success = send
      ? {
          description:
            'Plain text: "Hồ sơ <maHoSoMCDT>: gửi thông tin thành công", or "… đã được tiếp nhận, không thể cập nhật thông tin" (both count as sent); a refusal (no authKey, a bad field) as JSON.',
          content: { 'text/plain': { schema: str }, 'application/json': { schema: failure } },
        }
      : json(either(answerOf(f), failure), 'The result, or a refusal (no authKey, a bad field) with HTTP 200.');
    return {
      '200': success,
      '401': gatewayAuthFault(),
      ...errorResponses(
        errorsOf(f, []).filter((s) => s !== '400'),
        failure,
        'the v2 envelope',
      ),
    };
  }
  const error = env('lltp.native.error');
  return {
    ...ok(either(answerOf(f), error), 'The answer (`STATUS` "1"), or the backend’s refusal (`STATUS` "0", with `ERROR_CODE`) with HTTP 200.'),
    '401': gatewayAuthFault(),
    ...errorResponses(
      errorsOf(f, []).filter((s) => s !== '400'),
      error,
      'LLTP’s `{ STATUS: "0", DESCRIPTION, ERROR_CODE }`',
    ),
  };
}

function paygov(f: NativeRouteFacts): Responses {
  const error = env('paygov.native.error');
  const wrapped = env('paygov.native.wrapped');
  const refusal = f.operation === 'init' ? either(error, wrapped) : error;
  const success =
    f.operation === 'getBill'
      ? {
          description: 'The receipt as a PDF; a refusal (`MaLoi`) as JSON with HTTP 200.',
          content: { 'application/pdf': { schema: { type: 'string', contentMediaType: 'application/pdf' } }, 'application/json': { schema: error } },
        }
      : json(
          either(answerOf(f), ...(f.operation === 'init' ? [error, wrapped] : [error])),
          'The answer, or PayGov’s refusal (`MaLoi` ≠ "00") with HTTP 200.',
        );
  return { '200': success, '401': gatewayAuthFault(), ...errorResponses(errorsOf(f, ['400']), refusal, 'PayGov’s `{ MaLoi, MoTaLoi }`') };
}

function dkdn(f: NativeRouteFacts): Responses {
  if (f.path.startsWith('/apiDKKD/')) {
    const answer = env('dkdn.native.entCert');
    return {
      ...ok(answer, 'The certificate, or `GetEntCert: null` for an unknown enterprise.'),
      '401': gatewayAuthFault(),
      ...errorResponses(errorsOf(f, ['400']), answer, 'the Thanh Hóa shape'),
    };
  }
  const success = obj(['MainInformation', 'DataCount', 'Status', 'Message'], {
    MainInformation: answerOf(f, 'MainInformation'),
    DataCount: { type: 'integer', minimum: 0, description: 'For a list: the total matching, not the page size.' },
    Status: { const: '1' },
    Message: str,
  });
  return {
    ...ok(success),
    '401': gatewayAuthFault(),
    ...errorResponses(errorsOf(f, ['400', '404']), env('dkdn.native.error'), 'the registry’s `{ Status: "0", Message }`'),
  };
}

function bhxh(f: NativeRouteFacts): Responses {
  return {
    ...ok(answerOf(f)),
    '401': gatewayAuthFault(),
    ...errorResponses(errorsOf(f, ['400', '404', '409']), env('bhxh.native.error'), 'BHXH’s `{ trangThai: "0", errorCode, errorMessage }`'),
  };
}

/**
 * The card gateway answers its verdicts with HTTP 200 and a `maKetQua` (205 bad parameter, 401
 * login refused), in the shape of the path's own answer; platform faults keep their status (101).
 */
function bhyt(f: NativeRouteFacts): Responses {
  const answer = answerOf(f);
  return {
    ...ok(answer, 'The answer; a refusal is `maKetQua` 205 (bad parameter) or 401 (login) in the same shape, with HTTP 200.'),
    ...errorResponses(['401', ...errorsOf(f, ['400'])], answer, 'the path’s own answer, `maKetQua` 401, 205 or 101'),
  };
}

/** Examples written by the adapters' own SOAP builders, so they have the real envelope, in each version. */
const soapFaultExample = (version: SoapVersion): string => soapFault('Client', 'Unauthorized access', version);
const soapAnswerExample = (version: SoapVersion): string =>
  soapResponse(
    'GetById',
    'http://tempuri.org/',
    {
      GetByIdResult: {
        ItemID: '100101',
        VBPQSokyhieu: '80/2015/QH13',
        VBPQTinhTrangHieuLuc: 'Hết hiệu lực toàn bộ',
        VBPQTinhTrangHieuLucCode: '3',
        VBPQNgaycohieuluc: '2016-07-01T00:00:00',
      },
    },
    version,
  );

/**
 * XML text in the SOAP version of the request: `text/xml` (1.1) or `application/soap+xml` (1.2);
 * `contentSchema` (JSON Schema's annotation for a string's content) names what the result element carries.
 */
export const soapXml = (description: string, example: (version: SoapVersion) => string, result?: SchemaObject): ResponseObject => {
  const media = (type: string, version: SoapVersion) => ({
    schema: { type: 'string', contentMediaType: type, ...(result ? { contentSchema: result } : {}) },
    example: example(version),
  });
  return { description, content: { 'text/xml': media('text/xml', '1.1'), 'application/soap+xml': media('application/soap+xml', '1.2') } };
};

/** Each SOAP operation's `<…Result>`: the members of its `vbpl/<operation>.response` schema, as XML elements. */
const SOAP_RESULTS: SchemaObject = either(
  ...Object.keys(SOAP_OPERATIONS).map((operation) => responseOf(schemaId(`vbpl/${operation}.response.json`))),
);

/**
 * The legacy SOAP service: XML answers in the request's SOAP version. A fault to an envelope is
 * HTTP 500 in SOAP 1.1; in SOAP 1.2 a Sender fault is 400 and any other 500; a body that is no
 * envelope keeps its 4xx.
 */
function vbplSoap(): Responses {
  const fault = (description: string): ResponseObject =>
    soapXml(
      `A SOAP fault (1.1: \`soap:Client\`, \`soap:Server\` or \`soap:VersionMismatch\`; 1.2: \`Code/Value\` \`Sender\`, \`Receiver\` or \`VersionMismatch\`, \`Reason/Text\`, \`Detail\`): ${description}`,
      soapFaultExample,
    );
  return {
    '200': soapXml(
      'The operation’s `<…Response>` in a SOAP 1.1 envelope (`text/xml`), or SOAP 1.2 (`application/soap+xml`) when the request was; the operation from SOAPAction (or SOAP 1.2’s `action` parameter of the Content-Type), else from the Body; its `<…Result>` holds the members of the operation’s response schema as elements (lists wrapped in their item elements, null as `xsi:nil`).',
      soapAnswerExample,
      SOAP_RESULTS,
    ),
    '400': fault(
      'the body is not a SOAP envelope (empty, not XML); in SOAP 1.2, any Sender fault to an envelope (unknown action, a Body for another operation, XML that is not well formed, a bad or missing parameter, `Unauthorized access` without UserDetails).',
    ),
    '401': gatewayAuthFault(),
    '403': fault('the client has no right to this service (a body that is no envelope).'),
    '413': fault('the body is over `BODY_LIMIT_BYTES`.'),
    '415': fault('the body is not XML (JSON, a form).'),
    '429': { ...fault('over the client’s request budget.'), headers: { 'Retry-After': { $ref: '#/components/headers/RetryAfter' } } },
    '5XX': fault(
      'in SOAP 1.1, HTTP 500 for any fault to an envelope (unknown SOAPAction, a Body for another operation, a bad or missing parameter, `Unauthorized access` without UserDetails); in both versions 500 for an envelope in the other version’s namespace (VersionMismatch); a platform fault keeps its status (`soap:Server`, SOAP 1.2 `Receiver`).',
    ),
  };
}

function vbpl(f: NativeRouteFacts): Responses {
  if (/\.asmx$/i.test(f.path)) return vbplSoap();
  return {
    ...ok(answerOf(f)),
    '401': gatewayAuthFault(),
    ...errorResponses(errorsOf(f, ['400', '404']), env('vbpl.native.error'), 'the gateway’s `{ success: false, message, data: null }`'),
  };
}

function msns(f: NativeRouteFacts): Responses {
  return {
    ...ok(answerOf(f)),
    '401': gatewayAuthFault(),
    ...errorResponses(errorsOf(f, ['400', '404']), env('msns.native.error'), 'the lookup’s `{ Status: "0", Message, DataCount: 0, Data: [] }`'),
  };
}

/** A backend this file does not know yet: its response schema on 200 and any JSON otherwise. */
function undescribed(f: NativeRouteFacts): Responses {
  const any = (description: string) => json({}, `${description} In the backend’s envelope (not described in detail).`);
  return {
    '200': f.responseSchema ? json(responseOf(f.responseSchema), 'The answer.') : any('The answer.'),
    '401': gatewayAuthFault(),
    ...Object.fromEntries(errorsOf(f, ['400', '404']).map((s) => [s, any('An error.')])),
  };
}

const BY_SERVICE: Record<string, (facts: NativeRouteFacts) => Responses> = { dmdc, hotich, lltp, paygov, dkdn, bhxh, bhyt, vbpl, msns };

/** Every response a native path answers, by status. */
export function nativeAnswers(facts: NativeRouteFacts): Responses {
  return (BY_SERVICE[facts.service] ?? undescribed)(facts);
}
