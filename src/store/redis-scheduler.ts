import type Redis from 'ioredis';
import type { ScheduledTask, TimerStore } from '../core/ports';
import type { RedisKeys } from './keys';

const CLAIM_DUE = `
local ids = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[1], 'LIMIT', 0, ARGV[2])
local out = {}
for _, id in ipairs(ids) do
  if redis.call('ZREM', KEYS[1], id) == 1 then
    local task = redis.call('HGET', KEYS[2], id)
    redis.call('HDEL', KEYS[2], id)
    if task then table.insert(out, task) end
  end
end
return out`;

/**
 * Adapter timers in a Redis sorted set scored by simulation time. Claiming is atomic, so any number
 * of worker processes can poll it and each task runs once.
 */
export class RedisScheduler implements TimerStore {
  constructor(
    private readonly redis: Redis,
    private readonly keys: RedisKeys,
  ) {}

  /** Schedules a task and, in the same step, tells the timer runners its due time (RedisTimerSignals). */
  async schedule(task: ScheduledTask): Promise<void> {
    await this.redis
      .multi()
      .hset(this.keys.timerTasks(), task.id, JSON.stringify(task))
      .zadd(this.keys.timers(), task.dueAt, task.id)
      .publish(this.keys.timersChannel(), String(task.dueAt))
      .exec();
  }

  async cancel(taskId: string): Promise<void> {
    await this.redis.multi().zrem(this.keys.timers(), taskId).hdel(this.keys.timerTasks(), taskId).exec();
  }

  async claimDue(now: number, limit = 100): Promise<ScheduledTask[]> {
    const raw = (await this.redis.eval(CLAIM_DUE, 2, this.keys.timers(), this.keys.timerTasks(), String(now), String(limit))) as string[];
    return raw.map((r) => JSON.parse(r) as ScheduledTask).sort((a, b) => a.dueAt - b.dueAt);
  }

  async nextDueAt(): Promise<number | undefined> {
    // ioredis answers WITHSCORES flat ([member, score]) or paired ([[member, score]]) depending on the protocol.
    const reply = (await this.redis.call('ZRANGE', this.keys.timers(), 0, 0, 'WITHSCORES')) as unknown[];
    const score = reply.flat()[1];
    return score === undefined ? undefined : Number(score);
  }

  async clear(service?: string): Promise<void> {
    if (!service) {
      await this.redis.del(this.keys.timers(), this.keys.timerTasks());
      return;
    }
    const all = await this.redis.hgetall(this.keys.timerTasks());
    const ids = Object.entries(all)
      .filter(([, raw]) => (JSON.parse(raw) as ScheduledTask).service === service)
      .map(([id]) => id);
    if (ids.length)
      await this.redis
        .multi()
        .zrem(this.keys.timers(), ...ids)
        .hdel(this.keys.timerTasks(), ...ids)
        .exec();
  }
}
