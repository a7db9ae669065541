import cluster, { type Worker } from 'node:cluster';
import { availableParallelism } from 'node:os';
import { InvalidArgumentError } from 'commander';
import type { Config } from '../config/config';
import { createWinstonLogger } from '../logging/winston-logger';
import { redisOrExit } from './redis-or-exit';

/** `--processes`: a count of gateway processes, or `auto` for one per core. */
export function processCount(value: string): number {
  if (value === 'auto') return availableParallelism();
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 256) throw new InvalidArgumentError('must be a whole number from 1 to 256, or auto');
  return n;
}

/** Set in the environment of the gateway processes a `--processes` primary forks. */
const CHILD_MARK = 'LGSP_SIM_CLUSTER_CHILD';

/** True in a gateway process forked by `serve --processes N`: it serves as a plain `serve` would. */
export function isClusterChild(): boolean {
  return !cluster.isPrimary && process.env[CHILD_MARK] === '1';
}

/**
 * `serve --processes N` (N > 1): a primary that forks N gateway processes sharing one port
 * (node:cluster hands connections out among them; with port 0 they share one random port). It
 * settles Redis once (a private redis-server, if one is started, is shared by all and stopped last),
 * forks a replacement when a process dies, and on SIGINT or SIGTERM stops them all, each finishing
 * its running requests, then exits 0 (1 if any of them failed to stop cleanly).
 */
export async function runServeCluster(config: Config, processes: number): Promise<void> {
  const logger = createWinstonLogger({ level: config.logLevel, format: config.logFormat });
  const redis = await redisOrExit(config.redisUrl, logger);
  let stopping = false;
  let failed = false;
  const listening = new Set<number>();
  const fork = (): Worker => cluster.fork({ [CHILD_MARK]: '1', REDIS_URL: redis.url });
  cluster.on('listening', (worker) => listening.add(worker.id));
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) {
      if (code !== 0) failed = true;
      return;
    }
    // One that never came up (a taken port, a bad scenarios file) would fail again: stop them all.
    if (!listening.has(worker.id)) {
      failed = true;
      void stop('a gateway process failed to start');
      return;
    }
    logger.error('a gateway process stopped; starting another', { pid: worker.process.pid, code, signal });
    fork();
  });
  const stop = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    logger.info('stopping all gateway processes', { signal });
    const workers = Object.values(cluster.workers ?? {}).filter((w): w is Worker => w !== undefined);
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve) => {
            if (worker.isDead()) return resolve();
            worker.once('exit', () => resolve());
            worker.process.kill('SIGTERM');
          }),
      ),
    );
    await redis.stop();
    process.exit(failed ? 1 : 0);
  };
  for (let i = 0; i < processes; i++) fork();
  process.stdout.write(`lgsp-sim: ${processes} gateway processes on one port (primary pid ${process.pid})\n`);
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}
