import { integer } from '../config/config';
import type { AdapterManifest } from '../core/adapter';

type Env = Readonly<Record<string, string | undefined>>;

/** How often a job is tried and how long it waits between tries. */
export interface RetryPolicy {
  /** Tries in all, the first included. */
  attempts: number;
  /** Delay before the second try; doubled for each later one, with jitter. */
  backoffMs: number;
  /** Upper bound of one delay. */
  maxBackoffMs: number;
}

export interface WorkerSettings {
  /** Jobs one process runs at once per backend queue. Default 10 (`WORKER_CONCURRENCY`). */
  concurrency: number;
  /** Callback deliveries one process runs at once per callback queue. Default 20 (`CALLBACK_CONCURRENCY`). */
  callbackConcurrency: number;
  /** How long a job stays owned by a worker that stopped renewing it. Default 30000 (`WORKER_LOCK_DURATION_MS`). */
  lockDurationMs: number;
  /** How often workers look for jobs of dead workers. Default 30000 (`WORKER_STALLED_INTERVAL_MS`). */
  stalledIntervalMs: number;
  /** A job whose worker died more often than this is dead (a poison message). Default 3 (`WORKER_MAX_STALLED`). */
  maxStalled: number;
  /**
   * How long shutdown waits for running jobs before leaving them to another worker. Default 20000,
   * at most 29000: serve.ts gives up on a shutdown after 30 s (`WORKER_SHUTDOWN_GRACE_MS`).
   */
  shutdownGraceMs: number;
}

/** The recovery sweeper: records whose owner is gone (see docs/adr, recovery). */
export interface RecoverySettings {
  /**
   * How long an open record may go without a sign of life from its owner (a running sync request,
   * or its queue job) before the sweeper looks at it; also how long a pending (unconfirmed) async
   * record is kept, and how long a job that comes up before its record waits for it. Default 30000
   * (`RECOVERY_LEASE_MS`).
   */
  leaseMs: number;
  /** How often each worker process sweeps. Default 10000 (`RECOVERY_INTERVAL_MS`). */
  intervalMs: number;
  /** Records one sweep looks at, at most. Default 200 (`RECOVERY_BATCH`). */
  batch: number;
}

export interface DeliverySettings {
  /** Retry policy of each backend's queue. */
  services: ReadonlyMap<string, RetryPolicy>;
  /** Retry policy and per-try timeout of callback deliveries. */
  callbacks: RetryPolicy & { timeoutMs: number };
  worker: WorkerSettings;
  recovery: RecoverySettings;
}

const HOUR_MS = 3_600_000;

/** `DELIVERY_ATTEMPTS_PAYGOV` for service `paygov`. */
function perService(name: string, service: string): string {
  return `${name}_${service.toUpperCase().replace(/[^A-Z0-9]/g, '_')}`;
}

/**
 * Reads the delivery settings: per backend, `DELIVERY_<X>_<SERVICE>` wins over `DELIVERY_<X>`, which
 * wins over the manifest's `delivery` defaults (then 5 attempts, 500 ms). A bad value is a
 * ConfigError naming the variable, so the process stops at start with one line.
 */
export function readDeliverySettings(env: Env, manifests: readonly AdapterManifest[]): DeliverySettings {
  const maxBackoffMs = integer(env, 'DELIVERY_MAX_BACKOFF_MS', 300_000, 1, 24 * HOUR_MS);
  const services = new Map<string, RetryPolicy>();
  for (const manifest of manifests) {
    const defaults = manifest.delivery ?? {};
    const attempts = integer(env, 'DELIVERY_ATTEMPTS', defaults.attempts ?? 5, 1, 100);
    const backoffMs = integer(env, 'DELIVERY_BACKOFF_MS', defaults.backoffMs ?? 500, 0, HOUR_MS);
    services.set(manifest.service, {
      attempts: integer(env, perService('DELIVERY_ATTEMPTS', manifest.service), attempts, 1, 100),
      backoffMs: integer(env, perService('DELIVERY_BACKOFF_MS', manifest.service), backoffMs, 0, HOUR_MS),
      maxBackoffMs,
    });
  }
  const worker: WorkerSettings = {
    concurrency: integer(env, 'WORKER_CONCURRENCY', 10, 1, 1000),
    callbackConcurrency: integer(env, 'CALLBACK_CONCURRENCY', 20, 1, 1000),
    lockDurationMs: integer(env, 'WORKER_LOCK_DURATION_MS', 30_000, 500, HOUR_MS),
    stalledIntervalMs: integer(env, 'WORKER_STALLED_INTERVAL_MS', 30_000, 200, HOUR_MS),
    maxStalled: integer(env, 'WORKER_MAX_STALLED', 3, 0, 100),
    shutdownGraceMs: integer(env, 'WORKER_SHUTDOWN_GRACE_MS', 20_000, 0, 29_000),
  };
  return {
    services,
    callbacks: {
      attempts: integer(env, 'CALLBACK_ATTEMPTS', 8, 1, 100),
      backoffMs: integer(env, 'CALLBACK_BACKOFF_MS', 1000, 0, HOUR_MS),
      maxBackoffMs: integer(env, 'CALLBACK_MAX_BACKOFF_MS', 600_000, 1, 24 * HOUR_MS),
      timeoutMs: integer(env, 'CALLBACK_TIMEOUT_MS', 5000, 100, 120_000),
    },
    worker,
    recovery: {
      leaseMs: integer(env, 'RECOVERY_LEASE_MS', 30_000, 200, HOUR_MS),
      intervalMs: integer(env, 'RECOVERY_INTERVAL_MS', 10_000, 50, HOUR_MS),
      batch: integer(env, 'RECOVERY_BATCH', 200, 1, 10_000),
    },
  };
}
