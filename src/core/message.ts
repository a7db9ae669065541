/**
 * The one message model. Every request, through the unified API or a native path, becomes a
 * `Message` and takes the same pipeline; its lifecycle is kept as a `MessageRecord`.
 */
import type { Message as MessageEnvelope } from '../generated/schema-types';

/**
 * Routing and idempotency data (messageId, messageType, from, correlationId, callbackUrl), as
 * schemas/common/message.request.json defines it: generated, never restated.
 */
export type MessageHeader = MessageEnvelope['header'];

/** A message with its body typed by its operation (see `defineHandlers` in operation.ts). */
export interface Message<TBody = unknown> {
  header: MessageHeader;
  body: TBody;
}

export const MESSAGE_STATUSES = ['queued', 'processing', 'retrying', 'completed', 'failed', 'dead'] as const;
export type MessageStatus = (typeof MESSAGE_STATUSES)[number];

export const TERMINAL_STATUSES: readonly MessageStatus[] = ['completed', 'failed', 'dead'];

export interface HistoryEntry {
  status: MessageStatus | 'redriven';
  at: string;
  detail?: string;
}

/** The history entry of a status change (`detail` kept only when it says something) made at `at`. */
export function historyEntry(change: { status: MessageStatus; detail?: string }, at: string): HistoryEntry {
  return { status: change.status, at, ...(change.detail ? { detail: change.detail } : {}) };
}

/** The error of a failed message as users see it. `code` is the backend's own code when it has one. */
export interface MessageError {
  type: string;
  message: string;
  code?: string;
  errors?: { path: string; message: string }[];
}

/** What the lenient native doors changed in a request to make it fit its schema (DESIGN.md, "Native doors"). */
export const COERCION_KINDS = [
  'null-dropped',
  'unknown-dropped',
  'duplicate-dropped',
  'empty-dropped',
  'whitespace-trimmed',
  'key-case',
  'number-to-string',
  'string-to-number',
  'zero-padded',
] as const;
export type CoercionKind = (typeof COERCION_KINDS)[number];

/** One leniency applied to a native request: where, what kind, and the value before and after. */
export interface Coercion {
  /** Path in the message body, e.g. `data.nksGioiTinh` or `dsMaHoSo[0]`. */
  path: string;
  kind: CoercionKind;
  from?: unknown;
  to?: unknown;
}

/** How a message reached the simulator. */
export type MessageChannel = 'unified' | 'native';

export interface CallbackAttempt {
  at: string;
  url: string;
  status?: number;
  outcome: 'delivered' | 'retrying' | 'failed' | 'dead';
  detail?: string;
}

/**
 * What names one message record: a messageId belongs to its sender, so two agencies may use the same
 * id and get two records (idempotency and look-ups are scoped per agency).
 */
export interface MessageRef {
  /** Agency code of the sender. */
  from: string;
  messageId: string;
}

/** How a message runs: `sync` in the request that brought it, `async` through its backend's queue. */
export type DeliveryMode = 'sync' | 'async';

export interface MessageRecord {
  messageId: string;
  messageType: string;
  service: string;
  from: string;
  correlationId?: string;
  callbackUrl?: string;
  channel: MessageChannel;
  /** Client id of the caller; callbacks are signed with that client's secret. */
  clientId: string;
  status: MessageStatus;
  attempts: number;
  receivedAt: string;
  updatedAt: string;
  /** sha256 of the canonical JSON of header and body: tells a replay from a conflicting reuse. */
  fingerprint: string;
  history: HistoryEntry[];
  body: unknown;
  /** Leniencies the native door applied to the request (absent when it fitted as sent). */
  coercions?: Coercion[];
  response?: unknown;
  error?: MessageError;
  callbacks?: CallbackAttempt[];
  /** How it runs; decides what recovery does with it when its owner is gone (absent on old records: async). */
  delivery?: DeliveryMode;
  /** Id of the queue job that runs it (async). */
  jobId?: string;
  /**
   * Set while an async message is stored but its job not yet confirmed: the request may still be
   * refused (503), and then the record is discarded, never replayed.
   */
  pending?: boolean;
}

/**
 * A record without its history and callback attempts: what a worker's try reads and writes (the
 * lists only grow, and nothing the try does depends on them).
 */
export type MessageHead = Omit<MessageRecord, 'history' | 'callbacks'>;

/** One string per record: the sender (URI-encoded, so it holds no `/`) and the messageId. */
export function refString(ref: MessageRef): string {
  return `${encodeURIComponent(ref.from)}/${ref.messageId}`;
}

/** The inverse of refString; undefined for anything else. */
export function parseRef(value: string): MessageRef | undefined {
  const slash = value.indexOf('/');
  if (slash <= 0 || slash === value.length - 1) return undefined;
  try {
    return { from: decodeURIComponent(value.slice(0, slash)), messageId: value.slice(slash + 1) };
  } catch {
    return undefined;
  }
}

export function isTerminal(status: MessageStatus): boolean {
  return TERMINAL_STATUSES.includes(status);
}

/** Splits `hotich.dangKyHoTich` into its service and operation. */
export function splitMessageType(messageType: string): { service: string; operation: string } | undefined {
  const dot = messageType.indexOf('.');
  if (dot <= 0 || dot === messageType.length - 1) return undefined;
  return { service: messageType.slice(0, dot), operation: messageType.slice(dot + 1) };
}
