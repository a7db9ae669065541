import type { AdapterContext, HandlerContext } from '../../src/core/adapter';
import { FakeClock } from '../../src/core/fakes/fake-clock';
import { InMemoryStateStore } from '../../src/core/fakes/in-memory-state-store';
import { InMemoryTimerStore } from '../../src/core/fakes/in-memory-timer-store';
import { RecordingCallbacks } from '../../src/core/fakes/recording-callbacks';
import { SequentialIds } from '../../src/core/fakes/sequential-ids';
import { silentLogger, type Logger } from '../../src/core/logger';
import type { Principal } from '../../src/core/ports';

export interface FakeWorldOptions {
  /** Simulation time at the start (ISO date or epoch ms); default 2026-01-15T08:00:00Z. */
  now?: string | number;
  /** Seed of the random draws; default 1. */
  seed?: number | string;
  /** Default http://localhost:8080. */
  publicBaseUrl?: string;
  logger?: Logger;
}

/**
 * Every port an adapter sees, as in-memory fakes shared by all services, the way the composition
 * root shares the Redis ones: one clock, one timer store, one callback outbox, one state store per
 * service. A test drives a handler with `contextFor(service)` and asserts on the fakes.
 */
export interface FakeWorld {
  clock: FakeClock;
  timers: InMemoryTimerStore;
  callbacks: RecordingCallbacks;
  ids: SequentialIds;
  /** The state of one service (the same store its context uses). */
  state: (service: string) => InMemoryStateStore;
  contextFor: (service: string) => AdapterContext;
}

export function fakeWorld(options: FakeWorldOptions = {}): FakeWorld {
  const clock = new FakeClock(options.now);
  const timers = new InMemoryTimerStore();
  const callbacks = new RecordingCallbacks();
  const ids = new SequentialIds(options.seed);
  const logger = options.logger ?? silentLogger;
  const states = new Map<string, InMemoryStateStore>();
  // Values set with a TTL expire on the fake clock, so a test moves time instead of waiting.
  const state = (service: string): InMemoryStateStore => {
    let store = states.get(service);
    if (!store) {
      store = new InMemoryStateStore(() => clock.nowMs());
      states.set(service, store);
    }
    return store;
  };
  const contexts = new Map<string, AdapterContext>();
  const contextFor = (service: string): AdapterContext => {
    let context = contexts.get(service);
    if (!context) {
      context = {
        service,
        state: state(service),
        stateOf: state,
        clock,
        scheduler: timers,
        callbacks,
        ids,
        logger: logger.child({ service }),
        publicBaseUrl: options.publicBaseUrl ?? 'http://localhost:8080',
      };
      contexts.set(service, context);
    }
    return context;
  };
  return { clock, timers, callbacks, ids, state, contextFor };
}

/** The development client, allowed every service. */
export const DEV_PRINCIPAL: Principal = { clientId: 'dev-client', agency: '000.00.00.H30', services: '*' };

/**
 * What a handler receives for one message of `service`: its adapter context in `world` plus the
 * caller (the development client unless `principal` says otherwise).
 */
export function fakeHandlerContext(
  world: FakeWorld,
  service: string,
  message: { messageId?: string; channel?: HandlerContext['channel']; callbackUrl?: string; principal?: Principal } = {},
): HandlerContext {
  return {
    ...world.contextFor(service),
    principal: message.principal ?? DEV_PRINCIPAL,
    messageId: message.messageId ?? 'msg-1',
    channel: message.channel ?? 'unified',
    ...(message.callbackUrl ? { callbackUrl: message.callbackUrl } : {}),
  };
}
