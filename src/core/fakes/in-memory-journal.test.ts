import { runJournalContract } from '../../../test/support/journal-contract';
import { InMemoryJournal } from './in-memory-journal';

runJournalContract('InMemoryJournal', (maxEntries) => new InMemoryJournal(maxEntries));
