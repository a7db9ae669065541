import type { RetryPolicy } from './delivery-settings';

/** Name of our backoff strategy as BullMQ job options carry it. */
export const JITTER_BACKOFF = 'lgsp-jitter';

/**
 * Delay before the try after `failedTries` failures: exponential (`backoffMs · 2^(n-1)`, capped at
 * `maxBackoffMs`) with "equal jitter" — half fixed, half random — so retries of many messages that
 * failed together do not hit the backend together, while the delay still grows every time.
 */
export function retryDelay(policy: Pick<RetryPolicy, 'backoffMs' | 'maxBackoffMs'>, failedTries: number, random: () => number = Math.random): number {
  const exponent = Math.max(0, Math.min(failedTries - 1, 30));
  const ceiling = Math.min(policy.maxBackoffMs, policy.backoffMs * 2 ** exponent);
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}

/**
 * Thrown by a processor when a try failed and another will follow. It carries the delay the
 * processor already chose (and wrote in the message history), so BullMQ waits exactly that long.
 */
export class RetryScheduled extends Error {
  constructor(
    message: string,
    readonly delayMs: number,
  ) {
    super(message);
    this.name = 'RetryScheduled';
  }
}

/** BullMQ's `settings.backoffStrategy`: the processor's chosen delay, else our formula. */
export function backoffStrategy(policyOf: () => Pick<RetryPolicy, 'backoffMs' | 'maxBackoffMs'>) {
  return (attemptsMade: number, _type?: string, err?: Error): number =>
    err instanceof RetryScheduled ? err.delayMs : retryDelay(policyOf(), attemptsMade);
}
