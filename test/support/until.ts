/**
 * Waits, by asking again after every answer, until `check` gives a value; bounded by `timeoutMs`.
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
    await new Promise((resolve) => setImmediate(resolve));
  }
  const cause = lastError instanceof Error ? ` (last error: ${lastError.message})` : '';
  throw new Error(`timed out waiting for ${what}${cause}`);
}
