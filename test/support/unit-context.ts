/**
 * Unit tests of an adapter's handlers without Redis or HTTP: the adapter is built through its factory
 * with AdapterDeps, as adapters/index.ts builds it for the app, and runs in the AdapterContext of a
 * fake world (test/support/fake-context.ts): the in-memory fakes of src/core/fakes, which pass the
 * same contracts as the Redis ports.
 */
import { join } from 'node:path';
import type { AdapterDeps } from '../../adapters/shared/adapter-deps';
import { loadConfig } from '../../src/config/config';
import type { Adapter, AdapterContext } from '../../src/core/adapter';
import type { FieldViolation } from '../../src/core/errors';
import type { FakeClock } from '../../src/core/fakes/fake-clock';
import type { InMemoryStateStore } from '../../src/core/fakes/in-memory-state-store';
import type { InMemoryTimerStore } from '../../src/core/fakes/in-memory-timer-store';
import type { RecordingCallbacks } from '../../src/core/fakes/recording-callbacks';
import type { SequentialIds } from '../../src/core/fakes/sequential-ids';
import type { MessageChannel } from '../../src/core/message';
import type { MessageType, RequestOf, ResponseOf } from '../../src/core/operation';
import type { Principal } from '../../src/core/ports';
import { schemaId } from '../../src/core/schema-id';
import { SchemaRegistry } from '../../src/core/schema-registry';
import { projectRoot } from '../../src/project-root';
import { loadSchemas } from '../../src/schemas/load-schemas';
import { loadReferenceData, type ReferenceData } from '../../src/seed/reference-data';
import { fakeHandlerContext, fakeWorld } from './fake-context';

/** The reference data the app reads at start (dataset seed 1); generated once per test file. */
export function referenceData(): ReferenceData {
  return loadReferenceData(projectRoot(), 1);
}

/**
 * A body written as loose JSON (the request builders the end-to-end tests share, which sign or shape
 * it as a real client does), taken as the operation's request type: the pipeline takes it so once
 * the schema accepted it.
 */
export function asRequest<T extends MessageType>(_messageType: T, json: object): RequestOf<T> {
  return json;
}

/** 1 March 2026, 09:00 in Vietnam: a working-day morning, so no test depends on when it runs. */
export const UNIT_EPOCH = Date.UTC(2026, 2, 1, 2, 0, 0);

export interface CallOptions {
  callbackUrl?: string;
  principal?: Principal;
  messageId?: string;
  channel?: MessageChannel;
}

export interface UnitBackend {
  adapter: Adapter;
  context: AdapterContext;
  clock: FakeClock;
  ids: SequentialIds;
  /** The timers the adapter scheduled (its Scheduler port). */
  scheduler: InMemoryTimerStore;
  callbacks: RecordingCallbacks;
  reference: ReferenceData;
  /** The state of one service (this adapter's, or another backend's for an interconnected procedure). */
  stateOf(service: string): InMemoryStateStore;
  /** Runs the handler of a message type on a body, as the executor does after validation. */
  call<T extends MessageType>(messageType: T, body: RequestOf<T>, options?: CallOptions): Promise<ResponseOf<T>>;
  /**
   * `call` for an operation that borrows another's schemas (its manifest names them), which the
   * generated map of message types does not list under its own name: its body and answer untyped.
   */
  send(messageType: string, body: object, options?: CallOptions): Promise<unknown>;
  /**
   * How an answer breaks the response schema the manifest documents for the message type (empty when
   * it is exactly what is documented), as the shared adapter contract checks it on the unified API.
   */
  undocumented(messageType: string, answer: unknown): FieldViolation[];
  /** Moves simulation time on and fires the timers due by then, earliest first (those they schedule too). */
  advance(ms: number): Promise<number>;
}

export interface UnitBackendOptions {
  /** Environment the adapter reads its settings from (loadConfig's `env`). */
  env?: Record<string, string>;
  /** Simulation time at the start, epoch ms. Default UNIT_EPOCH. */
  at?: number;
  seed?: number;
  publicBaseUrl?: string;
}

let messageCounter = 0;

const serviceSchemas = new Map<string, SchemaRegistry>();
/**
 * The schemas of one service (they refer only to each other), compiled once per test file: compiling
 * every service's would cost each file more than its tests take.
 */
function schemasOf(service: string): SchemaRegistry {
  let registry = serviceSchemas.get(service);
  if (!registry) {
    const folder = schemaId(`${service}/`);
    registry = new SchemaRegistry(loadSchemas(join(projectRoot(), 'schemas')).filter((schema) => schema.$id.startsWith(folder)));
    serviceSchemas.set(service, registry);
  }
  return registry;
}

/** Builds one adapter through its factory and gives it a fresh in-memory context. */
export function unitBackend(create: (deps: AdapterDeps) => Adapter, options: UnitBackendOptions = {}): UnitBackend {
  const reference = referenceData();
  const settings = loadConfig({ LOG_FORMAT: 'json', ...options.env });
  const adapter = create({ reference, settings, seedsDir: join(projectRoot(), 'seeds') });
  const world = fakeWorld({
    now: options.at ?? UNIT_EPOCH,
    seed: options.seed ?? 1,
    ...(options.publicBaseUrl ? { publicBaseUrl: options.publicBaseUrl } : {}),
  });
  const { clock, timers: scheduler, callbacks, ids, state: stateOf } = world;
  const service = adapter.manifest.service;
  const context = world.contextFor(service);

  const send = async (messageType: string, body: object, call: CallOptions = {}): Promise<unknown> => {
    const operation = messageType.slice(service.length + 1);
    const handler = adapter.handlers[operation];
    if (!messageType.startsWith(`${service}.`) || !handler) throw new Error(`${service} has no handler for ${messageType}`);
    const messageId = call.messageId ?? `unit-${++messageCounter}`;
    const handlerContext = fakeHandlerContext(world, service, { ...call, messageId });
    const { principal } = handlerContext;
    const header = { messageId, messageType, from: principal.agency, ...(call.callbackUrl ? { callbackUrl: call.callbackUrl } : {}) };
    return handler({ header, body }, handlerContext);
  };

  return {
    adapter,
    context,
    clock,
    ids,
    scheduler,
    callbacks,
    reference,
    stateOf,
    // The handler map is keyed by operation name, so the answer's type is the operation's by construction.
    call: <T extends MessageType>(messageType: T, body: RequestOf<T>, call?: CallOptions) => send(messageType, body, call) as Promise<ResponseOf<T>>,
    send,
    undocumented: (messageType: string, answer: unknown) => {
      const spec = adapter.manifest.operations.find((o) => `${service}.${o.operation}` === messageType);
      if (!spec?.responseSchema) throw new Error(`${messageType} documents no response schema`);
      return schemasOf(service).check(spec.responseSchema, answer);
    },
    advance: async (ms: number) => {
      clock.advance(ms);
      const now = clock.nowMs();
      let fired = 0;
      // One at a time, so a task a timer schedules for no later than `now` fires in its turn.
      for (let [task] = await scheduler.claimDue(now, 1); task; [task] = await scheduler.claimDue(now, 1)) {
        const timer = adapter.timers?.[task.kind];
        if (!timer) throw new Error(`${service} has no timer ${task.kind}`);
        await timer(task, context);
        fired++;
      }
      return fired;
    },
  };
}
