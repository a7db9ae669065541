import type { Journal, JournalEntry } from '../core/ports';
import { countHolds, criteriaCount, failedCriteria, nearMisses, type CountExpectation, type JournalCriteria, type NearMiss } from './journal-match';

/** The answer of a verification: whether the count held, and the closest misses when it did not. */
export interface Verification {
  holds: boolean;
  matched: number;
  expected: CountExpectation;
  /** Entries that met the most criteria without meeting all of them (only when the count failed). */
  nearMisses: NearMiss[];
}

/**
 * What /sim/journal asks of the journal: entries meeting criteria, and whether a pattern was seen a
 * given number of times. It reads the journal port's list and filters here, so any journal store
 * (Redis, or the in-memory fake in tests) answers the same.
 */
export class JournalSearch {
  constructor(private readonly journal: Journal) {}

  /** Entries meeting every criterion, newest first, at most `limit`; `total` counts them all. */
  async find(criteria: JournalCriteria, limit = 100): Promise<{ entries: JournalEntry[]; total: number }> {
    const matching = (await this.journal.list()).filter((entry) => failedCriteria(entry, criteria).length === 0);
    return { entries: matching.slice(0, limit), total: matching.length };
  }

  async verify(criteria: JournalCriteria, expected: CountExpectation = { gte: 1 }): Promise<Verification> {
    const all = await this.journal.list();
    const matched = all.filter((entry) => failedCriteria(entry, criteria).length === 0).length;
    const holds = countHolds(matched, expected);
    return { holds, matched, expected, nearMisses: holds || criteriaCount(criteria) === 0 ? [] : nearMisses(all, criteria) };
  }
}
