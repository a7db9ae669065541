import { runScenarioStoreContract } from '../../../test/support/scenario-store-contract';
import { InMemoryScenarioStore } from './in-memory-scenario-store';

runScenarioStoreContract('InMemoryScenarioStore', () => new InMemoryScenarioStore());
