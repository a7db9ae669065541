import { Command } from 'commander';
import { parseDuration } from '../sim/duration';
import { readScenarioFile } from '../sim/scenario-file';
import { SimControl, SimControlError, type ScenarioRule } from '../testing';

interface ConnectionOptions {
  url: string;
  adminToken?: string;
}

type Print = (line: string) => void;

/** What a sim subcommand does once connected; its result is printed as JSON. */
type Action = (sim: SimControl, positional: string[], options: Record<string, string | undefined>) => Promise<unknown>;

/**
 * `lgsp-sim sim …`: the simulation controls of a running simulator from a shell or a CI script.
 * Each command prints the simulator's answer as JSON and exits 0, or prints one line and exits 1.
 */
export function simCommand(
  print: Print = (line) => process.stdout.write(`${line}\n`),
  fail: Print = (line) => process.stderr.write(`${line}\n`),
): Command {
  const sim = new Command('sim')
    .description('control a running simulator: reset, fault scenarios, clock')
    .option('--url <url>', 'the simulator (default http://localhost:8080)', 'http://localhost:8080')
    .option('--admin-token <token>', 'admin credential (default env ADMIN_TOKEN, else dev-admin)');

  const run =
    (action: Action) =>
    async (...args: unknown[]): Promise<void> => {
      const command = args[args.length - 1] as Command;
      const options = command.optsWithGlobals<ConnectionOptions>();
      const control = new SimControl({ baseUrl: options.url, ...(options.adminToken ? { adminToken: options.adminToken } : {}) });
      try {
        const result = await action(control, args.slice(0, -2) as string[], command.opts());
        print(JSON.stringify(result ?? { ok: true }, null, 2));
      } catch (error) {
        const reason = error instanceof SimControlError ? error.message : `${(error as Error).message}`;
        fail(`lgsp-sim sim: ${reason}`);
        process.exitCode = 1;
      }
    };

  sim
    .command('reset')
    .description('back to the seed state: everything, or one service')
    .option('--service <code>', 'only this service, e.g. dkdn')
    .action(run((control, _, options) => control.reset(options.service)));

  const scenario = sim.command('scenario').description('fault rules');
  scenario
    .command('add <file>')
    .description('add the rules of a YAML or JSON file (one rule, a list, or rules: [...])')
    .action(run((control, [file]) => control.scenarios.add(readScenarioFile(file) as ScenarioRule[])));
  scenario
    .command('list')
    .description('list the rules with their hits and remaining counts')
    .action(run((control) => control.scenarios.list()));
  scenario
    .command('remove <id>')
    .description('remove one rule')
    .action(run((control, [id]) => control.scenarios.remove(id)));
  scenario
    .command('clear')
    .description('remove every rule')
    .action(run((control) => control.scenarios.clear()));

  const clock = sim.command('clock').description('simulation time');
  clock
    .command('get')
    .description('show the clock')
    .action(run((control) => control.clock.get()));
  clock
    .command('advance <duration>')
    .description('move time forward (2h, 30m, 90s, 1h30m), running the timers that fall due on the way')
    .action(run((control, [duration]) => control.clock.advance(parseDuration(duration))));
  clock
    .command('freeze')
    .description('stop time where it is')
    .action(run((control) => control.clock.freeze()));
  clock
    .command('set <iso>')
    .description('set the time, e.g. 2026-03-01T08:00:00+07:00')
    .action(run((control, [iso]) => control.clock.set(iso)));
  clock
    .command('resume')
    .description('let a frozen clock run on from where it stands')
    .action(run((control) => control.clock.resume()));
  clock
    .command('real')
    .description('back to real time')
    .action(run((control) => control.clock.real()));

  return sim;
}
