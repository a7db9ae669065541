import request from 'supertest';
import { createApp, type App } from '../../src/app/create-app';
import { loadConfig, type Config } from '../../src/config/config';
import type { Adapter } from '../../src/core/adapter';
import { checkResponsesAgainstDocument } from './openapi-responses';
import type { Logger } from '../../src/core/logger';
import { TEST_REDIS_URL, uniquePrefix, wipePrefix } from './redis';

export interface TestApp {
  app: App;
  config: Config;
  prefix: string;
  http: ReturnType<typeof request>;
  /** A bearer token for a client (the development client by default). */
  token(clientId?: string, secret?: string): Promise<string>;
  close(): Promise<void>;
}

/** Builds the app through the one composition root, with its own Redis prefix and port 0. */
export async function startTestApp(
  label: string,
  overrides: Partial<Config> = {},
  options: {
    extraAdapters?: readonly Adapter[];
    env?: Record<string, string>;
    /** Run the queue workers and timers in the app, as `serve --with-workers` does (callbacks need them). */
    workers?: boolean;
    /** Where the app logs (silent by default), for tests that check what an operator reads. */
    logger?: Logger;
    /** A Redis of the test's own (one it stops or pauses); the shared test Redis by default. */
    redisUrl?: string;
  } = {},
): Promise<TestApp> {
  const prefix = uniquePrefix(label);
  const config = loadConfig({ LOG_FORMAT: 'json', ...options.env }, { port: 0, host: '127.0.0.1', redisPrefix: prefix, ...overrides });
  const redisUrl = options.redisUrl ?? TEST_REDIS_URL;
  const app = await createApp(config, {
    redisUrl,
    ...(options.extraAdapters ? { extraAdapters: options.extraAdapters } : {}),
    ...(options.logger ? { logger: options.logger } : {}),
  });
  if (options.workers) await app.startWorkers();
  await checkResponsesAgainstDocument(app.http);
  const http = request(app.http);
  return {
    app,
    config,
    prefix,
    http,
    token: async (clientId = config.devClient.id, secret = config.devClient.secret) => {
      const res = await request(app.http)
        .post('/token')
        .type('form')
        .send({ grant_type: 'client_credentials', client_id: clientId, client_secret: secret });
      if (res.status !== 200) throw new Error(`token request failed: ${res.status} ${JSON.stringify(res.body)}`);
      return res.body.access_token as string;
    },
    close: async () => {
      await app.close();
      await wipePrefix(prefix, redisUrl);
    },
  };
}
