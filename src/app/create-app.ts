import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Express } from 'express';
import type Redis from 'ioredis';
import { adapterDeps, createAdapters } from '../../adapters';
import { identityProviderFor, ssoDoor } from '../../adapters/sso';
import { StaticClientDirectory } from '../auth/client-directory';
import { loadClients } from '../auth/seed-clients';
import type { Config } from '../config/config';
import type { Adapter, AdapterContext } from '../core/adapter';
import { CallbackUrlPolicy } from '../core/callback-url-policy';
import { MessageExecutor } from '../core/executor';
import { silentLogger, type Logger } from '../core/logger';
import { Pipeline } from '../core/pipeline';
import type { MessageStore } from '../core/ports';
import { AdapterRegistry } from '../core/registry';
import { SchemaRegistry } from '../core/schema-registry';
import { createAdministration } from '../http/admin/create-administration';
import { createAuthFailureGuard } from '../http/auth/auth-failures';
import { tokenRouter } from '../http/auth/token-route';
import { createHttpApp } from '../http/create-http-app';
import { doorOpenApi } from '../http/door/door-openapi';
import { doorRouter } from '../http/door/door-router';
import { nativeRouter } from '../http/native/native-router';
import { catalogueRouter } from '../http/routes/catalogue';
import { contractSuiteSchemaRouter } from '../http/routes/contract-suite-schema';
import { deadLetterRouter } from '../http/routes/dead-letters';
import { healthRouter, type Readiness } from '../http/routes/health';
import { messageRoutes } from '../http/routes/messages';
import { openApiRouter } from '../http/routes/openapi';
import { asyncApiRouter } from '../http/routes/asyncapi';
import { docsOpenApi } from '../http/routes/docs/docs-openapi';
import { docsRouter } from '../http/routes/docs/docs-router';
import { buildAsyncApi } from '../asyncapi/build-asyncapi';
import { buildOpenApi } from '../openapi/build-openapi';
import { createClientRateLimit } from '../http/rate-limit';
import { projectRoot } from '../project-root';
import { createDelivery, type Delivery } from '../queue/create-delivery';
import { createWorkers } from '../queue/create-workers';
import { loadSchemas } from '../schemas/load-schemas';
import { loadReferenceData, type ReferenceData } from '../seed/reference-data';
import { createSimulation, type Simulation } from '../sim/create-simulation';
import { TimerRunner } from '../sim/timer-runner';
import { RedisKeys } from '../store/keys';
import { closeRedis, createDeadline, createRedisClient, whenReady } from '../store/redis-client';
import { SimKeys } from '../sim/sim-keys';
import { RedisMessageStore } from '../store/redis-message-store';
import { RedisScheduler } from '../store/redis-scheduler';
import { RedisStateStore } from '../store/redis-state-store';
import { RedisTimerSignals } from '../store/redis-timer-signals';
import { RedisTokenStore } from '../store/redis-token-store';
import { warnIfRedisMayEvict } from '../store/eviction-policy';
import { listenError } from './listen-error';
import { join } from 'node:path';

export interface AppOptions {
  /** Resolved Redis URL (the CLI finds or starts one). */
  redisUrl: string;
  logger?: Logger;
  /** Extra adapters (tests of the adapter contract); the real ones are always there. */
  extraAdapters?: readonly Adapter[];
}

export interface App {
  config: Config;
  delivery: Delivery;
  simulation: Simulation;
  store: MessageStore;
  http: Express;
  redis: Redis;
  registry: AdapterRegistry;
  schemas: SchemaRegistry;
  pipeline: Pipeline;
  reference: ReferenceData;
  timers: TimerRunner;
  contextFor(service: string): AdapterContext;
  /** Starts listening on `config.port` (0: a free port); resolves with the bound URL. */
  listen(): Promise<{ port: number; url: string }>;
  /** Starts the background work of a worker process: adapter timers (and, later, queue workers). */
  startWorkers(): Promise<void>;
  /** Stops taking requests, stops timers, closes Redis. */
  close(): Promise<void>;
}

