/**
 * Typed operations: `defineOperation('diag.echo', { handle, render })` types a handler's message
 * body and result, and a native renderer's input, by the request and response types generated from
 * schemas/ (src/generated/schema-types.ts, `OperationTypes`). The compiler then checks a handler
 * against its schemas, and no handler casts its body.
 */
import type { OperationTypes } from '../generated/schema-types';
import type { HandlerContext, NativeRequest, NativeResponse, OperationHandler } from './adapter';
import type { FieldViolation } from './errors';
import type { Message } from './message';

/** Every message type `<service>.<operation>` that has a request schema. */
export type MessageType = keyof OperationTypes;
export type RequestOf<T extends MessageType> = OperationTypes[T]['request'];
export type ResponseOf<T extends MessageType> = OperationTypes[T]['response'];

/** A handler of message type T: its body has the request type, its result the response type. */
export type TypedHandler<T extends MessageType> = (message: Message<RequestOf<T>>, context: HandlerContext) => Promise<ResponseOf<T>>;

/** The message types of one service, by operation name: `OperationsOf<'paygov'>['init']` is `'paygov.init'`. */
export type OperationsOf<S extends string> = { [K in MessageType as K extends `${S}.${infer Op}` ? Op : never]: K };

/** The handlers of a service, each typed by its operation's generated request and response types. */
export type TypedHandlers<S extends string> = { [Op in keyof OperationsOf<S>]?: TypedHandler<Extract<OperationsOf<S>[Op], MessageType>> };

export interface TypedOperation<T extends MessageType> {
  /** Runs the operation on a body the pipeline has already validated against the request schema. */
  handle(message: Message<RequestOf<T>>, context: HandlerContext): Promise<ResponseOf<T>>;
  /** Renders the result in the backend's own envelope on its native path. */
  render?(result: ResponseOf<T>, request: NativeRequest): NativeResponse;
}

export interface DefinedOperation {
  messageType: MessageType;
  handle: OperationHandler;
  render(result: unknown, request: NativeRequest): NativeResponse;
}

/**
 * Ties a handler (and a renderer) to its message type's generated types. The one widening to the
 * untyped `OperationHandler` the registry stores happens here: the pipeline validates every body
 * against the operation's request schema before a handler runs, so the body has the request type;
 * and a native route renders only what this operation's handler answered.
 */
export function defineOperation<T extends MessageType>(messageType: T, operation: TypedOperation<T>): DefinedOperation {
  return {
    messageType,
    handle: (message, context) => operation.handle(message as Message<RequestOf<T>>, context),
    render: (result, request) => {
      if (!operation.render) throw new TypeError(`${messageType} has no native renderer`);
      return operation.render(result as ResponseOf<T>, request);
    },
  };
}

/**
 * Types every handler of a service at once: `defineHandlers('lltp', { traHoSo: (message) => ... })`
 * gives `message.body` the type of schemas/lltp/traHoSo.request.json and checks the result against
 * traHoSo.response.json; an operation name without a request schema does not compile. The widening
 * to `OperationHandler` is sound for the reason `defineOperation` gives.
 */
export function defineHandlers<S extends string>(_service: S, handlers: TypedHandlers<S>): Readonly<Record<string, OperationHandler>> {
  return handlers as Readonly<Record<string, OperationHandler>>;
}

/**
 * Types an operation's `check` (OperationSpec) by its request: `check: defineCheck('paygov.init',
 * (body) => ...)`. The widening is sound for the reason `defineOperation` gives: the pipeline runs
 * a check only on a body that has passed the request schema. Any other caller must do the same
 * (src/contract/provider-requests.ts still calls checks on bodies the schema refuses).
 */
export function defineCheck<T extends MessageType>(
  _messageType: T,
  check: (body: RequestOf<T>) => FieldViolation[],
): (body: unknown) => FieldViolation[] {
  return check as (body: unknown) => FieldViolation[];
}

/**
 * Types an operation's `readOnly` test (OperationSpec) by its request body, as `defineCheck` does:
 * sound for the same reason, the pipeline asks only about a body its schema accepted.
 */
export function defineReadOnly<T extends MessageType>(_messageType: T, readOnly: (body: RequestOf<T>) => boolean): (body: unknown) => boolean {
  return readOnly as (body: unknown) => boolean;
}

/**
 * Types a native route's `render` (NativeRoute) by its operation's answer: `render:
 * defineRender('hotich.traHoSo', (result) => ...)`. Sound because the native router renders only
 * what the route's own operation answered; a route that picks its operation per request
 * (`selectOperation`) renders several answers and keeps an untyped renderer.
 */
export function defineRender<T extends MessageType>(
  _messageType: T,
  render: (result: ResponseOf<T>, request: NativeRequest) => NativeResponse,
): (result: unknown, request: NativeRequest) => NativeResponse {
  return render as (result: unknown, request: NativeRequest) => NativeResponse;
}
