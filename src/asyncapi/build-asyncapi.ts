/**
 * The AsyncAPI 3.0 document of everything the platform sends on its own: result callbacks of
 * asynchronous messages, hộ tịch and LLTP status pushes, and PayGov IPNs. Payloads are built from
 * the same JSON Schemas the simulator validates with (schemas/), embedded as components the way the
 * OpenAPI document embeds them, so the two documents cannot drift from the code or each other.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AdapterRegistry } from '../core/registry';
import { projectRoot } from '../project-root';
import type { SchemaRegistry } from '../core/schema-registry';
import { schemaId } from '../schemas/load-schemas';
import { componentName, schemaComponents, schemaRef } from '../openapi/schema-components';

type Json = Record<string, unknown>;

/** Field order of a PASETO IPN (DOMAIN.md §7.3); the member schemas come from the QUERY answer. */
const IPN_FIELDS = [
  'LoaiBanTin',
  'MaLoi',
  'MaDoiTac',
  'MaThamChieu',
  'SoTien',
  'MaTienTe',
  'MaGiaoDich',
  'MaNganHang',
  'ThoiGianGD',
  'ThongTinGiaoDich',
  'MaXacThuc',
];
const LLTP_FIELDS = ['DECLARATION_ID', 'DEC_STATUS_ID', 'DEC_STATUS_NAME', 'APPROVE_DATE', 'ISSUE_DATE', 'REFUSE_REASON', 'ketQuaXuLy'];

const SIGNATURE_HEADERS: Json = {
  type: 'object',
  required: ['x-lgsp-signature', 'x-lgsp-callback-id', 'x-lgsp-attempt'],
  properties: {
    'x-lgsp-signature': {
      type: 'string',
      description: 't=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>" keyed with the client secret>',
      pattern: '^t=\\d+,v1=[0-9a-f]{64}$',
    },
    'x-lgsp-callback-id': { type: 'string', description: 'Id of the event; the same on every redelivery, so a receiver can deduplicate on it.' },
    'x-lgsp-attempt': { type: 'string', description: 'Delivery attempt, from 1.' },
  },
};

/** Members of a schema, taken from its component (where its `$ref`s already point inside the document). */
function pick(components: Record<string, unknown>, path: string, fields: readonly string[]): Json {
  const schema = components[componentName(schemaId(path))] as { properties?: Record<string, unknown> } | undefined;
  if (!schema?.properties) throw new Error(`AsyncAPI: schemas/${path} has no properties to build a payload from`);
  const properties: Json = {};
  for (const field of fields) {
    const member = schema.properties[field];
    if (!member) throw new Error(`AsyncAPI: schemas/${path} has no member ${field}`);
    properties[field] = member;
  }
  return properties;
}

function channel(address: string, parameter: string, description: string, message: string): Json {
  return {
    address,
    description,
    parameters: {
      [parameter]: {
        description:
          parameter === 'callbackUrl'
            ? 'The callbackUrl of the message (header.callbackUrl), checked against CALLBACK_ALLOWED_HOSTS.'
            : "The partner's registered IPN URL (DEV_PAYGOV_IPN_URL, PAYGOV_IPN_URLS).",
      },
    },
    messages: { [message]: { $ref: `#/components/messages/${message}` } },
  };
}

