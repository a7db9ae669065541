import { AppError, ServiceUnavailableError, UnauthorizedError } from '../core/errors';
import { isRedisTimeout } from '../store/redis-client';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
  errorId: string;
  errors?: { path: string; message: string }[];
}

/** True for the errors ioredis raises while Redis is down or unreachable. */
export function isRedisDownError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  return (
    error.name === 'MaxRetriesPerRequestError' ||
    /Stream isn't writeable|Connection is closed|ECONNREFUSED|ECONNRESET|enableOfflineQueue|Reached the max retries/i.test(error.message)
  );
}

/** Maps anything thrown to the AppError a user should see; unknown errors become undefined (a 500). */
export function toAppError(error: unknown): AppError | undefined {
  if (error instanceof AppError) return error;
  if (isRedisDownError(error)) return new ServiceUnavailableError('Redis does not answer; nothing was stored. Try again shortly.');
  // Connected but silent (paused, stuck): what was sent may still be done once Redis resumes.
  if (isRedisTimeout(error)) return new ServiceUnavailableError('Redis did not answer in time; try again shortly.');
  return undefined;
}

/** The one place where errors become RFC 9457 problem documents. */
export function toProblem(error: unknown, instance: string, errorId: string): { body: ProblemBody; headers: Record<string, string> } {
  const known = toAppError(error);
  const headers: Record<string, string> = {};
  // A 429, or any refusal that knows when to come back (a reset busy with another: 409).
  const retryAfter = (known as { retryAfterSeconds?: unknown } | undefined)?.retryAfterSeconds;
  if (typeof retryAfter === 'number') headers['retry-after'] = String(retryAfter);
  if (known instanceof ServiceUnavailableError) headers['retry-after'] = '1';
  // RFC 6750 §3: a refused bearer request says how to authenticate, and why a token sent was refused.
  if (known instanceof UnauthorizedError && known.reason !== 'bad-client') {
    headers['www-authenticate'] = known.reason === 'missing' ? 'Bearer realm="lgsp-sim"' : 'Bearer realm="lgsp-sim", error="invalid_token"';
  }
  if (!known) {
    return {
      headers,
      body: {
        type: 'urn:lgsp-sim:problem:internal',
        title: 'Internal error',
        status: 500,
        detail: `The simulator failed unexpectedly; quote error id ${errorId} when reporting it`,
        instance,
        errorId,
      },
    };
  }
  return {
    headers,
    body: {
      type: `urn:lgsp-sim:problem:${known.slug}`,
      title: known.title,
      status: known.status,
      detail: known.message,
      instance,
      errorId,
      ...(known.errors ? { errors: known.errors } : {}),
      ...known.extensions,
    },
  };
}
