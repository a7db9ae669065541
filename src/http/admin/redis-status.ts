import type Redis from 'ioredis';

/** What the overview shows about Redis. */
export interface RedisStatus {
  status: 'up' | 'down';
  /** Why it is down (the client's error), when it is. */
  error?: string;
  version?: string;
  usedMemoryBytes?: number;
  usedMemoryHuman?: string;
  /** 0 when no limit is set. */
  maxMemoryBytes?: number;
  connectedClients?: number;
  uptimeSeconds?: number;
}

/** Fields of `INFO` as a flat map (sections merged, comments dropped). */
export function parseInfo(info: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const line of info.split(/\r?\n/)) {
    if (!line || line.startsWith('#')) continue;
    const colon = line.indexOf(':');
    if (colon > 0) fields[line.slice(0, colon)] = line.slice(colon + 1).trim();
  }
  return fields;
}

function numberOf(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  return Number.isFinite(n) ? n : undefined;
}

/** Reads INFO; a Redis that does not answer is reported as down, never thrown. */
export async function readRedisStatus(redis: Redis): Promise<RedisStatus> {
  try {
    const fields = parseInfo(await redis.info());
    return {
      status: 'up',
      ...(fields.redis_version ? { version: fields.redis_version } : {}),
      ...optional('usedMemoryBytes', numberOf(fields.used_memory)),
      ...(fields.used_memory_human ? { usedMemoryHuman: fields.used_memory_human } : {}),
      ...optional('maxMemoryBytes', numberOf(fields.maxmemory)),
      ...optional('connectedClients', numberOf(fields.connected_clients)),
      ...optional('uptimeSeconds', numberOf(fields.uptime_in_seconds)),
    };
  } catch (error) {
    return { status: 'down', error: (error as Error).message };
  }
}

function optional<K extends string>(key: K, value: number | undefined): Partial<Record<K, number>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, number>);
}
