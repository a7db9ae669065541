/**
 * `lgsp-sim`: embed the simulator in another program. `createApp(loadConfig(), { redisUrl })` builds
 * it through the same composition root the CLI uses; `listen()` starts it and `close()` stops it.
 * Test code that only drives the simulation controls wants `lgsp-sim/testing` instead.
 */
export { createApp } from './app/create-app';
export type { App, AppOptions } from './app/create-app';
export { loadConfig, ConfigError } from './config/config';
export type { Config } from './config/config';
