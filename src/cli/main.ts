import { join } from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import { ConfigError, loadConfig, type Config } from '../config/config';
import { isClusterChild, processCount, runServeCluster } from './serve-cluster';
import { simCommand } from './sim-command';
import { testCommand } from './test-command-cli';
import { verifyCommand } from './verify-command';
import { onDemand } from './on-demand';

/** The gateway, loaded when serve or worker runs (see on-demand.ts). */
const gateway = onDemand<typeof import('./serve')>(join(__dirname, 'serve'));

function port(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError('must be a port number (0-65535)');
  return n;
}

/** Reads the environment and the command's options into one validated config, or exits with one line. */
function configFrom(options: { port?: number; scenarios?: string }, extra: Partial<Config>): Config {
  try {
    return loadConfig(process.env, {
      ...(options.port !== undefined ? { port: options.port } : {}),
      ...(options.scenarios ? { scenariosFile: options.scenarios } : {}),
      ...extra,
    });
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`lgsp-sim: configuration error: ${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
}

export function buildProgram(): Command {
  const program = new Command('lgsp-sim')
    .description('A local simulator of a Vietnamese provincial integration platform (LGSP/NGSP) and its backends')
    .showHelpAfterError();

  program
    .command('serve')
    .description('run the gateway (HTTP API, native paths, admin and simulation controls)')
    .option('--with-workers', 'also run the queue workers in this process')
    .option('-p, --port <port>', 'HTTP port (env PORT, default 8080)', port)
    .option('--scenarios <file>', 'load fault scenarios from a YAML or JSON file at start')
    .option('--processes <n>', 'gateway processes sharing the port (a number, or auto: one per core)', processCount, 1)
    .action(async (options: { withWorkers?: boolean; port?: number; scenarios?: string; processes: number }) => {
      const config = configFrom(options, { withWorkers: Boolean(options.withWorkers) });
      if (options.processes > 1 && !isClusterChild()) await runServeCluster(config, options.processes);
      else await gateway().runServe(config, { mode: 'serve' });
    });

  program
    .command('worker')
    .description('run only the queue workers and timers (any number of them can share one Redis)')
    .action(async () => {
      await gateway().runServe(configFrom({}, { withWorkers: true }), { mode: 'worker' });
    });

  program.addCommand(simCommand());
  program.addCommand(testCommand());
  program.addCommand(verifyCommand());

  return program;
}

export async function main(argv: string[]): Promise<void> {
  await buildProgram().parseAsync(argv);
}
