/**
 * The pause before a poll asks again: short against anything a test waits for, long enough that a
 * wait of seconds is a few hundred requests, not tens of thousands that take the CPU from the
 * processes being waited on (and from the other jest worker) on a two-core machine.
 */
export function beforeAskingAgain(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 10));
}

/**
 * Waits, by asking again shortly after every answer, until `check` gives a value; bounded by `timeoutMs`.
 * A check that throws (Redis still away) counts as no value yet; the last error is named if time
 * runs out.
 */
export async function until<T>(what: string, check: () => Promise<T | undefined>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await check();
      if (value !== undefined) return value;
    } catch (error) {
      lastError = error;
    }
    await beforeAskingAgain();
  }
  const cause = lastError instanceof Error ? ` (last error: ${lastError.message})` : '';
  throw new Error(`timed out waiting for ${what}${cause}`);
}
