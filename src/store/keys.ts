import { refString, type MessageRef } from '../core/message';

/**
 * The prefix as a Redis Cluster hash tag: `lgsp` → `{lgsp}`. A prefix that already holds a tag
 * (`{team-a}`, as BullMQ's guide writes it) is kept as it is, so tagging twice changes nothing.
 *
 * Redis Cluster hashes only the tag of a key, so every key of one simulator (records, indexes,
 * journal, simulation controls, BullMQ queues) lands in one slot: the scripts and MULTIs that touch
 * several of them at once are allowed there, as BullMQ's own are. Simulators with other prefixes
 * land on other slots, so a cluster spreads teams, not one simulator's messages.
 */
export function hashTagged(prefix: string): string {
  // Redis's rule: the tag is what lies between the first `{` and the next `}`, when not empty.
  const open = prefix.indexOf('{');
  const close = open < 0 ? -1 : prefix.indexOf('}', open + 1);
  return close > open + 1 ? prefix : `{${prefix}}`;
}

/**
 * Every Redis key of the simulator, in one place, under the hash-tagged prefix (see hashTagged):
 * `{lgsp}:msg:…`, `{lgsp}:journal`, and BullMQ's `{lgsp}:svc-<service>:…`.
 */
export class RedisKeys {
  /** The hash-tagged prefix every key starts with. */
  readonly prefix: string;

  constructor(prefix: string) {
    this.prefix = hashTagged(prefix);
  }

  /** A message record: its sender and id (a messageId belongs to its sender). */
  message(ref: MessageRef): string {
    return `${this.prefix}:msg:${refString(ref)}`;
  }
  messageHistory(ref: MessageRef): string {
    return `${this.message(ref)}:h`;
  }
  messageCallbacks(ref: MessageRef): string {
    return `${this.message(ref)}:cb`;
  }
  /**
   * Every agency that sent a message (a set; agencies are the registered clients', so it stays
   * small): a search by messageId looks for the id under each, so no index key is kept per message.
   */
  senders(): string {
    return `${this.prefix}:msgidx:senders`;
  }
  /** Open records (not finished) scored by when their lease ends: what the recovery sweeper reads. */
  openMessages(): string {
    return `${this.prefix}:msgidx:open`;
  }

  token(token: string): string {
    return `${this.prefix}:token:${token}`;
  }
  /** Pub/sub channel: a revoked access token, so every process forgets it at once. */
  tokenRevocations(): string {
    return `${this.prefix}:token-revoked`;
  }
  state(service: string, key: string): string {
    return `${this.prefix}:state:${service}:${key}`;
  }
  /** Every key one backend's state has written, so a reset finds them without scanning the keyspace. */
  stateKeys(service: string): string {
    return `${this.prefix}:statekeys:${service}`;
  }
  /** Ids of one backend's message records, scored by when they expire, so a reset finds them without scanning. */
  messagesOf(service: string): string {
    return `${this.prefix}:msgidx:svc:${service}`;
  }
  timers(): string {
    return `${this.prefix}:timers`;
  }
  timerTasks(): string {
    return `${this.prefix}:timers:tasks`;
  }
  /** Pub/sub channel on which a newly scheduled timer's due time wakes the timer runners. */
  timersChannel(): string {
    return `${this.prefix}:timers:scheduled`;
  }
  journal(): string {
    return `${this.prefix}:journal`;
  }
  /** Records of one correlation id, for admin search. */
  correlationIndex(correlationId: string): string {
    return `${this.prefix}:msgidx:corr:${correlationId}`;
  }
  /** Records of one sender, for admin search. */
  senderIndex(from: string): string {
    return `${this.prefix}:msgidx:from:${from}`;
  }
  /** Dead letters of one queue, scored by when they died, and their payloads. */
  deadLetters(queue: string): string {
    return `${this.prefix}:dlq:${queue}`;
  }
  deadLetterData(queue: string): string {
    return `${this.prefix}:dlq:${queue}:data`;
  }
  /** An admin login session, by the hash of its cookie value (the value itself is never stored). */
  adminSession(sessionHash: string): string {
    return `${this.prefix}:admin:session:${sessionHash}`;
  }
  /** Messages finished in one minute, for the admin page's throughput chart. */
  adminMinute(minute: number): string {
    return `${this.prefix}:admin:minute:${minute}`;
  }
  /** Key prefix of rate-limiter-flexible's counters of failed authentications. */
  authFailures(): string {
    return `${this.prefix}:authfail`;
  }
  /** Key prefix of rate-limiter-flexible's per-client request budgets. */
  rateLimit(): string {
    return `${this.prefix}:ratelimit`;
  }
  /** Counts of what the recovery sweepers did (src/queue/recovery-ledger.ts). */
  recoveryCounts(): string {
    return `${this.prefix}:recovery`;
  }
  /** BullMQ's prefix for our queues: the same tag, so a queue's keys share the slot of the records. */
  queuePrefix(): string {
    return this.prefix;
  }
  /** Every key under the prefix, as a SCAN pattern (wiping a run's own keys). */
  all(): string {
    return `${this.prefix}:*`;
  }
}

// The simulation controls keep their keys in their own slice (src/sim/sim-keys.ts), under the same
// hash-tagged prefix: `{<prefix>}:sim:…`.
