/**
 * What the bench reads from Redis itself: command counts from `INFO commandstats` (every command
 * Redis ran, those inside scripts included), and round trips seen with MONITOR (a script is one).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Redis from 'ioredis';

/** Calls per command since the server started (or its stats were reset). */
export async function commandCalls(redis: Redis): Promise<Map<string, number>> {
  const text = await redis.info('commandstats');
  const calls = new Map<string, number>();
  for (const match of text.matchAll(/^cmdstat_([^:]+):calls=(\d+)/gm)) calls.set(match[1], Number(match[2]));
  return calls;
}

/** Commands run between two readings, leaving out the bench's own INFO calls. */
export function commandsBetween(before: Map<string, number>, after: Map<string, number>): number {
  let total = 0;
  for (const [name, calls] of after) if (name !== 'info') total += calls - (before.get(name) ?? 0);
  return total;
}

/**
 * Counts the round trips Redis sees while `work` runs: one per command a client sent (commands a
 * script runs inside are not round trips).
 */
export async function roundTrips(url: string, work: () => Promise<void>): Promise<number> {
  const client = new Redis(url);
  const monitor = await client.monitor();
  let count = 0;
  monitor.on('monitor', (_time: string, args: string[], source: string) => {
    if (source !== 'lua' && args[0]?.toLowerCase() !== 'info') count += 1;
  });
  try {
    await work();
    // MONITOR lines may arrive after the replies; a PING through the monitored server marks the end.
    const ended = new Promise<void>((resolve) => {
      monitor.on('monitor', (_time: string, args: string[]) => {
        if (args[0]?.toLowerCase() === 'ping' && args[1] === 'bench-end') resolve();
      });
    });
    const marker = new Redis(url);
    await marker.ping('bench-end');
    marker.disconnect();
    await ended;
    // The marker itself (and its connection's HELLO/INFO if any) is not the work's.
    return count - 1;
  } finally {
    monitor.disconnect();
    client.disconnect();
  }
}

/**
 * Round trips per message: `send` (one message, answered) runs once to warm up (first use of a
 * token, scripts loaded), then `count` times while MONITOR counts; what a quiet spell of the same
 * length sees (idle workers, timers) is taken off. Meaningful only while nothing else loads the Redis.
 */
export async function roundTripsPerMessage(url: string, count: number, send: () => Promise<void>): Promise<number> {
  await send();
  let elapsed = 0;
  const busy = await roundTrips(url, async () => {
    const startedAt = Date.now();
    for (let i = 0; i < count; i++) await send();
    elapsed = Date.now() - startedAt;
  });
  const quiet = await roundTrips(url, () => new Promise<void>((resolve) => setTimeout(resolve, elapsed)));
  return (busy - quiet) / count;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * A private redis-server for the bench, so the command counts are the bench's alone (the default
 * Redis may be shared). Configured as docker-compose.yml runs it (append-only, no eviction).
 */
export async function startPrivateRedis(): Promise<{ url: string; pid: number | undefined; stop(): Promise<void> }> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'lgsp-bench-redis-'));
  const child: ChildProcess = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'yes', '--dir', dir, '--maxmemory-policy', 'noeviction'],
    { stdio: 'ignore' },
  );
  const url = `redis://127.0.0.1:${port}`;
  const probe = new Redis(url, { lazyConnect: true, retryStrategy: () => 50, maxRetriesPerRequest: null });
  probe.on('error', () => undefined);
  await probe.connect().catch(() => undefined);
  await probe.ping();
  probe.disconnect();
  return {
    url,
    pid: child.pid,
    stop: async () => {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
