/**
 * Which schema files type each message type `<service>.<operation>`: its own
 * `schemas/<service>/<operation>.{request,response}.json`, or another operation's where the real
 * service reuses it (BORROWED_SCHEMAS). The generator builds `OperationTypes` from this; a test
 * holds it to the operations the adapters declare (adapters/operation-schemas.test.ts). Files in a
 * folder below a service (`lltp/shared/`, the native bodies of `lltp/v2/`) are no message's.
 */

/** Folders of schemas/ that are not a backend's messages: shared pieces and the simulator's own API. */
const NOT_MESSAGES = new Set(['common', 'contract', 'sim']);

/**
 * Operations whose request or response is another operation's schema file, as the real service
 * reuses it (the history takes the card check's query; the diagram takes the document's id).
 * Listed here so each still gets its own entry in `OperationTypes`.
 */
export const BORROWED_SCHEMAS: Readonly<Record<string, { request?: string; response?: string }>> = {
  'bhyt.Lskcb2025': { request: 'bhyt/KQNhanLichSuKCB2024.request.json' },
  'dkdn.danhSachHoSoTrongNgay': { response: 'dkdn/danhSachHoSo.response.json' },
  'vbpl.docDiagram': { request: 'vbpl/doc.request.json' },
  'vbpl.GetLichSuVB': { request: 'vbpl/GetById.request.json' },
};

export interface OperationSchemaFiles {
  /** Path below schemas/ of the request schema. */
  request: string;
  /** Path below schemas/ of the response schema; unset when the operation documents none. */
  response?: string;
}

/** The request and response schema files of every message type, sorted by message type. */
export function operationSchemaFiles(files: readonly string[]): Map<string, OperationSchemaFiles> {
  const present = new Set(files);
  const exists = (file: string): string => {
    if (!present.has(file)) throw new Error(`BORROWED_SCHEMAS names schemas/${file}, which does not exist`);
    return file;
  };
  const own = files
    .filter((file) => /\.(request|response)\.json$/.test(file) && file.split('/').length === 2 && !NOT_MESSAGES.has(file.split('/')[0]))
    .map((file) => file.replace(/\.(request|response)\.json$/, '').replace('/', '.'));
  const messageTypes = [...new Set([...own, ...Object.keys(BORROWED_SCHEMAS)])].sort();
  return new Map(
    messageTypes.map((messageType) => {
      const [service, name] = messageType.split('.') as [string, string];
      const borrowed = BORROWED_SCHEMAS[messageType] ?? {};
      const request = borrowed.request ?? `${service}/${name}.request.json`;
      if (!present.has(request)) {
        throw new Error(`${messageType} has a response schema but no schemas/${request}; name the request it uses in BORROWED_SCHEMAS`);
      }
      const response = borrowed.response ? exists(borrowed.response) : `${service}/${name}.response.json`;
      return [messageType, { request: exists(request), ...(present.has(response) ? { response } : {}) }];
    }),
  );
}
