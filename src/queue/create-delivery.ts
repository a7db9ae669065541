import type { Job, Queue } from 'bullmq';
import type { Config } from '../config/config';
import type { AdapterContext } from '../core/adapter';
import type { MessageExecutor } from '../core/executor';
import type { Logger } from '../core/logger';
import type {
  CallbackRequest,
  CallbackSender,
  ClientDirectory,
  Clock,
  Dispatcher,
  MessageStore,
  QueueAdmin,
  ScenarioEngine,
  Telemetry,
} from '../core/ports';
import type { AdapterRegistry } from '../core/registry';
import { RedisKeys } from '../store/keys';
import { createRedisClient, whenReady } from '../store/redis-client';
import { BullmqQueueAdmin } from './bullmq-queue-admin';
import { CallbackDelivery } from './callback-delivery';
import { createCallbackProcessor } from './callback-processor';
import { DeadLetterStore } from './dead-letter-store';
import { DeliveryQueues, type MessageJobData } from './delivery-queues';
import { readDeliverySettings, type DeliverySettings } from './delivery-settings';
import { DeliveryWorkers } from './delivery-workers';
import { createMessageProcessor } from './message-processor';
import { callbackQueueName, serviceQueueName } from './queue-names';
import { RecoveryLedger, type RecoveryCounts } from './recovery-ledger';
import { RecoverySweeper } from './recovery-sweeper';

export interface DeliveryDeps {
  config: Config;
  redisUrl: string;
  store: MessageStore;
  clients: ClientDirectory;
  registry: AdapterRegistry;
  scenarios: ScenarioEngine;
  telemetry: Telemetry;
  clock: Clock;
  logger: Logger;
  contextFor(service: string): AdapterContext;
  /** The executor is built after the callback sender it uses, hence a getter. */
  executor(): MessageExecutor;
  /** This process's copy of clock and scenarios (see Pipeline's simState). */
  simState?: { version(): string; ensure(version: string): Promise<void> };
}

/** The asynchronous path as the rest of the app sees it. */
export interface Delivery {
  dispatcher: Dispatcher;
  callbacks: CallbackSender;
  queueAdmin: QueueAdmin;
  settings: DeliverySettings;
  /** BullMQ queues, for the queue board. */
  bullQueues(): Queue[];
  /** The recovery sweeper (runs in worker processes) and what every process's sweeper has done. */
  recovery: { sweeper: RecoverySweeper; counts(): Promise<RecoveryCounts> };
  startWorkers(): Promise<void>;
  workersRunning(): boolean;
  close(): Promise<void>;
}

/**
 * Builds the delivery side over BullMQ: a fail-fast producer connection for the queues and the
 * dead-letter store (gateway requests never hang on Redis), and, in worker processes, a second
 * connection for the workers. Settings are read and validated here, at start.
 */
export async function createDelivery(deps: DeliveryDeps): Promise<Delivery> {
  const { config, registry, logger } = deps;
  const settings = readDeliverySettings(
    config.env,
    registry.adapters().map((a) => a.manifest),
  );
  const producer = createRedisClient(deps.redisUrl);
  producer.on('error', (err: Error) => logger.debug('queue producer connection error', { err: err.message }));
  // BullMQ checks the Redis version when a queue is built; on a fail-fast connection that must wait for ready.
  await whenReady(producer);
  const services = registry.services();
  const keys = new RedisKeys(config.redisPrefix);
  const queues = new DeliveryQueues(producer, keys.queuePrefix(), services, settings, logger);
  const deadLetters = new DeadLetterStore(producer, config.redisPrefix, config.messageTtlSeconds * 1000);
  const queueAdmin = new BullmqQueueAdmin({ queues, deadLetters, store: deps.store, clock: deps.clock });
  const workerConnection = createRedisClient(deps.redisUrl, {
    maxRetriesPerRequest: null,
    enableOfflineQueue: true,
    lazyConnect: true,
    enableAutoPipelining: false,
  });
  workerConnection.on('error', (err: Error) => logger.debug('worker connection error', { err: err.message }));
  const workers = new DeliveryWorkers(workerConnection, keys.queuePrefix(), settings.worker, logger);
  const ledger = new RecoveryLedger(producer, keys.recoveryCounts());
  const sweeper = new RecoverySweeper({
    store: deps.store,
    queues,
    ledger,
    settings: settings.recovery,
    logger: logger.child({ component: 'recovery' }),
  });
  const callbackDelivery = new CallbackDelivery({
    clients: deps.clients,
    registry,
    contextFor: deps.contextFor,
    timeoutMs: settings.callbacks.timeoutMs,
  });

  const dispatcher: Dispatcher = {
    // Held for the lease: released once the gateway has confirmed the record (see Dispatcher).
    enqueue: async (message, record) => {
      const job = await queues.addMessage(record.service, message, record.jobId ?? queues.newJobId(record), settings.recovery.leaseMs);
      return { release: () => job.promote() };
    },
    newJobId: (ref) => queues.newJobId(ref),
  };
  const callbacks: CallbackSender = {
    send: (request: CallbackRequest) => queues.addCallback(request),
  };

  const specs = () =>
    services.flatMap((service) => {
      const policy = queues.policyOf(service);
      const serviceQueue = serviceQueueName(service);
      const callbackQueue = callbackQueueName(service);
      const log = logger.child({ service });
      const processMessage = createMessageProcessor(serviceQueue, service, {
        store: deps.store,
        executor: deps.executor,
        clients: deps.clients,
        deadLetters,
        telemetry: deps.telemetry,
        clock: deps.clock,
        logger: log,
        policy,
        maxStalled: settings.worker.maxStalled,
        ...(deps.simState ? { simState: deps.simState } : {}),
      });
      const processCallback = createCallbackProcessor(callbackQueue, service, {
        delivery: callbackDelivery,
        store: deps.store,
        deadLetters,
        scenarios: deps.scenarios,
        telemetry: deps.telemetry,
        clock: deps.clock,
        logger: log,
        policy: settings.callbacks,
      });
      return [
        { queue: serviceQueue, concurrency: settings.worker.concurrency, policy, process: (job: Job) => processMessage(job as Job<MessageJobData>) },
        {
          queue: callbackQueue,
          concurrency: settings.worker.callbackConcurrency,
          policy: settings.callbacks,
          process: (job: Job) => processCallback(job as Job<CallbackRequest>),
        },
      ];
    });

  return {
    dispatcher,
    callbacks,
    queueAdmin,
    settings,
    bullQueues: () => queues.all(),
    recovery: { sweeper, counts: () => ledger.read() },
    startWorkers: async () => {
      if (workerConnection.status === 'wait') await workerConnection.connect();
      workers.start(specs());
      // Recovery runs where the workers run: each worker process sweeps; claims keep them apart.
      sweeper.start();
    },
    workersRunning: () => workers.running(),
    close: async () => {
      await sweeper.stop();
      await workers.close();
      callbackDelivery.close();
      await queues.close();
      await Promise.all([producer, workerConnection].map((c) => (c.status === 'wait' ? c.disconnect() : c.quit().catch(() => c.disconnect()))));
    },
  };
}
