import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Child {
  process: ChildProcess;
  /** Resolves with the first match of `pattern` on stdout. */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<RegExpMatchArray>;
  stop(): Promise<void>;
  /** Resident memory now, in MB (Linux /proc). */
  rssMb(): number | undefined;
  /** CPU time used so far (user + system), in ms (Linux /proc). */
  cpuMs(): number | undefined;
}

/** The node flags of `npm start` (its heap sizes), so a gateway is measured as users run it. */
export const START_NODE_FLAGS = (
  JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8')) as { scripts: { start: string } }
).scripts.start
  .split(/\s+/)
  .filter((word) => word.startsWith('--max-'));

const TICKS_PER_SECOND = 100;

/** Read and write system calls a process has made so far (Linux /proc/<pid>/io); undefined where it cannot be read. */
export function processSyscalls(pid: number | undefined): { reads: number; writes: number } | undefined {
  try {
    const io = readFileSync(`/proc/${pid}/io`, 'utf8');
    return { reads: Number(/syscr: (\d+)/.exec(io)?.[1]), writes: Number(/syscw: (\d+)/.exec(io)?.[1]) };
  } catch {
    return undefined;
  }
}

/** CPU time (user + system) a process has used, in ms, from /proc/<pid>/stat; undefined off Linux or once it is gone. */
export function processCpuMs(pid: number | undefined): number | undefined {
  try {
    // Fields after the command name (which may hold spaces, so cut at its closing parenthesis):
    // utime and stime are the 12th and 13th of them, in clock ticks (USER_HZ, 100 on Linux).
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
  } catch {
    return undefined;
  }
}

/**
 * Starts a node child (TypeScript through tsx) with extra environment. With BENCH_PROFILE_DIR set,
 * every child writes a V8 CPU profile there when it exits (summarise with bench/summarize-profile.ts).
 */
export function startChild(args: string[], env: Record<string, string>): Child {
  const profileDir = process.env.BENCH_PROFILE_DIR;
  const profiling = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
  const child = spawn(process.execPath, [...profiling, '--require', 'tsx/cjs', ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (err += d.toString()));
  return {
    process: child,
    waitFor: (pattern, timeoutMs = 30000) =>
      new Promise((resolve, reject) => {
        const timer = setInterval(() => {
          const match = out.match(pattern);
          if (match) {
            clearInterval(timer);
            clearTimeout(limit);
            resolve(match);
          } else if (child.exitCode !== null) {
            clearInterval(timer);
            clearTimeout(limit);
            reject(new Error(`${args.join(' ')} exited: ${out}\n${err}`));
          }
        }, 50);
        const limit = setTimeout(() => {
          clearInterval(timer);
          reject(new Error(`${args.join(' ')} did not print ${pattern}: ${out}\n${err}`));
        }, timeoutMs);
      }),
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(force);
    },
    rssMb: () => {
      try {
        const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        return match ? Number(match[1]) / 1024 : undefined;
      } catch {
        return undefined;
      }
    },
    cpuMs: () => processCpuMs(child.pid),
  };
}

/** The environment a bench starts the simulator's processes with: quiet logs, long-lived tokens. */
export function simulatorEnv(redisUrl: string, prefix: string, workerConcurrency: number): Record<string, string> {
  return {
    REDIS_URL: redisUrl,
    REDIS_PREFIX: prefix,
    PORT: '0',
    LOG_LEVEL: 'warn',
    LOG_FORMAT: 'json',
    WORKER_CONCURRENCY: String(workerConcurrency),
    TOKEN_TTL_SECONDS: '3600',
  };
}