/** `info.version` defaults to package.json's version. */
export function buildAsyncApi(sources: { registry: AdapterRegistry; schemas: SchemaRegistry; version?: string }): Json {
  const version = sources.version ?? (JSON.parse(readFileSync(join(projectRoot(), 'package.json'), 'utf8')) as { version: string }).version;
  const components = schemaComponents(sources.schemas);
  const responses = sources.registry
    .adapters()
    .flatMap((a) => a.manifest.operations)
    .filter((op) => op.responseSchema)
    .map((op) => schemaRef(op.responseSchema as string));

  const result: Json = {
    name: 'resultCallback',
    title: 'Result of an asynchronous message',
    summary: 'POSTed to the callbackUrl once the message is completed, failed or dead.',
    contentType: 'application/json',
    headers: SIGNATURE_HEADERS,
    payload: {
      type: 'object',
      required: ['messageId', 'messageType', 'status'],
      properties: {
        messageId: { type: 'string', description: 'header.messageId of the message.' },
        messageType: { type: 'string', description: '<service>.<operation>.' },
        correlationId: { type: 'string', description: 'header.correlationId, when given.' },
        status: { type: 'string', enum: ['completed', 'failed', 'dead'], description: 'How the message ended.' },
        response: { description: "The backend's answer (completed): the operation's response schema.", anyOf: responses },
        error: {
          type: 'object',
          description: 'Why it failed (failed, dead).',
          required: ['type', 'message'],
          properties: {
            type: { type: 'string' },
            message: { type: 'string' },
            code: { type: 'string' },
            errors: { type: 'array', items: { type: 'object', properties: { path: { type: 'string' }, message: { type: 'string' } } } },
          },
        },
      },
    },
  };
  const hotich: Json = {
    name: 'hotichStatusChange',
    title: 'Hộ tịch dossier status change',
    summary:
      'POSTed to the callbackUrl of the hotich.dangKyHoTich message on every change: 2 needs supplement, 3 eligible, 4 registered, 5 rejected.',
    contentType: 'application/json',
    headers: SIGNATURE_HEADERS,
    payload: schemaRef(schemaId('hotich/dangKyHoTich.response.json')),
  };
  const lltp: Json = {
    name: 'lltpStatusChange',
    title: 'Judicial-record (LLTP) dossier status change',
    summary:
      'POSTed to the callbackUrl of the lltp.nhanHoSoDangKy message: 4 processing, 5 certificate issued (with ketQuaXuLy and the PDF), 6 refused.',
    contentType: 'application/json',
    headers: SIGNATURE_HEADERS,
    payload: {
      type: 'object',
      required: ['event', 'messageType', 'messageId', 'DECLARATION_ID', 'DEC_STATUS_ID', 'DEC_STATUS_NAME'],
      properties: {
        event: { const: 'status-change', description: 'What the push reports.' },
        messageType: { const: 'lltp.nhanHoSoDangKy', description: 'The message that filed the dossier.' },
        messageId: { type: 'string', description: 'Its messageId.' },
        RECEIVE_NO: { type: 'string', description: 'idReceivedDec of the one-stop receipt.' },
        APPOINTMENT_NO: { type: 'string', description: 'Appointment number, once given.' },
        ...pick(components, 'lltp/traTrangThaiHs.response.json', LLTP_FIELDS),
      },
    },
  };
  const ipn: Json = {
    name: 'paygovIpn',
    title: 'PayGov IPN (payment notification)',
    summary: 'POSTed to the partner\'s IPN URL when a payment settles; retried until the reply is {"MaLoi":"00"} echoing MaXacThuc.',
    contentType: 'application/json',
    payload: { type: 'object', required: IPN_FIELDS, properties: pick(components, 'paygov/query.response.json', IPN_FIELDS) },
  };

  return {
    asyncapi: '3.0.0',
    info: {
      title: 'lgsp-sim — what the platform sends',
      version,
      description:
        'Messages the simulator POSTs on its own to agency systems: results of asynchronous messages, status changes of hộ tịch and judicial-record dossiers, and PayGov payment notifications. Check a receiver with `lgsp-sim verify receiver`.',
    },
    defaultContentType: 'application/json',
    channels: {
      resultCallback: channel('{callbackUrl}', 'callbackUrl', 'The callbackUrl an agency gave in a message header.', 'resultCallback'),
      hotichStatus: channel('{callbackUrl}', 'callbackUrl', 'The callbackUrl of a hotich.dangKyHoTich message.', 'hotichStatusChange'),
      lltpStatus: channel('{callbackUrl}', 'callbackUrl', 'The callbackUrl of an lltp.nhanHoSoDangKy message.', 'lltpStatusChange'),
      paygovIpn: channel('{ipnUrl}', 'ipnUrl', "A PayGov partner's IPN URL.", 'paygovIpn'),
    },
    operations: {
      sendResultCallback: {
        action: 'send',
        channel: { $ref: '#/channels/resultCallback' },
        summary: 'Report the result of an asynchronous message.',
        messages: [{ $ref: '#/channels/resultCallback/messages/resultCallback' }],
      },
      sendHotichStatus: {
        action: 'send',
        channel: { $ref: '#/channels/hotichStatus' },
        summary: 'Push a hộ tịch status change.',
        messages: [{ $ref: '#/channels/hotichStatus/messages/hotichStatusChange' }],
      },
      sendLltpStatus: {
        action: 'send',
        channel: { $ref: '#/channels/lltpStatus' },
        summary: 'Push a judicial-record status change.',
        messages: [{ $ref: '#/channels/lltpStatus/messages/lltpStatusChange' }],
      },
      sendPaygovIpn: {
        action: 'send',
        channel: { $ref: '#/channels/paygovIpn' },
        summary: 'Notify a PayGov partner of a settled payment.',
        messages: [{ $ref: '#/channels/paygovIpn/messages/paygovIpn' }],
      },
    },
    components: { messages: { resultCallback: result, hotichStatusChange: hotich, lltpStatusChange: lltp, paygovIpn: ipn }, schemas: components },
  };
}
