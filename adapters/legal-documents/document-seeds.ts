import seeds from '../../seeds/legal-documents/documents.json';

/** Effectiveness status codes of the gateway (`effStatus.code`, DOMAIN-MORE §2.4) and SOAP's numbers. */
export const EFF_STATUS = {
  CHL: { name: 'Còn hiệu lực', soap: '1' },
  HHL: { name: 'Hết hiệu lực', soap: '2' },
  HHLTB: { name: 'Hết hiệu lực toàn bộ', soap: '3' },
  HHTB: { name: 'Hết hiệu lực một phần', soap: '4' },
  NGUNG_HL: { name: 'Ngưng hiệu lực', soap: '5' },
  /** The name is published, the code is not (`I`): the simulator's. */
  CHUA_HL: { name: 'Chưa có hiệu lực', soap: '6' },
} as const;

export type EffStatusCode = keyof typeof EFF_STATUS;

/** A change of effectiveness: on `date`, the document became `status`, because of `by` when set. */
export interface EffEvent {
  date: string;
  status: EffStatusCode;
  reason: string;
  by?: string;
}

export interface LegalDocument {
  /** Numeric string, the SOAP `ItemID`. */
  id: string;
  docNum: string;
  docType: string;
  /** The legacy portal's `idLoaiVanBan`: 1 Luật, 3 Nghị định, 9 Quyết định, 22 Thông tư… */
  idLoaiVanBan: number;
  agency: string;
  /** `TW` for national documents, the province's sub-site slug otherwise. */
  site: string;
  title: string;
  /** ISO days. */
  issueDate: string;
  effFrom: string;
  signer: { personName: string; jobTitleName: string; orderIndex: number };
  fields: string[];
  majors: string[];
  docAbs: string;
  content: string;
  gazetteNumber?: string;
  gazetteDate?: string;
  events: EffEvent[];
}

export interface Relation {
  from: string;
  /** Published relation-type code (DOMAIN-MORE §2.4). */
  type: number;
  to: string;
}

export interface DocumentSeeds {
  documents: readonly LegalDocument[];
  relations: readonly Relation[];
  relationTypes: Readonly<Record<string, string>>;
  accounts: readonly { userName: string; password: string }[];
}

/**
 * Reads `seeds/legal-documents/documents.json` and checks that it holds together: unique ids,
 * known status and relation codes, events in date order caused by documents that exist. A seed
 * that does not stops the start with the document named.
 */
export function loadDocumentSeeds(): DocumentSeeds {
  const documents = seeds.documents as LegalDocument[];
  const ids = new Set<string>();
  const fail = (why: string): never => {
    throw new Error(`seeds/legal-documents/documents.json: ${why}`);
  };
  for (const doc of documents) {
    if (ids.has(doc.id)) fail(`document ${doc.id} is listed twice`);
    ids.add(doc.id);
  }
  for (const doc of documents) {
    let previous = '';
    for (const event of doc.events) {
      if (!(event.status in EFF_STATUS)) fail(`document ${doc.id}: unknown status ${event.status}`);
      if (event.date < previous) fail(`document ${doc.id}: events out of date order`);
      if (event.by && !ids.has(event.by)) fail(`document ${doc.id}: event caused by unknown document ${event.by}`);
      previous = event.date;
    }
  }
  for (const relation of seeds.relations) {
    if (!ids.has(relation.from) || !ids.has(relation.to)) fail(`relation ${relation.from} → ${relation.to} names an unknown document`);
    if (!(String(relation.type) in seeds.relationTypes)) fail(`relation ${relation.from} → ${relation.to}: unknown type ${relation.type}`);
  }
  return { documents, relations: seeds.relations, relationTypes: seeds.relationTypes, accounts: seeds.accounts };
}
