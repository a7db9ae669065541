import { createApp, type App } from '../app/create-app';
import type { Config } from '../config/config';
import { createWinstonLogger } from '../logging/winston-logger';
import { isLoopbackHost, startupWarnings } from './startup-warnings';
import type { ProvidedRedis } from '../store/redis-provider';
import { redisOrExit } from './redis-or-exit';

function banner(config: Config, url: string, redis: ProvidedRedis, withWorkers: boolean): string {
  const lines = [
    `lgsp-sim is up at ${url}  (workers: ${withWorkers ? 'in this process' : 'none here'}; Redis: ${redis.url} [${redis.origin}])`,
    `  token:      curl -s -u ${config.devClient.id}:${config.devClient.secret} -d grant_type=client_credentials ${url}/token`,
    `  dev client: id ${config.devClient.id}  secret ${config.devClient.secret}  agency ${config.devClient.agency}`,
    `  docs:       ${url}/docs  (OpenAPI and AsyncAPI; landing page ${url}/)`,
    `  services:   ${url}/api/v1/services`,
    `  sso:        ${url}/sso-dev-rp/  (relying party dev-rp / dev-rp-secret; test accounts in adapters/sso/README.md)`,
    `  admin:      ${url}/admin  (Authorization: Bearer ${config.adminToken})`,
    `  health:     ${url}/livez  ${url}/readyz`,
    `  listening:  ${config.host}${isLoopbackHost(config.host) ? ' (this machine only; HOST=0.0.0.0 opens it to others)' : ''}`,
  ];
  return lines.join('\n') + '\n';
}

/**
 * Runs a gateway, a worker, or both, until SIGINT or SIGTERM; then stops taking work, lets running
 * work finish, closes connections, stops a private Redis, and exits 0.
 */
export async function runServe(config: Config, options: { mode: 'serve' | 'worker' }): Promise<void> {
  const logger = createWinstonLogger({ level: config.logLevel, format: config.logFormat });
  const redis = await redisOrExit(config.redisUrl, logger);
  let app: App;
  try {
    app = await createApp(config, { redisUrl: redis.url, logger });
  } catch (error) {
    await redis.stop();
    throw error;
  }
  // Installed before anything is started or announced: a supervisor that sends SIGTERM as soon as
  // it reads the ready line gets a graceful stop, never the default action (killed by the signal).
  let stopping = false;
  const stop = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    logger.info('stopping', { signal });
    const force = setTimeout(() => {
      logger.error('shutdown took too long; exiting', { signal });
      process.exit(1);
    }, 30_000);
    force.unref();
    try {
      await app.close();
      await redis.stop();
      process.exit(0);
    } catch (err) {
      logger.error('shutdown failed', { err });
      process.exit(1);
    }
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
  if (config.withWorkers) await app.startWorkers();
  if (options.mode === 'serve') {
    let url: string;
    try {
      ({ url } = await app.listen());
    } catch (error) {
      // Nothing may outlive the failed start: the workers just started, a private Redis.
      await app.close();
      await redis.stop();
      throw error;
    }
    process.stdout.write(banner(config, url, redis, config.withWorkers));
    for (const warning of startupWarnings(config)) process.stderr.write(`${warning}\n`);
  } else {
    process.stdout.write(`lgsp-sim worker running (Redis: ${redis.url} [${redis.origin}])\n`);
  }
  logger.info('started', { mode: options.mode, withWorkers: config.withWorkers, pid: process.pid });
}
