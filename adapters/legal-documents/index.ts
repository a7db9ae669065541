import type { Adapter, OperationSpec } from '../../src/core/adapter';
import { fromIsoDate, toIsoDate } from '../../src/core/dates/wire-dates';
import { BusinessRuleError, type FieldViolation } from '../../src/core/errors';
import type { Clock } from '../../src/core/ports';
import { defineCheck, defineHandlers } from '../../src/core/operation';
import { schemaId } from '../../src/core/schema-id';
import type { AdapterDeps } from '../shared/adapter-deps';
import { DocumentLibrary, type DocumentOnDay } from './document-library';
import { loadDocumentSeeds } from './document-seeds';
import { renderLegalError } from './envelope';
import { documentDetail, documentDiagram, documentPage } from './gateway-view';
import { legalNativeRoutes, wsdlPage } from './native-routes';
import { inLegacy, lichSu, vanBanItem } from './soap-view';

const today = (clock: Clock): string => toIsoDate(clock.now());
const skhKey = (text: string): string => text.normalize('NFC').replace(/\s+/g, '').toLocaleUpperCase('vi');

/** The list rules a schema cannot say: days that exist, in order. */
const checkList = defineCheck('vbpl.docAll', (body): FieldViolation[] => {
  const out: FieldViolation[] = [];
  for (const name of ['issueDateFrom', 'issueDateTo'] as const) {
    const value = body[name];
    if (value !== undefined && !fromIsoDate(value.slice(0, 10)))
      out.push({ path: `body.${name}`, message: `body.${name} must be a day that exists, written yyyy-MM-dd, got "${value}"` });
  }
  if (out.length === 0 && body.issueDateFrom && body.issueDateTo && body.issueDateFrom.slice(0, 10) > body.issueDateTo.slice(0, 10)) {
    out.push({ path: 'body.issueDateTo', message: 'body.issueDateTo must not be before body.issueDateFrom' });
  }
  return out;
});

/**
 * The national legal-documents database (CSDLQG về pháp luật, DOMAIN-MORE §2): the new gateway's JSON
 * (`doc/{id}`, `doc/all`, `doc/{id}/diagram`) behind the LGSP at `/apiVBPL`, and the legacy SOAP
 * service (`vbqppl.asmx`) clients still call. Documents, their effectiveness history and relations
 * are seeded; everything is read as of the simulation day.
 */
export function createLegalDocumentsAdapter(_deps: AdapterDeps): Adapter {
  const seeds = loadDocumentSeeds();
  const library = new DocumentLibrary(seeds);
  // Every operation reads the seeded library as of the simulation day and keeps nothing: all are read-only.
  const op = (name: string, request = name): Pick<OperationSpec, 'requestSchema' | 'responseSchema' | 'readOnly'> => ({
    requestSchema: schemaId(`vbpl/${request}.request.json`),
    responseSchema: schemaId(`vbpl/${name}.response.json`),
    readOnly: true,
  });
  const found = (id: string, day: string): DocumentOnDay => {
    const entry = library.find(id.replace(/^vbpq(ta|dinhchinh)_/, ''), day);
    if (!entry) throw new BusinessRuleError('NOT_FOUND', `Không tìm thấy văn bản có id ${id}`, { status: 404 });
    return entry;
  };
  const legacy = (id: number, day: string): DocumentOnDay | undefined => {
    const entry = library.find(String(id), day);
    return entry && inLegacy(entry) ? entry : undefined;
  };
  const list = (entries: (DocumentOnDay | undefined)[], day: string) => {
    const items = [...new Set(entries.filter((e): e is DocumentOnDay => e !== undefined))].map((e) => vanBanItem(e, library, day, false));
    return { LtsVanBan: items, TotalRecord: items.length };
  };

  return {
    manifest: {
      service: 'vbpl',
      name: 'Legal-documents database (CSDLQG về pháp luật)',
      description:
        "National laws and decrees and the province's decisions with their effectiveness and relations: the gateway JSON (doc/{id}, doc/all, diagram) and the legacy SOAP service (GetById, GetListVanBanByListSKH, GetLichSuVB, GetListVanBanByListID).",
      operations: [
        { operation: 'doc', summary: 'One document by id, with its relations', ...op('doc'), example: { id: '900001' } },
        {
          operation: 'docAll',
          summary: 'A page of documents, sorted, with the total',
          ...op('docAll'),
          example: { pageNumber: 1, pageSize: 10, sortBy: 'issueDate', sortDirection: 'desc' },
          check: checkList,
        },
        { operation: 'docDiagram', summary: 'Related documents by relation type', ...op('docDiagram', 'doc'), example: { id: '100102' } },
        {
          operation: 'GetById',
          summary: 'Legacy SOAP: one document (VanBanItem with its HTML body)',
          ...op('GetById'),
          example: { ItemID: 100102, TypeVB: 1 },
        },
        {
          operation: 'GetLichSuVB',
          summary: 'Legacy SOAP: the effectiveness history of a document',
          ...op('GetLichSuVB', 'GetById'),
          example: { ItemID: 100201, TypeVB: 1 },
        },
        {
          operation: 'GetListVanBanByListSKH',
          summary: 'Legacy SOAP: documents by số ký hiệu',
          ...op('GetListVanBanByListSKH'),
          example: { ListSKH: ['64/2025/QH15', '15/2026/QĐ-UBND'] },
        },
        {
          operation: 'GetListVanBanByListID',
          summary: 'Legacy SOAP (login): documents by id',
          ...op('GetListVanBanByListID'),
          example: { ListID: [100101, 100102] },
        },
      ],
      native: legalNativeRoutes(seeds.accounts),
      pages: [wsdlPage],
      renderError: renderLegalError,
    },
    handlers: defineHandlers('vbpl', {
      doc: async ({ body }, context) => {
        const day = today(context.clock);
        return { success: true, data: documentDetail(found(body.id, day), library, day) };
      },
      docDiagram: async ({ body }, context) => {
        const day = today(context.clock);
        return { success: true, data: documentDiagram(found(body.id, day).doc.id, library, day) };
      },
      docAll: async ({ body }, context) => ({ success: true, data: documentPage(library, body, today(context.clock)) }),
      GetById: async ({ body }, context) => {
        const day = today(context.clock);
        const entry = legacy(body.ItemID, day);
        return { GetByIdResult: entry ? vanBanItem(entry, library, day, true) : null };
      },
      GetLichSuVB: async ({ body }, context) => {
        const day = today(context.clock);
        const entry = legacy(body.ItemID, day);
        return { GetLichSuVBResult: entry ? { LtsLichSu: lichSu(entry, library, day) } : null };
      },
      GetListVanBanByListSKH: async ({ body }, context) => {
        const day = today(context.clock);
        const wanted = body.ListSKH.map(skhKey);
        const docs = library.all(day).filter(inLegacy);
        return {
          GetListVanBanByListSKHResult: list(
            wanted.map((k) => docs.find((e) => skhKey(e.doc.docNum) === k)),
            day,
          ),
        };
      },
      GetListVanBanByListID: async ({ body }, context) => {
        const day = today(context.clock);
        return {
          GetListVanBanByListIDResult: list(
            body.ListID.map((id) => legacy(id, day)),
            day,
          ),
        };
      },
    }),
  };
}
