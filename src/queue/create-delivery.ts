import type { Queue } from 'bullmq';
import type { Config } from '../config/config';
import type { Logger } from '../core/logger';
import type { CallbackRequest, CallbackSender, Clock, Dispatcher, MessageStore, QueueAdmin } from '../core/ports';
import type { AdapterRegistry } from '../core/registry';
import { RedisKeys } from '../store/keys';
import { closeRedis, createRedisClient, whenReady } from '../store/redis-client';
import { BullmqQueueAdmin } from './bullmq-queue-admin';
import { DeadLetterStore } from './dead-letter-store';
import { DeliveryQueues } from './delivery-queues';
import { readDeliverySettings, type DeliverySettings } from './delivery-settings';
import { RecoveryLedger, type RecoveryCounts } from './recovery-ledger';
import { RecoverySweeper } from './recovery-sweeper';

export interface DeliveryDeps {
  config: Config;
  redisUrl: string;
  store: MessageStore;
  registry: AdapterRegistry;
  clock: Clock;
  logger: Logger;
}

/**
 * The producer side of the asynchronous path, as the rest of the app sees it. It needs nothing that
 * runs messages, so it is built first; the workers that consume its queues (createWorkers) come
 * once the executor, which sends callbacks through it, exists.
 */
export interface Delivery {
  dispatcher: Dispatcher;
  callbacks: CallbackSender;
  queueAdmin: QueueAdmin;
  settings: DeliverySettings;
  /** BullMQ queues, for the queue board. */
  bullQueues(): Queue[];
  /** The recovery sweeper (run by the workers) and what every process's sweeper has done. */
  recovery: { sweeper: RecoverySweeper; counts(): Promise<RecoveryCounts> };
  /** The queues and dead letters the workers take from and bury in. */
  queues: DeliveryQueues;
  deadLetters: DeadLetterStore;
  close(): Promise<void>;
}

/**
 * Builds the producer side over BullMQ on a fail-fast connection (gateway requests never hang on
 * Redis): the queues, the dead-letter store, the queue admin and the recovery sweeper. Settings are
 * read and validated here, at start.
 */
export async function createDelivery(deps: DeliveryDeps): Promise<Delivery> {
  const { config, registry, logger } = deps;
  const settings = readDeliverySettings(
    config.env,
    registry.adapters().map((a) => a.manifest),
  );
  const producer = createRedisClient(deps.redisUrl, { commandTimeout: config.redisCommandTimeoutMs });
  producer.on('error', (err: Error) => logger.debug('queue producer connection error', { err: err.message }));
  // BullMQ checks the Redis version when a queue is built; on a fail-fast connection that must wait for ready.
  await whenReady(producer);
  const keys = new RedisKeys(config.redisPrefix);
  const queues = new DeliveryQueues(producer, keys.queuePrefix(), registry.services(), settings, logger);
  const deadLetters = new DeadLetterStore(producer, config.redisPrefix, config.messageTtlSeconds * 1000);
  const queueAdmin = new BullmqQueueAdmin({ queues, deadLetters, store: deps.store, clock: deps.clock });
  const ledger = new RecoveryLedger(producer, keys.recoveryCounts());
  const sweeper = new RecoverySweeper({
    store: deps.store,
    queues,
    ledger,
    settings: settings.recovery,
    logger: logger.child({ component: 'recovery' }),
  });

  return {
    dispatcher: {
      // Ready at once: a worker that takes it before the gateway has stored its record waits for the record (see Dispatcher).
      enqueue: async (message, record) => {
        // A message with a result callback takes the long way (its try reads the record): see JobAhead.
        const ahead = record.callbackUrl ? undefined : { clientId: record.clientId, channel: record.channel, receivedAt: record.receivedAt };
        const job = await queues.addMessage(record.service, message, record.jobId ?? queues.newJobId(record), ahead);
        return { withdraw: () => job.remove() };
      },
      newJobId: (ref) => queues.newJobId(ref),
    },
    callbacks: { send: (request: CallbackRequest) => queues.addCallback(request) },
    queueAdmin,
    settings,
    bullQueues: () => queues.all(),
    recovery: { sweeper, counts: () => ledger.read() },
    queues,
    deadLetters,
    close: async () => {
      await queues.close();
      await closeRedis(producer);
    },
  };
}
