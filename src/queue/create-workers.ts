import type { Job } from 'bullmq';
import type Redis from 'ioredis';
import type { AdapterContext } from '../core/adapter';
import { MessageExecutor } from '../core/executor';
import type { Logger } from '../core/logger';
import type { CallbackRequest, ClientDirectory, Clock, MessageStore, ScenarioEngine, Telemetry } from '../core/ports';
import type { AdapterRegistry } from '../core/registry';
import { closeRedis, createRedisClient } from '../store/redis-client';
import { CallbackDelivery } from './callback-delivery';
import { createCallbackProcessor } from './callback-processor';
import type { Delivery } from './create-delivery';
import type { MessageJobData } from './delivery-queues';
import { DeliveryWorkers, type WorkerSpec } from './delivery-workers';
import { createMessageProcessor } from './message-processor';
import { callbackQueueName, serviceQueueName } from './queue-names';

export interface WorkersDeps {
  redisUrl: string;
  /** BullMQ's prefix of the queues (RedisKeys.queuePrefix). */
  queuePrefix: string;
  /**
   * The message store over a given connection. The workers use it over their own connection, the
   * one their BullMQ workers send on, so a try's last write and BullMQ's completion of its job leave
   * in that order on one connection (see createMessageProcessor).
   */
  storeOn(connection: Redis): MessageStore;
  clients: ClientDirectory;
  registry: AdapterRegistry;
  scenarios: ScenarioEngine;
  telemetry: Telemetry;
  clock: Clock;
  logger: Logger;
  contextFor: (service: string) => AdapterContext;
  /** This process's copy of clock and scenarios (see Pipeline's simState). */
  simState?: { version(): string; ensure(version: string): Promise<void> };
}

/** The consumer side: runs in worker processes only (`start`); a gateway builds it and never starts it. */
export interface Workers {
  /** Starts the queue workers and, where they run, the recovery sweeper. */
  start(): Promise<void>;
  running(): boolean;
  /** Stops taking jobs, waits for running ones up to the shutdown grace, then closes its connection. */
  close(): Promise<void>;
}

/**
 * Builds the workers of every backend's message and callback queues over the delivery's queues, on a
 * connection of their own (connected at start) that rides out Redis outages, as BullMQ requires.
 * Their message store and executor use that connection too: one socket carries a job's whole try,
 * in the order it was sent.
 */
export function createWorkers(delivery: Delivery, deps: WorkersDeps): Workers {
  const { settings, queues, deadLetters } = delivery;
  const { logger } = deps;
  const connection = createRedisClient(deps.redisUrl, {
    maxRetriesPerRequest: null,
    enableOfflineQueue: true,
    lazyConnect: true,
    enableAutoPipelining: false,
  });
  connection.on('error', (err: Error) => logger.debug('worker connection error', { err: err.message }));
  const store = deps.storeOn(connection);
  const executor = new MessageExecutor({
    registry: deps.registry,
    scenarios: deps.scenarios,
    store,
    callbacks: delivery.callbacks,
    telemetry: deps.telemetry,
    contextFor: deps.contextFor,
  });
  const workers = new DeliveryWorkers(connection, deps.queuePrefix, settings.worker, logger);
  const callbackDelivery = new CallbackDelivery({
    clients: deps.clients,
    registry: deps.registry,
    contextFor: deps.contextFor,
    timeoutMs: settings.callbacks.timeoutMs,
  });

  const specs = (): WorkerSpec[] =>
    deps.registry.services().flatMap((service) => {
      const policy = queues.policyOf(service);
      const serviceQueue = serviceQueueName(service);
      const callbackQueue = callbackQueueName(service);
      const log = logger.child({ service });
      const processMessage = createMessageProcessor(serviceQueue, service, {
        store,
        executor,
        clients: deps.clients,
        deadLetters,
        telemetry: deps.telemetry,
        clock: deps.clock,
        logger: log,
        policy,
        maxStalled: settings.worker.maxStalled,
        recordWaitLimitMs: settings.recovery.leaseMs,
        ...(deps.simState ? { simState: deps.simState } : {}),
      });
      const processCallback = createCallbackProcessor(callbackQueue, service, {
        delivery: callbackDelivery,
        store,
        deadLetters,
        scenarios: deps.scenarios,
        telemetry: deps.telemetry,
        clock: deps.clock,
        logger: log,
        policy: settings.callbacks,
        maxStalled: settings.worker.maxStalled,
      });
      return [
        {
          queue: serviceQueue,
          concurrency: settings.worker.concurrency,
          policy,
          process: (job: Job, token?: string) => processMessage(job as Job<MessageJobData>, token),
        },
        {
          queue: callbackQueue,
          concurrency: settings.worker.callbackConcurrency,
          policy: settings.callbacks,
          process: (job: Job) => processCallback(job as Job<CallbackRequest>),
        },
      ];
    });

  return {
    start: async () => {
      if (connection.status === 'wait') await connection.connect();
      workers.start(specs());
      // Recovery runs where the workers run: each worker process sweeps; claims keep them apart.
      delivery.recovery.sweeper.start((record, updated) => executor.finished(record, updated));
    },
    running: () => workers.running(),
    close: async () => {
      await delivery.recovery.sweeper.stop();
      await workers.close();
      callbackDelivery.close();
      if (connection.status === 'wait') connection.disconnect();
      else await closeRedis(connection);
    },
  };
}
