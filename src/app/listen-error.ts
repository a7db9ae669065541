import type { Config } from '../config/config';

/** Why the gateway could not listen, in one line that names the setting to change. */
export function listenError(error: Error, config: Pick<Config, 'host' | 'port'>): Error {
  const where = `${config.host}:${config.port}`;
  switch ((error as NodeJS.ErrnoException).code) {
    case 'EADDRINUSE':
      return new Error(`cannot listen on ${where}: the port is already in use; set PORT (or --port) to a free one`);
    case 'EACCES':
      return new Error(`cannot listen on ${where}: not allowed (ports below 1024 need privileges); set PORT (or --port)`);
    case 'EADDRNOTAVAIL':
      return new Error(`cannot listen on ${where}: this machine has no such address; set HOST`);
    default:
      return new Error(`cannot listen on ${where}: ${error.message}`);
  }
}
