/**
 * Where the response check (openapi-responses.ts) leaves what the document does not describe, for
 * the jest setup file to fail the test with. Kept apart, without imports, so the setup file costs
 * unit tests nothing.
 */

/** Undescribed responses seen since the last `takeUndescribed()`. */
const undescribed: string[] = [];
/** Undescribed responses a test provokes on purpose (an injected malformed body), by request. */
const expected: { method: string; path: RegExp }[] = [];

export function takeUndescribed(): string[] {
  expected.splice(0, expected.length);
  return undescribed.splice(0, undescribed.length);
}

/**
 * For the rest of the current test, a response to `method path` that the document does not describe
 * is expected, not a failure: for tests that make the simulator answer garbage on purpose.
 */
export function expectUndescribedResponses(method: string, path: RegExp): void {
  expected.push({ method: method.toUpperCase(), path });
}

export function recordUndescribed(problem: string): void {
  undescribed.push(problem);
}

export function isExpectedUndescribed(method: string, path: string): boolean {
  return expected.some((e) => e.method === method && e.path.test(path));
}
