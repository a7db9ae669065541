/** PayGov's native paths: POST /paygov/init, /paygov/query, /paygov/getbill (DOMAIN.md §7.1). */
import type { NativeRequest, NativeRoute } from '../../src/core/adapter';
import { isPlainObject, memberIgnoringCase } from '../../src/core/lenient/members';
import { defineRender } from '../../src/core/operation';
import { inEnvelope } from './envelope';
import type { PartnerDirectory } from './partners';

/** The JSON body as sent; the native router reads it against the schema (any key casing, nulls as absent). */
const bodyOf = (request: NativeRequest): unknown => (request.body === undefined || request.body === null ? {} : request.body);

export function paygovNativeRoutes(partners: PartnerDirectory): NativeRoute[] {
  return [
    {
      method: 'POST',
      paths: ['/paygov/init'],
      operation: 'init',
      auth: 'optional',
      toMessageBody: bodyOf,
      render: defineRender('paygov.init', (answer) => {
        const envelope = partners.find(answer.MaDoiTac)?.envelope ?? 'direct';
        return { status: 200, body: inEnvelope(answer, envelope) };
      }),
    },
    {
      method: 'POST',
      paths: ['/paygov/query'],
      operation: 'query',
      auth: 'optional',
      toMessageBody: bodyOf,
      render: (result) => ({ status: 200, body: result }),
    },
    {
      method: 'POST',
      paths: ['/paygov/getbill'],
      operation: 'getBill',
      auth: 'optional',
      toMessageBody: bodyOf,
      render: (result, request) => {
        const { base64 } = result as { base64: string };
        const sent = isPlainObject(request.body) ? memberIgnoringCase(request.body, 'MaThamChieu')?.value : undefined;
        const ref = String(sent ?? 'bien-lai').replace(/[^A-Za-z0-9._-]/g, '_');
        return {
          status: 200,
          body: Buffer.from(base64, 'base64'),
          contentType: 'application/pdf',
          headers: { 'content-disposition': `inline; filename="${ref}.pdf"` },
        };
      },
    },
  ];
}
