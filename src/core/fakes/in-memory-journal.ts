import type { Journal, JournalEntry } from '../ports';

/**
 * The journal in an array, newest first and never longer than `maxEntries`, for fast tests of the
 * pipeline and the journal queries; it passes the same contract (test/support/journal-contract.ts)
 * as the Redis journal. Entries are kept as JSON text, as Redis keeps them.
 */
export class InMemoryJournal implements Journal {
  private entries: string[] = [];

  constructor(private readonly maxEntries = 10_000) {}

  record(entry: JournalEntry): Promise<void> {
    this.entries.unshift(JSON.stringify(entry));
    this.entries.length = Math.min(this.entries.length, this.maxEntries);
    return Promise.resolve();
  }

  list(limit = this.maxEntries): Promise<JournalEntry[]> {
    return Promise.resolve(this.entries.slice(0, limit).map((raw) => JSON.parse(raw) as JournalEntry));
  }

  clear(service?: string): Promise<void> {
    this.entries = service === undefined ? [] : this.entries.filter((raw) => (JSON.parse(raw) as JournalEntry).service !== service);
    return Promise.resolve();
  }
}
