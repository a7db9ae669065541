import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';

export interface Child {
  process: ChildProcess;
  /** Resolves with the first match of `pattern` on stdout. */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<RegExpMatchArray>;
  stop(): Promise<void>;
  /** Resident memory now, in MB (Linux /proc). */
  rssMb(): number | undefined;
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
  };
}
