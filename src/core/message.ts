/**
 * The one message model. Every request, through the unified API or a native path, becomes a
 * `Message` and takes the same pipeline; its lifecycle is kept as a `MessageRecord`.
 */

export interface MessageHeader {
  /** Caller-chosen id; the idempotency key. */
  messageId: string;
  /** `<service>.<operation>`, e.g. `dkdn.chiTietDoanhNghiep`. */
  messageType: string;
  /** Agency code of the sender; must be the agency of the authenticated client. */
  from: string;
  correlationId?: string;
  /** Where the outcome of an asynchronous message is POSTed. */
  callbackUrl?: string;
}

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
