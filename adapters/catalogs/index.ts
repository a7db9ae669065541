import type { Adapter, AdapterContext, NativeRequest } from '../../src/core/adapter';
import { defineHandlers } from '../../src/core/operation';
import { DMDC_CATALOG_CODES } from '../../seeds/catalogs';
import { schemaId } from '../../src/core/schema-id';
import type { AdapterDeps } from '../shared/adapter-deps';
import { CatalogRows } from './catalog-rows';
import { dmdcError } from './dmdc-envelope';
import { checkAppendedRows } from './row-checks';

/** dmdc codes are case-insensitive on the path; the message carries the lower-case code. */
const codeOf = (request: NativeRequest): string => (request.params.code ?? '').toLowerCase();
const asIs = (result: unknown) => ({ status: 200, body: result });

/**
 * The shared e-catalogues (danh mục dùng chung, `/dmdc`): each catalogue's columns, its rows, and
 * appending rows (DOMAIN.md §3). Rows come from seeds/catalogs, so the codes other backends use and
 * the codes dmdc lists never disagree; appended rows live in Redis until a reset.
 */
export function createCatalogsAdapter(_deps: AdapterDeps): Adapter {
  const rowsOf = (context: AdapterContext): CatalogRows => new CatalogRows(context.state, context.ids);
  const codeIn = (body: unknown): string => (body as { maDanhMuc: string }).maDanhMuc;
  return {
    manifest: {
      service: 'dmdc',
      name: 'Shared e-catalogues (danh mục dùng chung, dmdc)',
      description: `Column lists, rows and row appends of the shared catalogues: ${DMDC_CATALOG_CODES.join(', ')}.`,
      operations: [
        {
          operation: 'layMetadata',
          summary: 'The columns of a catalogue: [{ PropertyCode, PropertyName, PropertyType }]',
          requestSchema: schemaId('dmdc/layMetadata.request.json'),
          responseSchema: schemaId('dmdc/layMetadata.response.json'),
          example: { maDanhMuc: 'qlvanbandieuhanhcap1' },
          readOnly: true,
        },
        {
          operation: 'layDanhMuc',
          summary: 'The rows of a catalogue, keyed by PropertyCode: the seed rows, then rows appended since the last reset',
          requestSchema: schemaId('dmdc/layDanhMuc.request.json'),
          responseSchema: schemaId('dmdc/layDanhMuc.response.json'),
          example: { maDanhMuc: 'magioitinh' },
          // Reads the appended rows; only themDanhMuc writes them.
          readOnly: true,
        },
        {
          operation: 'themDanhMuc',
          summary: 'Appends rows to a catalogue, all or none: { MSG: "Done", Count } or the first duplicate key',
          requestSchema: schemaId('dmdc/themDanhMuc.request.json'),
          responseSchema: schemaId('dmdc/themDanhMuc.response.json'),
          example: {
            maDanhMuc: 'qlvanbandieuhanhcap4',
            duLieu: [
              {
                MaDinhDanhCap4: '002.01.14.H56',
                MaDinhDanhCap3: '000.01.14.H56',
                TenDonVi: 'Bộ phận Một cửa - Văn phòng Sở Tư pháp tỉnh Thanh Hóa',
                NgayBanHanhQd: '15/03/2024',
              },
            ],
          },
          check: checkAppendedRows,
        },
      ],
      native: [
        { method: 'GET', paths: ['/dmdc/Metadata/:code'], operation: 'layMetadata', toMessageBody: (r) => ({ maDanhMuc: codeOf(r) }), render: asIs },
        { method: 'GET', paths: ['/dmdc/Category/:code'], operation: 'layDanhMuc', toMessageBody: (r) => ({ maDanhMuc: codeOf(r) }), render: asIs },
        {
          method: 'POST',
          paths: ['/dmdc/Category/:code'],
          operation: 'themDanhMuc',
          // An empty body arrives as undefined; the schema then says the request body is required.
          toMessageBody: (r) => (r.body === undefined ? { maDanhMuc: codeOf(r) } : { maDanhMuc: codeOf(r), duLieu: r.body }),
          render: asIs,
        },
      ],
      renderError: dmdcError,
    },
    handlers: defineHandlers('dmdc', {
      layMetadata: async (message, context) => rowsOf(context).columns(codeIn(message.body)),
      layDanhMuc: async (message, context) => (await rowsOf(context).read(codeIn(message.body))).rows,
      themDanhMuc: async (message, context) => {
        const { maDanhMuc, duLieu } = message.body;
        return rowsOf(context).append(maDanhMuc, duLieu);
      },
    }),
  };
}
