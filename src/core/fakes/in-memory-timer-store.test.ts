import { runTimerStoreContract } from '../../../test/support/timer-store-contract';
import { InMemoryTimerStore } from './in-memory-timer-store';

runTimerStoreContract('InMemoryTimerStore', () => new InMemoryTimerStore());
