import { backoffStrategy, retryDelay, RetryScheduled } from './backoff';

describe('retry delays', () => {
  const policy = { backoffMs: 1000, maxBackoffMs: 10_000 };

  it('doubles each time, between half and all of the exponential step', () => {
    expect(retryDelay(policy, 1, () => 0)).toBe(500);
    expect(retryDelay(policy, 1, () => 0.999999)).toBe(1000);
    expect(retryDelay(policy, 2, () => 0)).toBe(1000);
    expect(retryDelay(policy, 3, () => 0.5)).toBe(3000);
  });

  it('never exceeds the cap, however many failures', () => {
    for (const n of [5, 10, 50, 1000]) expect(retryDelay(policy, n, () => 0.999999)).toBeLessThanOrEqual(10_000);
  });

  it('spreads retries of messages that failed together', () => {
    const delays = new Set(Array.from({ length: 50 }, () => retryDelay(policy, 3)));
    expect(delays.size).toBeGreaterThan(10);
  });

  it('BullMQ waits the delay the processor chose and wrote in the history', () => {
    const strategy = backoffStrategy(() => policy);
    expect(strategy(2, 'lgsp-jitter', new RetryScheduled('x', 1234))).toBe(1234);
    expect(strategy(1, 'lgsp-jitter', new Error('other'))).toBeLessThanOrEqual(1000);
  });
});
