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
  statePattern(service: string): string {
    return `${this.prefix}:state:${service}:*`;
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
