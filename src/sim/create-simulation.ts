import { Router } from 'express';
import type Redis from 'ioredis';
import type { Config } from '../config/config';
import type { AuthFailureGuard } from '../http/auth/auth-failures';
import type { AdapterContext } from '../core/adapter';
import type { Logger } from '../core/logger';
import type { Clock, IdSource, Journal, MessageStore, QueueAdmin, ScenarioEngine, TimerStore } from '../core/ports';
import type { AdapterRegistry } from '../core/registry';
import type { SchemaRegistry } from '../core/schema-registry';
import type { RedisKeys } from '../store/keys';
import { RedisJournal } from '../store/redis-journal';
import type { OpenApiContribution } from '../openapi/openapi-types';
import { ClockAdvancer } from './clock-advancer';
import { clockRoutes } from './http/clock-routes';
import { journalRoutes } from './http/journal-routes';
import { resetRoutes } from './http/reset-routes';
import { scenarioRoutes } from './http/scenario-routes';
import { simOpenApi } from './http/sim-openapi';
import { simRouter } from './http/sim-router';
import { RedisClock } from './redis-clock';
import { RedisScenarioStore } from './redis-scenario-store';
import { ruleTargets } from './rule-targets';
import { RedisScenarioEngine } from './scenario-engine';
import { ScenarioService } from './scenario-service';
import { SimKeys } from './sim-keys';
import { SimRandom } from './sim-random';
import { SimSync } from './sim-sync';
import { ResetLock } from './reset-lock';
import { SimulationReset } from './simulation-reset';
import type { TimerRunner } from './timer-runner';

export interface SimulationDeps {
  config: Config;
  redis: Redis;
  keys: RedisKeys;
  logger: Logger;
}

/** What the simulation routes need once the rest of the app exists. */
export interface SimulationRouteDeps {
  registry: AdapterRegistry;
  schemas: SchemaRegistry;
  scheduler: TimerStore;
  timers: TimerRunner;
  queueAdmin: QueueAdmin;
  messages: MessageStore;
  contextFor(service: string): AdapterContext;
  /** Counts wrong admin tokens on the /sim routes (429 past the limit). */
  authFailures?: AuthFailureGuard;
}

/** The simulation controls: clock, seeded ids, fault scenarios, journal, and their /sim routes. */
export interface Simulation {
  clock: Clock;
  ids: IdSource;
  scenarios: ScenarioEngine;
  journal: Journal;
  /** The version of this process's copy of clock and scenarios, and a reload when it is behind. */
  state: { version(): string; ensure(version: string): Promise<void> };
  /** Runs at start, after the app is built: loads the shared state and the scenarios file. */
  start(deps: SimulationRouteDeps): Promise<void>;
  routes(deps: SimulationRouteDeps): Router;
  /** The /sim routes' part of the OpenAPI document. */
  openApi(): OpenApiContribution;
  /** Lets go of requests held by timeout faults, so a shutdown does not wait on them. */
  interrupt(): void;
  close(): Promise<void>;
}

interface Controls {
  scenarioService: ScenarioService;
  advancer: ClockAdvancer;
  reset: SimulationReset;
}

export function createSimulation(deps: SimulationDeps): Simulation {
  const { config, redis, logger } = deps;
  const keys = new SimKeys(deps.keys.prefix);
  const sync = new SimSync(redis, keys, logger);
  const clock = new RedisClock(redis, keys, sync);
  const random = new SimRandom(config.simSeed, redis, keys);
  sync.onChange(() => random.reload());
  const store = new RedisScenarioStore(redis, keys);
  const engine = new RedisScenarioEngine({ store, clock, random, sync, logger });
  const journal = new RedisJournal(redis, deps.keys, config.journalMaxEntries);

  let controls: Controls | undefined;
  const controlsFor = (route: SimulationRouteDeps): Controls => {
    if (!controls) {
      const scenarioService = new ScenarioService({ store, schemas: route.schemas, clock, sync, targets: ruleTargets(route.registry) });
      controls = {
        scenarioService,
        advancer: new ClockAdvancer({ clock, scheduler: route.scheduler, timers: route.timers }),
        reset: new SimulationReset({
          clock,
          ids: random,
          journal,
          sync,
          scenarios: scenarioService,
          lock: new ResetLock({ redis, key: keys.resetLock(), waitMs: config.simResetWaitSeconds * 1000 }),
          ...route,
        }),
      };
    }
    return controls;
  };

  return {
    clock,
    ids: random,
    scenarios: engine,
    journal,
    state: sync,
    start: async (route) => {
      await random.start();
      // A clock changed in any process moves when this process's timers fall due.
      sync.onChange(async () => route.timers.nudge());
      await sync.start();
      if (config.scenariosFile) {
        const loaded = await controlsFor(route).scenarioService.loadFile(config.scenariosFile);
        logger.info('scenario file loaded', { file: config.scenariosFile, rules: loaded });
      }
    },
    routes: (route) => {
      const { scenarioService, advancer, reset } = controlsFor(route);
      return simRouter({ ...config, ...(route.authFailures ? { authFailures: route.authFailures } : {}) }, [
        scenarioRoutes(scenarioService),
        clockRoutes(clock, advancer),
        journalRoutes(journal, route.schemas, config.journalMaxEntries, ruleTargets(route.registry)),
        resetRoutes(reset),
      ]);
    },
    openApi: simOpenApi,
    interrupt: () => engine.interrupt(),
    close: async () => {
      engine.interrupt();
      await sync.close();
      await random.close();
    },
  };
}
