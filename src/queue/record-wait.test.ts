import { FIRST_RECORD_WAIT_MS, recordWaitMs } from './record-wait';

describe('recordWaitMs: how long a job that found no record waits for it', () => {
  const LIMIT = 1000;
  const queuedAt = 50_000;
  const firstTry = (ageMs: number) => recordWaitMs({ timestamp: queuedAt, attemptsMade: 0 }, LIMIT, queuedAt + ageMs);

  it('waits as long again as the job is old, at least the first wait, so the checks thin out', () => {
    expect(firstTry(0)).toBe(FIRST_RECORD_WAIT_MS);
    expect(firstTry(5)).toBe(FIRST_RECORD_WAIT_MS);
    expect(firstTry(100)).toBe(100);
    expect(firstTry(400)).toBe(400);
  });

  it('never past the limit, and not at all once the job is that old', () => {
    expect(firstTry(700)).toBe(300);
    expect(firstTry(LIMIT)).toBeUndefined();
    expect(firstTry(5 * LIMIT)).toBeUndefined();
  });

  it('only on a first try: a later try had its record, so a missing one is gone', () => {
    expect(recordWaitMs({ timestamp: queuedAt, attemptsMade: 1 }, LIMIT, queuedAt + 10)).toBeUndefined();
  });

  it('a producer clock a little ahead of the worker’s counts as a new job', () => {
    expect(firstTry(-30)).toBe(FIRST_RECORD_WAIT_MS);
  });
});
