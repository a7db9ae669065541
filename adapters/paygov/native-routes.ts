/** PayGov's native paths: POST /paygov/init, /paygov/query, /paygov/getbill (DOMAIN.md §7.1). */
import type { NativeRequest, NativeRoute } from '../../src/core/adapter';
import getBillSchema from '../../schemas/paygov/getBill.request.json';
import initSchema from '../../schemas/paygov/init.request.json';
import querySchema from '../../schemas/paygov/query.request.json';
import { canonicalKeys } from './canonical-keys';
import { inEnvelope } from './envelope';
import type { PartnerDirectory } from './partners';

const bodyOf = (schema: object) => (request: NativeRequest): unknown =>
  request.body === undefined || request.body === null ? {} : canonicalKeys(request.body, schema);

export function paygovNativeRoutes(partners: PartnerDirectory): NativeRoute[] {
  return [
    {
      method: 'POST',
      paths: ['/paygov/init'],
      operation: 'init',
      auth: 'optional',
      toMessageBody: bodyOf(initSchema),
      render: (result) => {
        const answer = result as Record<string, unknown>;
        const envelope = partners.find(String(answer.MaDoiTac))?.envelope ?? 'direct';
        return { status: 200, body: inEnvelope(answer, envelope) };
      },
    },
    {
      method: 'POST',
      paths: ['/paygov/query'],
      operation: 'query',
      auth: 'optional',
      toMessageBody: bodyOf(querySchema),
      render: (result) => ({ status: 200, body: result }),
    },
    {
      method: 'POST',
      paths: ['/paygov/getbill'],
      operation: 'getBill',
      auth: 'optional',
      toMessageBody: bodyOf(getBillSchema),
      render: (result, request) => {
        const { base64 } = result as { base64: string };
        const ref = String((request.body as Record<string, unknown> | undefined)?.MaThamChieu ?? 'bien-lai').replace(/[^A-Za-z0-9._-]/g, '_');
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
