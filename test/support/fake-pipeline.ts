import { CallbackUrlPolicy } from '../../src/core/callback-url-policy';
import { MessageExecutor } from '../../src/core/executor';
import { InMemoryJournal } from '../../src/core/fakes/in-memory-journal';
import { InMemoryMessageStore } from '../../src/core/fakes/in-memory-message-store';
import { RecordingDispatcher } from '../../src/core/fakes/recording-dispatcher';
import { ScriptedScenarios } from '../../src/core/fakes/scripted-scenarios';
import { silentLogger } from '../../src/core/logger';
import type { Message } from '../../src/core/message';
import { Pipeline } from '../../src/core/pipeline';
import type { Telemetry } from '../../src/core/ports';
import { AdapterRegistry } from '../../src/core/registry';
import { SchemaRegistry } from '../../src/core/schema-registry';
import { DEMO_SCHEMAS, demoAdapter } from './fake-adapter';
import { fakeWorld, type FakeWorld } from './fake-context';

export type FinishedEvent = Parameters<Telemetry['messageFinished']>[0];

let demoSchemas: SchemaRegistry | undefined;
/** Compiled once per test file: ajv takes a while, and the registry holds no state. */
const schemaRegistry = (): SchemaRegistry => (demoSchemas ??= new SchemaRegistry(DEMO_SCHEMAS));

/**
 * The pipeline and the executor wired as the composition root wires them, over in-memory fakes of
 * every port and the demo backend (test/support/fake-adapter.ts): no Redis, no queue, no HTTP.
 */
export function fakePipeline() {
  const world: FakeWorld = fakeWorld();
  const adapter = demoAdapter();
  const schemas = schemaRegistry();
  const registry = new AdapterRegistry([adapter], schemas.ids());
  const journal = new InMemoryJournal();
  // As RedisMessageStore does, the store writes a new record's journal entry in the same step.
  const store = new InMemoryMessageStore({ clock: world.clock, journal });
  const dispatcher = new RecordingDispatcher();
  const scenarios = new ScriptedScenarios();
  const finished: FinishedEvent[] = [];
  const telemetry: Telemetry = {
    messageFinished: (event) => void finished.push(event),
    jobRetried: () => undefined,
    callbackAttempted: () => undefined,
  };
  const executor = new MessageExecutor({ registry, scenarios, store, callbacks: world.callbacks, telemetry, contextFor: world.contextFor });
  const pipeline = new Pipeline({
    registry,
    schemas,
    store,
    dispatcher,
    journal,
    executor,
    callbackPolicy: new CallbackUrlPolicy(['loopback']),
    clock: world.clock,
    ids: world.ids,
    logger: silentLogger,
    leaseMs: 30_000,
  });
  return { world, adapter, schemas, registry, journal, store, dispatcher, scenarios, finished, executor, pipeline };
}

export const DEMO_AGENCY = '000.00.00.H30';

/** A demo message from the development client's agency. */
export function demoMessage(operation: 'traCuu' | 'nopHoSo', body: unknown, header: Partial<Message['header']> = {}): Message {
  return { header: { messageId: 'msg-1', messageType: `demo.${operation}`, from: DEMO_AGENCY, ...header }, body };
}
