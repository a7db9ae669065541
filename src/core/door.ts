/**
 * A door: endpoints an adapter serves on paths of its own, for flows that are not one message per
 * route (a browser's sign-in, a relying party's token exchange). The adapter declares it as plain
 * data and framework-free handlers; the HTTP layer mounts it (src/http/door/) and documents it in
 * the OpenAPI document. The steps that are messages run through the one pipeline via `submit`.
 */
import type { AdapterContext, NativeRequest, NativeResponse } from './adapter';
import type { AppError } from './errors';
import type { Principal } from './ports';

/** A JSON Schema; `{ $ref: <schema $id> }` points at a schema of schemas/, which the document refers to. */
export type DoorSchema = Record<string, unknown>;

/** One answer of an endpoint, as an OpenAPI response object says it. */
export interface DoorAnswer {
  description: string;
  headers?: Record<string, { description?: string; schema: DoorSchema }>;
  content?: Record<string, { schema?: DoorSchema; example?: unknown }>;
}

/** What an endpoint answers, status by status. */
export type DoorAnswers = Record<string, DoorAnswer>;

/** What the HTTP layer hands a door for one request. */
export interface DoorRequest {
  /**
   * Runs a message of the door's service (`<service>.<operation>`) through the one pipeline as
   * `principal`: it is journaled, fault scenarios apply to it, and a failure is thrown (an injected
   * transport fault too). Answers the handler's result.
   */
  submit: (operation: string, body: object, principal: Principal) => Promise<unknown>;
  /** The adapter context of the door's service. */
  context: AdapterContext;
}

/** An endpoint of a door, free of any web framework; `Tools` is what the door's `open` gives it. */
export interface DoorEndpoint<Tools> {
  methods: readonly ('GET' | 'POST')[];
  /** One line for the OpenAPI document. */
  summary: string;
  /** What it answers besides the door's `commonAnswers`. */
  answers: DoorAnswers;
  /** Express-style paths. */
  paths: readonly string[];
  /** Undefined: not this endpoint's request after all; the next router takes it. */
  handle(request: NativeRequest, tools: Tools): Promise<NativeResponse | undefined>;
  /** The path is shared with another router: the document marks it (`x-lgsp-shared`). */
  shared?: boolean;
  /** How an error shows here; default: the door's `renderError`. */
  renderError?(error: AppError, request: NativeRequest): NativeResponse;
}

export interface Door<Tools> {
  service: string;
  endpoints: readonly DoorEndpoint<Tools>[];
  /** Builds what the endpoints work with for one request. */
  open(request: DoorRequest): Tools;
  /** How an error shows on an endpoint without its own `renderError` (a body that cannot be read too). */
  renderError(error: AppError, request: NativeRequest): NativeResponse;
  /** The OpenAPI tag of its endpoints. */
  tag: { name: string; description: string };
  /** What every endpoint may answer besides its own (a body that cannot be read, a fault). */
  commonAnswers: DoorAnswers;
  /** Descriptions of the path parameters its paths use, by name. */
  pathParameters: Record<string, string>;
}
