/**
 * The adapter plugin interface. A backend simulator is a manifest (what it offers, where its native
 * paths are, how its errors look on the wire) plus handlers, timers and state. Adding a backend means
 * adding a folder under adapters/ and one line in adapters/index.ts; no core file changes.
 */
import type { AppError, FieldViolation, UnauthorizedError } from './errors';
import type { Logger } from './logger';
import type { Coercion, Message, MessageChannel } from './message';
import type { CallbackSender, Clock, IdSource, Principal, ScheduledTask, Scheduler, StateStore } from './ports';

export interface OperationSpec {
  /** The real operation name, e.g. `chiTietDoanhNghiep`; the message type is `<service>.<operation>`. */
  operation: string;
  summary: string;
  /** `$id` of the request body schema. */
  requestSchema: string;
  /** `$id` of the response schema, when the operation documents one. */
  responseSchema?: string;
  /**
   * A body that succeeds against the seed data; the shared contract suite sends it and checks the
   * answer against `responseSchema`. It also serves as documentation.
   */
  example: unknown;
  /**
   * Rules a schema cannot say (check digits, dates that must exist, one field against another),
   * checked after the schema and before anything is stored. Paths are rooted at `body`.
   * Rules that depend on state (a person already married) belong in the handler instead.
   */
  check?(body: unknown): FieldViolation[];
  /**
   * The handler changes nothing another message can see: it reads state (or writes only keys of its
   * own message), schedules nothing and sends no callback. Running it again for a duplicate of a
   * message is then harmless, so the synchronous path may run it before the record is stored and
   * store the record already finished, in one step (one round trip to Redis instead of two). A
   * function decides per body (`diag.echo` writes a failure counter when asked to fail).
   */
  readOnly?: boolean | ((body: unknown) => boolean);
}

/** A native request, free of any web framework. */
export interface NativeRequest {
  method: string;
  path: string;
  params: Record<string, string>;
  query: Record<string, string | undefined>;
  headers: Record<string, string | undefined>;
  /** Parsed JSON or form body; a string for XML and plain text. */
  body: unknown;
  contentType?: string;
}

export interface NativeResponse {
  status: number;
  body: unknown;
  /** Defaults to application/json. */
  contentType?: string;
  headers?: Record<string, string>;
}

export type BodyFormat = 'json' | 'xml' | 'form' | 'text';

export interface NativeRoute {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Express-style paths served by this route, e.g. `/apiCSDLDKDN/chiTietDoanhNghiep`. */
  paths: readonly string[];
  operation: string;
  /** `bearer` (default): a token from /token is required. `optional`: used when sent. */
  auth?: 'bearer' | 'optional';
  /** Body formats accepted besides none; defaults to json. */
  accepts?: readonly BodyFormat[];
  /**
   * For a door that serves several operations at one path (an ASMX endpoint dispatching on its
   * SOAPAction header): the operation of this request, read after the body is parsed; throws
   * BadRequestError when it names none. Unset: always `operation`, which the documents name.
   */
  selectOperation?(request: NativeRequest): string;
  /**
   * `$id` of the schema of the native body, for a door whose body is another contract than the
   * message it becomes (LLTP v2's send, translated into v1's). The router reads the body against it
   * before `toMessageBody`, noting each leniency at the path the client sent, and the translation
   * then works on what was read. Unset: only the message body is read, against the operation's
   * request schema.
   */
  wireSchema?: string;
  /**
   * Translates the native request into the operation's message body (throws BadRequestError). Key
   * casing, `null`s, unknown members, numbers for digit strings and code padding need no care here:
   * the router reads the result against the request schema. A translation that must read wire
   * members itself notes what it forgave in `notes` (src/core/lenient/members.ts).
   */
  toMessageBody(request: NativeRequest, notes: Coercion[]): unknown;
  /** Renders the handler's result in the backend's own envelope. */
  render(result: unknown, request: NativeRequest): NativeResponse;
}

/** A route for people rather than agency systems (a payment page); it does not carry a message. */
export interface PageRoute {
  method: 'GET' | 'POST';
  path: string;
  handle(request: NativeRequest, context: AdapterContext): Promise<NativeResponse>;
}

export interface DeliveryDefaults {
  /** Attempts before a message is dead. Default 5. */
  attempts?: number;
  /** First backoff delay in ms, doubled each attempt, with jitter. Default 500. */
  backoffMs?: number;
}

export interface AdapterManifest {
  /** Short service code, the prefix of message types: `hotich`, `lltp`, `paygov`, `dkdn`, `dmdc`. */
  service: string;
  name: string;
  description: string;
  operations: readonly OperationSpec[];
  native: readonly NativeRoute[];
  pages?: readonly PageRoute[];
  delivery?: DeliveryDefaults;
  /** Renders an error on a native path in this backend's envelope and codes. */
  renderError(error: AppError, request: NativeRequest): NativeResponse;
  /**
   * Renders a missing or bad token on a native path. Unset: the gateway answers with its own WSO2
   * fault, as it does in front of most backends; set it for a backend whose own envelope carries
   * the authentication error (hộ tịch's `100 AUTHEN_ERROR`).
   */
  renderAuthError?(error: UnauthorizedError, request: NativeRequest): NativeResponse;
}

/** What an adapter's handlers, timers and pages receive. Built per service by the composition root. */
export interface AdapterContext {
  service: string;
  state: StateStore;
  /**
   * Another backend's state, for interconnected procedures (liên thông): a birth registration
   * creating a health-insurance card that the social-insurance backend then serves.
   */
  stateOf(service: string): StateStore;
  clock: Clock;
  scheduler: Scheduler;
  callbacks: CallbackSender;
  ids: IdSource;
  logger: Logger;
  /** Base URL the simulator is reachable at (for payment page links). */
  publicBaseUrl: string;
}

export interface HandlerContext extends AdapterContext {
  principal: Principal;
  messageId: string;
  channel: MessageChannel;
  callbackUrl?: string;
}

export type OperationHandler = (message: Message, context: HandlerContext) => Promise<unknown>;
export type TimerHandler = (task: ScheduledTask, context: AdapterContext) => Promise<void>;

export interface CallbackReply {
  status: number;
  body: unknown;
}

export interface CallbackVerdict {
  /** True when the receiver took it; false to retry. */
  accepted: boolean;
  detail?: string;
}

export type CallbackVerifier = (reply: CallbackReply, sent: unknown, context: AdapterContext) => Promise<CallbackVerdict>;

export interface Adapter {
  manifest: AdapterManifest;
  handlers: Readonly<Record<string, OperationHandler>>;
  timers?: Readonly<Record<string, TimerHandler>>;
  callbackVerifiers?: Readonly<Record<string, CallbackVerifier>>;
  /** Runs after the adapter's state was wiped by a reset (re-applies seeds kept in state). */
  onReset?(context: AdapterContext): Promise<void>;
}