/** The one composition root: builds every part from config and wires ports to implementations. */
export async function createApp(config: Config, options: AppOptions): Promise<App> {
  const logger = options.logger ?? silentLogger;
  const root = projectRoot();
  // A gateway's connection gives a command up after REDIS_COMMAND_TIMEOUT_MS: a stalled Redis costs a request that long, never a hang.
  const redis = createRedisClient(options.redisUrl, { commandTimeout: config.redisCommandTimeoutMs });
  redis.on('error', (err: Error) => logger.debug('redis connection error', { err: err.message }));
  await whenReady(redis);
  await warnIfRedisMayEvict(redis, logger);

  const keys = new RedisKeys(config.redisPrefix);
  const simulation = createSimulation({ config, redis, keys, logger });
  const administration = createAdministration({ redis, redisPrefix: config.redisPrefix });
  const { clock, ids, scenarios, journal } = simulation;
  const { telemetry } = administration;
  const schemas = new SchemaRegistry(loadSchemas(join(root, 'schemas')));
  const reference = loadReferenceData(root, config.simSeed ?? 1);
  const clients = new StaticClientDirectory(loadClients(join(root, 'seeds'), config.devClient));
  const registry = new AdapterRegistry([...createAdapters(reference, config), ...(options.extraAdapters ?? [])], schemas.ids());
  const storeOptions = { journalMaxEntries: config.journalMaxEntries, simVersionKey: new SimKeys(config.redisPrefix).version() };
  /** The message store over a connection: the app's, or the workers' own (see createWorkers). */
  const storeOn = (connection: Redis): RedisMessageStore => new RedisMessageStore(connection, keys, clock, config.messageTtlSeconds, storeOptions);
  // The gateway's records are stored only while their request still waits (see createDeadline).
  const store = new RedisMessageStore(redis, keys, clock, config.messageTtlSeconds, {
    ...storeOptions,
    createDeadlineMs: createDeadline(config.redisCommandTimeoutMs),
  });
  const tokens = new RedisTokenStore(redis, keys);
  const scheduler = new RedisScheduler(redis, keys);
  let boundBaseUrl = config.publicBaseUrl ?? `http://localhost:${config.port}`;
  // Producers first (queues, dead letters, callbacks sent), then what sends through them, then the
  // workers that consume the queues and run messages through the executor.
  const delivery = await createDelivery({ config, redisUrl: options.redisUrl, store, registry, clock, logger });
  const { callbacks, dispatcher, queueAdmin } = delivery;

  const contexts = new Map<string, AdapterContext>();
  const contextFor = (service: string): AdapterContext => {
    let context = contexts.get(service);
    if (!context) {
      context = {
        service,
        state: new RedisStateStore(redis, keys, service),
        stateOf: (other: string) => new RedisStateStore(redis, keys, other),
        clock,
        scheduler,
        callbacks,
        ids,
        logger: logger.child({ service }),
        get publicBaseUrl() {
          return boundBaseUrl;
        },
      };
      contexts.set(service, context);
    }
    return context;
  };

  const executor = new MessageExecutor({ registry, scenarios, store, callbacks, telemetry, contextFor });
  const workers = createWorkers(delivery, {
    redisUrl: options.redisUrl,
    queuePrefix: keys.queuePrefix(),
    storeOn,
    clients,
    registry,
    scenarios,
    telemetry,
    clock,
    logger,
    contextFor,
    simState: simulation.state,
  });
  const pipeline = new Pipeline({
    registry,
    schemas,
    store,
    dispatcher,
    journal,
    executor,
    callbackPolicy: new CallbackUrlPolicy(config.callbackAllowedHosts),
    clock,
    ids,
    logger,
    leaseMs: delivery.settings.recovery.leaseMs,
    simState: simulation.state,
  });
  const timers = new TimerRunner({ scheduler, registry, clock, contextFor, logger, signals: new RedisTimerSignals(redis, keys, logger) });
  const authFailures = createAuthFailureGuard({
    redis,
    prefix: config.redisPrefix,
    limit: config.authFailureLimit,
    windowSeconds: config.authFailureWindowSeconds,
    registry: administration.metricsRegistry,
    logger,
  });
  const routeDeps = { registry, schemas, scheduler, timers, queueAdmin, messages: store, contextFor, authFailures };

  let stopping = false;
  const readiness = async (): Promise<Readiness> => {
    const checks: Record<string, string> = {};
    checks.redis = await redis.ping().then(
      () => 'ok',
      (err: Error) => `down: ${err.message}`,
    );
    if (config.withWorkers) checks.workers = workers.running() ? 'ok' : 'not running';
    checks.shutdown = stopping ? 'shutting down' : 'ok';
    return { ready: Object.values(checks).every((c) => c === 'ok'), checks };
  };

  const asyncApi = buildAsyncApi({ registry, schemas });
  const rateLimit = createClientRateLimit({
    redis,
    prefix: config.redisPrefix,
    perSecond: config.rateLimitPerSecond,
    burst: config.rateLimitBurst,
    logger,
  });
  const sso = ssoDoor(identityProviderFor(adapterDeps(reference, config)));
  const http = createHttpApp(
    logger,
    [
      healthRouter(readiness),
      // Single sign-on: browser and relying-party flows whose message steps go through the pipeline.
      // Ahead of the token route: it hands the gateway's own /oauth2/token requests on to it.
      doorRouter({
        door: sso,
        pipeline,
        ids,
        bodyLimitBytes: config.bodyLimitBytes,
        contextFor,
      }),
      tokenRouter({ clients, tokens, ttlSeconds: config.tokenTtlSeconds, bodyLimitBytes: config.bodyLimitBytes, authFailures }),
      // Before the catalogue: its /api/v1/schemas/:messageType would take the name.
      contractSuiteSchemaRouter(),
      catalogueRouter({ registry, schemas }),
      // Route modules that want their paths documented add an OpenApiContribution to `contributions`.
      openApiRouter(buildOpenApi({ registry, schemas, contributions: [simulation.openApi(), docsOpenApi(), doorOpenApi(sso)] })),
      asyncApiRouter(asyncApi),
      docsRouter({ asyncApi, services: () => registry.adapters().map(({ manifest }) => ({ service: manifest.service, name: manifest.name })) }),
      deadLetterRouter({ queueAdmin, services: () => registry.services(), adminTokens: config, authFailures }),
      simulation.routes(routeDeps),
      administration.routes({
        config,
        redis,
        store,
        registry,
        queueAdmin,
        bullQueues: () => delivery.bullQueues(),
        recovery: () => delivery.recovery.counts(),
        logger,
        authFailures,
      }),
      nativeRouter({ registry, schemas, clients, pipeline, tokens, ids, bodyLimitBytes: config.bodyLimitBytes, contextFor, logger, rateLimit }),
    ],
    {
      before: [administration.requestTimer],
      // The hot paths, matched by the application itself ahead of every router (no other route claims their paths).
      direct: messageRoutes({ pipeline, tokens, store, bodyLimitBytes: config.bodyLimitBytes, maxWaitSeconds: config.maxWaitSeconds, rateLimit }),
    },
  );
  await simulation.start(routeDeps);
  await tokens.start(logger);

  let server: Server | undefined;
  return {
    config,
    delivery,
    simulation,
    store,
    http,
    redis,
    registry,
    schemas,
    pipeline,
    reference,
    timers,
    contextFor,
    listen: () =>
      new Promise((resolve, reject) => {
        // Express 5 calls back with the error when the port cannot be bound (in use, not allowed).
        server = http.listen(config.port, config.host, (error?: Error) => {
          if (error) return reject(listenError(error, config));
          // While stopping, every answer closes its connection: a keep-alive client that keeps
          // sending would otherwise hold the server open past any grace (see close).
          server?.prependListener('request', (_req: IncomingMessage, res: ServerResponse) => {
            if (stopping) res.shouldKeepAlive = false;
          });
          const port = (server?.address() as AddressInfo).port;
          boundBaseUrl = config.publicBaseUrl ?? `http://localhost:${port}`;
          resolve({ port, url: boundBaseUrl });
        });
      }),
    startWorkers: async () => {
      await workers.start();
      timers.start();
    },
    close: async () => {
      stopping = true;
      simulation.interrupt();
      // A request waiting for its outcome (Prefer: wait) is answered now with what is stored.
      pipeline.stopWaiting();
      const drained = async (): Promise<void> => {
        if (!server) return;
        const s = server;
        const closed = new Promise<void>((resolve) => s.close(() => resolve()));
        // Running requests finish; a connection is let go as soon as it is idle, not after the
        // client's next request or the keep-alive timeout.
        s.closeIdleConnections();
        const sweep = setInterval(() => s.closeIdleConnections(), 50);
        // A request still running after the grace (a body sent a byte at a time, a long handler)
        // is cut, so the process stops within it; an open record it leaves is the sweeper's.
        let timer: NodeJS.Timeout | undefined;
        const grace = new Promise<'timeout'>((resolve) => (timer = setTimeout(resolve, delivery.settings.worker.shutdownGraceMs, 'timeout')));
        const outcome = await Promise.race([closed, grace]);
        clearInterval(sweep);
        clearTimeout(timer);
        if (outcome === 'timeout') {
          logger.warn('requests still running after the shutdown grace; their connections are closed', {
            graceMs: delivery.settings.worker.shutdownGraceMs,
          });
          s.closeAllConnections();
          await closed;
        }
      };
      // Both within the one grace, side by side: the process stops before its forced exit.
      await Promise.all([drained(), timers.stop().then(() => workers.close())]);
      await delivery.close();
      await simulation.close();
      await tokens.close();
      await closeRedis(redis);
    },
  };
}
