import { EFF_STATUS, type DocumentSeeds, type EffEvent, type EffStatusCode, type LegalDocument, type Relation } from './document-seeds';

/** A document as it stands on one day (ISO, simulation clock). */
export interface DocumentOnDay {
  doc: LegalDocument;
  status: EffStatusCode;
  /** The day it ceases (wholly) to have effect, once a document or its own term says so. */
  effTo?: string;
  /** The day it partly ceased to have effect. */
  effToPartly?: string;
  /** Changes of effectiveness that have happened, oldest first, with the status before each. */
  history: (EffEvent & { before: EffStatusCode })[];
  /** When the record last changed: the latest of its issue and its past changes. */
  updated: string;
}

/** The day the old legacy portal (SharePoint, SOAP) stopped taking documents (DOMAIN-MORE §2.3). */
export const LEGACY_CUTOFF = '2026-04-23';

/**
 * The seeded legal documents read as of a day: a document exists from its issue date, an event
 * counts once it is announced (its causing document issued) and applies from its own date, so the
 * effectiveness of a document changes by itself on the simulation clock.
 */
export class DocumentLibrary {
  private readonly byId: ReadonlyMap<string, LegalDocument>;

  constructor(private readonly seeds: DocumentSeeds) {
    this.byId = new Map(seeds.documents.map((d) => [d.id, d]));
  }

  relationName(type: number): string {
    return this.seeds.relationTypes[String(type)] ?? String(type);
  }

  /** The document with this id, if issued by `today`. */
  find(id: string, today: string): DocumentOnDay | undefined {
    const doc = this.byId.get(id);
    return doc && doc.issueDate <= today ? this.onDay(doc, today) : undefined;
  }

  /** Every document issued by `today`. */
  all(today: string): DocumentOnDay[] {
    return this.seeds.documents.filter((d) => d.issueDate <= today).map((d) => this.onDay(d, today));
  }

  /** Relations from (`outgoing`) or to (`incoming`) a document, between documents issued by `today`. */
  relations(id: string, direction: 'outgoing' | 'incoming', today: string): { type: number; other: LegalDocument }[] {
    const issued = (docId: string): LegalDocument | undefined => {
      const doc = this.byId.get(docId);
      return doc && doc.issueDate <= today ? doc : undefined;
    };
    const picked = this.seeds.relations.filter((r: Relation) => (direction === 'outgoing' ? r.from : r.to) === id && issued(r.from) && issued(r.to));
    return picked.map((r) => ({ type: r.type, other: issued(direction === 'outgoing' ? r.to : r.from) as LegalDocument }));
  }

  private onDay(doc: LegalDocument, today: string): DocumentOnDay {
    const announced = doc.events.filter((e) => !e.by || (this.byId.get(e.by)?.issueDate ?? '9999') <= today);
    const past = announced.filter((e) => e.date <= today);
    let before: EffStatusCode = 'CHUA_HL';
    const history = past.map((e) => {
      const entry = { ...e, before };
      before = e.status;
      return entry;
    });
    const status: EffStatusCode = doc.effFrom > today ? 'CHUA_HL' : (past[past.length - 1]?.status ?? 'CHL');
    const ending = announced.filter((e) => e.status === 'HHL' || e.status === 'HHLTB').pop();
    const partly = announced.filter((e) => e.status === 'HHTB').pop();
    const updated = [doc.issueDate, ...past.map((e) => e.date)].sort().pop() as string;
    return { doc, status, ...(ending ? { effTo: ending.date } : {}), ...(partly ? { effToPartly: partly.date } : {}), history, updated };
  }
}

export const statusName = (code: EffStatusCode): string => EFF_STATUS[code].name;
