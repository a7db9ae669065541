/**
 * Every Redis key of the simulator, in one place. Keys of one message share a hash tag so a Redis
 * Cluster keeps them in one slot.
 */
export class RedisKeys {
  constructor(readonly prefix: string) {}

  message(id: string): string {
    return `${this.prefix}:msg:{${id}}`;
  }
  messageHistory(id: string): string {
    return `${this.prefix}:msg:{${id}}:h`;
  }
  messageCallbacks(id: string): string {
    return `${this.prefix}:msg:{${id}}:cb`;
  }
  token(token: string): string {
    return `${this.prefix}:token:${token}`;
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
  journal(): string {
    return `${this.prefix}:journal`;
  }
}
