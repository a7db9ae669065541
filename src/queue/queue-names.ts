import { createHash } from 'node:crypto';
import { refString, type MessageRef } from '../core/message';
import type { QueueKind } from '../core/ports';

/** BullMQ queue of one backend's messages. */
export function serviceQueueName(service: string): string {
  return `svc-${service}`;
}

/** BullMQ queue of one backend's outgoing callbacks. */
export function callbackQueueName(service: string): string {
  return `cb-${service}`;
}

/** Kind and service of a queue name of ours, or undefined. */
export function parseQueueName(name: string): { kind: QueueKind; service: string } | undefined {
  const match = /^(svc|cb)-([a-z0-9]+)$/.exec(name);
  if (!match) return undefined;
  return { kind: match[1] === 'svc' ? 'service' : 'callback', service: match[2] };
}

/**
 * BullMQ refuses job ids that contain `:` or look like integers, and message ids may be either
 * (`12345`, `a:b`). A prefix and `:` → `~` (not allowed in message ids) keep the mapping one-to-one.
 */
function safe(id: string): string {
  return id.replace(/:/g, '~');
}

/**
 * Job id of a message: its sender and id (ids are scoped per sender, so two agencies' jobs never
 * collide) and `nonce`, new for every acceptance, redrive or recovery, so a new job never collides
 * with an old one BullMQ may still keep, and a leftover job is told apart from the record's own.
 */
export function messageJobId(ref: MessageRef, nonce: string): string {
  return `m_${safe(refString(ref))}_${nonce}`;
}

/**
 * Job id of a callback: the request id plus a digest of the body. The same callback queued twice
 * (a worker that finished a message, died and ran again) is delivered once; a new outcome of the
 * same message (after a redrive) is a new delivery.
 */
export function callbackJobId(requestId: string, body: unknown, redrivenAt?: number): string {
  const digest = createHash('sha256')
    .update(JSON.stringify(body) ?? '')
    .digest('hex')
    .slice(0, 16);
  return `c_${safe(requestId)}_${digest}${redrivenAt === undefined ? '' : `_r${redrivenAt}`}`;
}
