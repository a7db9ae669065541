import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Logger } from '../core/logger';

export class RedisUnavailableError extends Error {}

export interface ProvidedRedis {
  url: string;
  /** Where it came from, for the start-up banner. */
  origin: 'REDIS_URL' | 'local' | 'private';
  /** Stops the private server, if this process started one. */
  stop(): Promise<void>;
}

const HOW_TO_GET_REDIS =
  'No Redis: set REDIS_URL=redis://host:port, start one on 127.0.0.1:6379, or install redis-server (Debian/Ubuntu: apt-get install redis-server; macOS: brew install redis) so the simulator can start a private one.';

/** True when something speaking RESP answers PING at host:port within `timeoutMs`. */
export function redisAnswers(host: string, port: number, timeoutMs = 500): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = new Socket();
    const done = (ok: boolean): void => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('error', () => done(false));
    socket.connect(port, host, () => socket.write('PING\r\n'));
    socket.once('data', (data) => done(data.toString().startsWith('+PONG') || data.toString().startsWith('-NOAUTH')));
  });
}

/** A free TCP port on loopback. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function redisServerOnPath(): boolean {
  return spawnSync('redis-server', ['--version'], { stdio: 'ignore', env: process.env }).status === 0;
}

/** A redis-server this process started: `stop` ends it with SIGTERM, `kill` with SIGKILL (a crash). */
export interface RedisServerProcess {
  port: number;
  stop(): Promise<void>;
  kill(): Promise<void>;
  /** Freezes the server (SIGSTOP): its connections stay open and nothing is answered, as when Redis hangs. */
  pause(): void;
  /** Lets a paused server go on (SIGCONT); it then answers what it was sent meanwhile. */
  resume(): void;
}

/**
 * Starts `redis-server` from PATH on 127.0.0.1:`port` with `dir` as its directory, and resolves once
 * it answers PING. `appendOnly` keeps what it acknowledged across a restart on the same dir;
 * `extraArgs` adds options (e.g. `--maxmemory-policy`). Tests use it to stop and restart Redis.
 */
export async function spawnRedisServer(options: {
  port: number;
  dir: string;
  appendOnly?: boolean;
  extraArgs?: readonly string[];
}): Promise<RedisServerProcess> {
  const { port, dir } = options;
  const args = [
    '--port',
    String(port),
    '--bind',
    '127.0.0.1',
    '--save',
    '',
    '--appendonly',
    options.appendOnly ? 'yes' : 'no',
    '--dir',
    dir,
    '--loglevel',
    'warning',
    ...(options.extraArgs ?? []),
  ];
  const child: ChildProcess = spawn('redis-server', args, { stdio: 'ignore', env: process.env });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  for (let i = 0; i < 100 && !(await redisAnswers('127.0.0.1', port, 200)); i++) {
    if (child.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  if (!(await redisAnswers('127.0.0.1', port))) {
    child.kill('SIGKILL');
    throw new RedisUnavailableError(`The private redis-server did not start on port ${port}. ${HOW_TO_GET_REDIS}`);
  }
  const running = (): boolean => child.exitCode === null && child.signalCode === null;
  const end = async (signal: NodeJS.Signals): Promise<void> => {
    if (running()) {
      // A paused server would not act on SIGTERM until it goes on.
      child.kill('SIGCONT');
      child.kill(signal);
    }
    await exited;
  };
  return {
    port,
    stop: () => end('SIGTERM'),
    kill: () => end('SIGKILL'),
    pause: () => void (running() && child.kill('SIGSTOP')),
    resume: () => void (running() && child.kill('SIGCONT')),
  };
}

async function startPrivateServer(logger: Logger): Promise<ProvidedRedis> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'lgsp-sim-redis-'));
  const server = await spawnRedisServer({ port, dir }).catch((error: unknown) => {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  });
  logger.info('started a private redis-server', { port, dir });
  return {
    url: `redis://127.0.0.1:${port}`,
    origin: 'private',
    stop: async () => {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Finds Redis: REDIS_URL when set; else 127.0.0.1:6379 when it answers; else a private
 * redis-server from PATH on a free port with a temporary directory, stopped on exit.
 */
export async function provideRedis(redisUrl: string | undefined, logger: Logger, options: { localPort?: number } = {}): Promise<ProvidedRedis> {
  const localPort = options.localPort ?? 6379;
  if (redisUrl) return { url: redisUrl, origin: 'REDIS_URL', stop: async () => undefined };
  if (await redisAnswers('127.0.0.1', localPort)) return { url: `redis://127.0.0.1:${localPort}`, origin: 'local', stop: async () => undefined };
  if (!redisServerOnPath()) throw new RedisUnavailableError(HOW_TO_GET_REDIS);
  return startPrivateServer(logger);
}
