import type { VbplDocAllRequest } from '../../src/generated/schema-types';
import { isoDayAsDateTime } from '../shared/iso-day-text';
import type { DocumentLibrary, DocumentOnDay } from './document-library';
import { statusName } from './document-library';
import type { LegalDocument } from './document-seeds';

/** Gateway dates: `yyyy-MM-ddT00:00:00` (DOMAIN-MORE §2.3); null when unknown (an end not yet set). */
export function gatewayDate(iso: string): string;
export function gatewayDate(iso: string | undefined): string | null;
export function gatewayDate(iso: string | undefined): string | null {
  return iso ? isoDayAsDateTime(iso) : null;
}

function summary(entry: DocumentOnDay) {
  const { doc } = entry;
  return {
    id: doc.id,
    docNum: doc.docNum,
    title: doc.title,
    docType: { name: doc.docType },
    agencyName: doc.agency,
    issueDate: gatewayDate(doc.issueDate),
    effFrom: gatewayDate(doc.effFrom),
    effTo: gatewayDate(entry.effTo),
    effStatus: { code: entry.status, name: statusName(entry.status) },
    updatedDate: gatewayDate(entry.updated),
  };
}

/** A list item of `POST doc/all`: the document without its body and relations. */
export const listItem = summary;

/** `GET doc/{id}`: the whole document with its relations to others. */
export function documentDetail(entry: DocumentOnDay, library: DocumentLibrary, today: string) {
  const { doc } = entry;
  const target = (other: LegalDocument) => {
    const on = library.find(other.id, today) as DocumentOnDay;
    return {
      id: other.id,
      docNum: other.docNum,
      title: other.title,
      issueDate: gatewayDate(other.issueDate),
      effFrom: gatewayDate(other.effFrom),
      effTo: gatewayDate(on.effTo),
      status: statusName(on.status),
    };
  };
  return {
    ...summary(entry),
    documentMajors: doc.majors.map((name) => ({ name })),
    documentFields: doc.fields.map((name) => ({ name })),
    documentIssues: [
      { agencyName: doc.agency, personName: doc.signer.personName, jobTitleName: doc.signer.jobTitleName, orderIndex: doc.signer.orderIndex },
    ],
    gazetteNumber: doc.gazetteNumber ?? null,
    gazetteDate: gatewayDate(doc.gazetteDate),
    docAbs: doc.docAbs,
    documentContent: { content: doc.content },
    references: library.relations(doc.id, 'outgoing', today).map((r) => ({ referenceType: r.type, targetDocument: target(r.other) })),
  };
}

/** `GET doc/{id}/diagram`: related documents by relation type, from this one and to it. */
export function documentDiagram(id: string, library: DocumentLibrary, today: string) {
  const group = (direction: 'outgoing' | 'incoming'): Record<string, { id: string; name: string }[]> => {
    const out: Record<string, { id: string; name: string }[]> = {};
    for (const r of library.relations(id, direction, today))
      (out[String(r.type)] ??= []).push({ id: r.other.id, name: `${r.other.docType} ${r.other.docNum} ${r.other.title}` });
    return out;
  };
  return { documentNamesByType: group('outgoing'), documentNamesBySource: group('incoming') };
}

const fold = (text: string): string => text.normalize('NFC').toLocaleLowerCase('vi');

/** `POST doc/all`: a 1-based page of the documents matching, sorted; `total` counts every match. */
export function documentPage(library: DocumentLibrary, query: VbplDocAllRequest, today: string) {
  const { pageNumber = 1, pageSize = 20, sortBy = 'issueDate', sortDirection = 'desc' } = query;
  const keyword = query.keyword ? fold(query.keyword.trim()) : '';
  const from = query.issueDateFrom?.slice(0, 10);
  const to = query.issueDateTo?.slice(0, 10);
  const matching = library
    .all(today)
    .filter(
      ({ doc }) =>
        (!keyword || fold(`${doc.docNum} ${doc.title}`).includes(keyword)) && (!from || doc.issueDate >= from) && (!to || doc.issueDate <= to),
    );
  const key = (e: DocumentOnDay): string =>
    sortBy === 'updatedDate'
      ? e.updated
      : sortBy === 'issueDate' || sortBy === 'effFrom' || sortBy === 'docNum' || sortBy === 'title'
        ? e.doc[sortBy]
        : e.doc.issueDate;
  const sign = sortDirection === 'asc' ? 1 : -1;
  matching.sort((a, b) => sign * (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : a.doc.id < b.doc.id ? -1 : 1));
  const items = matching.slice((pageNumber - 1) * pageSize, pageNumber * pageSize).map(listItem);
  return { items, total: matching.length };
}
