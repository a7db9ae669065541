/**
 * Typed errors. Each class carries its HTTP status and a stable problem `type`; the HTTP layer turns
 * any of them into a response in one place (src/http/problem.ts), and a native route turns them into
 * its backend's envelope through the adapter's `renderError`.
 */

/** One violation of a schema or rule, with the JSON path of the offending value. */
export interface FieldViolation {
  path: string;
  message: string;
}

export abstract class AppError extends Error {
  abstract readonly status: number;
  /** Stable slug, published as `urn:lgsp-sim:problem:<slug>`. */
  abstract readonly slug: string;
  abstract readonly title: string;
  readonly errors?: FieldViolation[];
  /**
   * RFC 9457 extension members the problem document carries beside the standard ones (what a
   * failed verification found, say); they never reuse a standard member's name.
   */
  readonly extensions?: Readonly<Record<string, unknown>>;

  constructor(message: string, errors?: FieldViolation[]) {
    super(message);
    this.name = new.target.name;
    if (errors) this.errors = errors;
  }
}

/** The request body is not what the route reads (bad JSON, bad form, missing field). */
export class BadRequestError extends AppError {
  readonly status = 400;
  readonly slug = 'bad-request';
  readonly title = 'Bad request';
}

/**
 * Named fields of the request are wrong: a message or body that breaks its JSON Schema, a scenario
 * rule, a clock change, a query parameter. `errors` lists each field with what is wrong.
 */
export class ValidationError extends AppError {
  readonly status = 400;
  readonly slug = 'validation';
  readonly title = 'Some fields of the request are not valid';
  override readonly errors: FieldViolation[];

  constructor(message: string, errors: FieldViolation[]) {
    super(message, errors);
    this.errors = errors;
  }
}

export class UnsupportedMediaTypeError extends AppError {
  readonly status = 415;
  readonly slug = 'unsupported-media-type';
  readonly title = 'Unsupported content type';
}

export class PayloadTooLargeError extends AppError {
  readonly status = 413;
  readonly slug = 'payload-too-large';
  readonly title = 'Request body too large';
}

export type UnauthorizedReason = 'missing' | 'invalid' | 'expired' | 'bad-client';

/** Why a bearer token is refused: unknown, expired or revoked (the door and the record's step say the same). */
export const TOKEN_REFUSED = 'The bearer token is unknown or has expired; get a new one from POST /token';

export class UnauthorizedError extends AppError {
  readonly status = 401;
  readonly slug = 'unauthorized';
  readonly title = 'Authentication required';

  constructor(
    message: string,
    readonly reason: UnauthorizedReason = 'invalid',
  ) {
    super(message);
  }
}

export class ForbiddenError extends AppError {
  readonly status = 403;
  readonly slug = 'forbidden';
  readonly title = 'Not allowed';
}

export class NotFoundError extends AppError {
  readonly status = 404;
  readonly slug = 'not-found';
  readonly title = 'Not found';
}

export class ConflictError extends AppError {
  readonly status = 409;
  readonly slug = 'conflict';
  readonly title = 'Conflict';
}

export class TooManyRequestsError extends AppError {
  readonly status = 429;
  readonly slug = 'too-many-requests';
  readonly title = 'Too many requests';

  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(message);
  }
}

/** A dependency (Redis) does not answer: fail fast rather than accept what cannot be stored. */
export class ServiceUnavailableError extends AppError {
  readonly status = 503;
  readonly slug = 'unavailable';
  readonly title = 'Service unavailable';
}

/**
 * A backend refused the message for a business reason (record not found, person already married).
 * `code` is the backend's own error code as it goes on the wire; `permanent` tells the queue not to
 * retry. The unified API records it as the message's `error`; a native route renders it in the
 * backend's envelope.
 */
export class BusinessRuleError extends AppError {
  readonly status: number;
  readonly slug: string = 'business-rule';
  readonly title: string = 'The backend refused the message';

  constructor(
    readonly code: string,
    message: string,
    options: { status?: number; errors?: FieldViolation[]; details?: Record<string, unknown> } = {},
  ) {
    super(message, options.errors);
    this.status = options.status ?? 422;
    this.details = options.details;
  }

  readonly details?: Record<string, unknown>;
  readonly permanent = true;
}

/** A transient failure inside a backend simulator (a fault scenario, a timeout): worth a retry. */
export class TransientError extends AppError {
  readonly status: number;
  readonly slug = 'transient';
  readonly title = 'Temporary failure';

  constructor(message: string, options: { status?: number; code?: string } = {}) {
    super(message);
    this.status = options.status ?? 503;
    this.code = options.code;
  }

  readonly code?: string;
}

/**
 * An error answer injected by a fault scenario on the synchronous path. It is a BusinessRuleError so
 * that every adapter's `renderError` shows the backend's own `code` in its own envelope; on the
 * unified API it becomes problem+json with the rule's status.
 */
export class InjectedFaultError extends BusinessRuleError {
  override readonly slug = 'injected-fault';
  override readonly title = 'Fault injected by a simulation scenario';

  constructor(
    code: string,
    message: string,
    status: number,
    readonly ruleId: string,
  ) {
    super(code, message, { status });
  }
}

/**
 * Faults of the transport rather than of the answer, injected by a scenario on the synchronous path.
 * The HTTP layer acts them out: `timeout` never answers (until the client gives up), `drop` destroys
 * the socket, `malformed` writes a body that does not parse. Their status is only what a generic
 * renderer would show if one ever reached it.
 */
export type TransportFaultKind = 'timeout' | 'drop' | 'malformed';

export class TransportFaultError extends AppError {
  readonly status: number;
  readonly slug = 'injected-transport-fault';
  readonly title = 'Transport fault injected by a simulation scenario';

  constructor(
    readonly kind: TransportFaultKind,
    readonly ruleId: string,
    options: {
      /** `timeout`: the longest the request is held before the socket is closed. */
      holdMs?: number;
      /** `timeout`: aborted when the simulator shuts down, so a held request never blocks it. */
      release?: AbortSignal;
      /** `malformed`: the broken body written. */
      body?: string;
    } = {},
  ) {
    super(`Injected ${kind} (scenario ${ruleId})`);
    this.status = kind === 'timeout' ? 504 : 502;
    this.holdMs = options.holdMs;
    this.release = options.release;
    this.body = options.body;
  }

  readonly holdMs?: number;
  readonly release?: AbortSignal;
  readonly body?: string;
}

export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError;
}

/** Something failed inside the simulator itself; the detail is in the log under the error id. */
export class InternalError extends AppError {
  readonly status = 500;
  readonly slug = 'internal';
  readonly title = 'Internal error';
}
