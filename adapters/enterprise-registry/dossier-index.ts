import { toIsoDate } from '../../src/core/dates/wire-dates';
import type { EnterpriseDossier } from '../../src/seed/types';

/** A page of a list, with the total the registry reports as `DataCount`. */
export interface Page<T> {
  items: T[];
  total: number;
}

export interface PageRequest {
  offset: number;
  limit: number;
}

/**
 * The seeded registration dossiers, read as of a moment of simulation time: a dossier received
 * after `now` is not in the registry yet, and one processed after `now` is still being processed.
 * The seed places dossiers over whole days (up to 17:00 today), so without this a lookup at 08:00
 * would already see the afternoon's decisions.
 */
export class DossierIndex {
  /** By receipt time (the seed's order; `journalNo` grows with it). */
  private readonly byReceipt: readonly EnterpriseDossier[];
  /** Processed dossiers by processing time, then journal number. */
  private readonly byProcessing: readonly EnterpriseDossier[];
  private readonly byJournalNo: ReadonlyMap<number, EnterpriseDossier>;

  constructor(dossiers: readonly EnterpriseDossier[]) {
    this.byReceipt = [...dossiers].sort((a, b) => instant(a.receivedAt) - instant(b.receivedAt) || a.journalNo - b.journalNo);
    this.byProcessing = dossiers
      .filter((d) => d.processedAt !== undefined)
      .sort((a, b) => instant(a.processedAt as string) - instant(b.processedAt as string) || a.journalNo - b.journalNo);
    this.byJournalNo = new Map(dossiers.map((d) => [d.journalNo, d]));
  }

  /** Dossiers processed within [from, to] (inclusive) and no later than `now`. */
  processedBetween(from: Date, to: Date, now: Date, page: PageRequest): Page<EnterpriseDossier> {
    const end = Math.min(to.getTime(), now.getTime());
    const hits = this.byProcessing.filter((d) => {
      const at = instant(d.processedAt as string);
      return at >= from.getTime() && at <= end;
    });
    return paginate(
      hits.map((d) => asOf(d, now)),
      page,
    );
  }

  /** Dossiers received within [from, to] (inclusive) and no later than `now`. */
  receivedBetween(from: Date, to: Date, now: Date, page: PageRequest): Page<EnterpriseDossier> {
    const end = Math.min(to.getTime(), now.getTime());
    const hits = this.byReceipt.filter((d) => {
      const at = instant(d.receivedAt);
      return at >= from.getTime() && at <= end;
    });
    return paginate(
      hits.map((d) => asOf(d, now)),
      page,
    );
  }

  /** One dossier as it stands at `now`; undefined when unknown or not yet received. */
  find(journalNo: number, now: Date): EnterpriseDossier | undefined {
    const dossier = this.byJournalNo.get(journalNo);
    if (!dossier || instant(dossier.receivedAt) > now.getTime()) return undefined;
    return asOf(dossier, now);
  }
}

/** A dossier whose decision lies after `now` is shown as still being processed. */
export function asOf(dossier: EnterpriseDossier, now: Date): EnterpriseDossier {
  const decidedLater = dossier.processedAt !== undefined && instant(dossier.processedAt) > now.getTime();
  const supplementLater = dossier.supplementDate !== undefined && dossier.supplementDate > toIsoDate(now);
  if (!decidedLater && !supplementLater) return dossier;
  const { processedAt: _at, processedDate: _date, supplementDate: _supplement, ...pending } = dossier;
  return { ...pending, processStatus: 'processing' };
}

function paginate<T>(items: T[], page: PageRequest): Page<T> {
  return { items: items.slice(page.offset, page.offset + page.limit), total: items.length };
}

function instant(iso: string): number {
  return Date.parse(iso);
}
