/** The commander wiring of `lgsp-sim test` (the work is in test-command.ts). */
import { join } from 'node:path';
import { Command, InvalidArgumentError, Option } from 'commander';
import { onDemand } from './on-demand';

/** The runner, loaded when `lgsp-sim test` runs: the other commands do not load an embedded simulator. */
const work = onDemand<typeof import('./test-command')>(join(__dirname, 'test-command'));

function port(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError('must be a port number (0-65535)');
  return n;
}

/** An http(s) URL, or a usage error naming the option. */
export function httpUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new InvalidArgumentError('must be an http:// or https:// URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new InvalidArgumentError('must be an http:// or https:// URL');
  return value;
}

/** A usage mistake (an unknown option, a bad value) is exit 2, as a bad suite file is: nothing ran; 1 is for failed cases. */
export function usageExitCode2(command: Command): Command {
  return command.exitOverride((error) => process.exit(error.exitCode === 0 ? 0 : 2));
}

export function testCommand(): Command {
  const command = new Command('test')
    .description(
      'run contract suites (YAML or JSON; schemas/contract/suite.json) against a simulator; exit 0 all passed, 1 a case failed, 2 a suite file is invalid',
    )
    .argument('<suites...>', 'suite files, or folders of them')
    .option('--url <url>', 'a running simulator (default: start one in this process)', httpUrl)
    .option('--junit <file>', 'write a JUnit XML report')
    .addOption(
      new Option('--reset <when>', 'reset the simulator before each case or once per suite (overrides the file)').choices(['case', 'suite', 'none']),
    )
    .option('--grep <pattern>', 'run only cases whose "<suite> <case>" name matches (a regular expression, case-insensitive)')
    .option('--admin-token <token>', 'admin credential of the simulator at --url (default env ADMIN_TOKEN, else dev-admin)')
    .option('--receiver-host <host>', 'where the callback receiver listens (default 127.0.0.1)')
    .option('--receiver-port <port>', 'its port (default a free one)', port)
    .option('--receiver-url <url>', 'the receiver as the simulator reaches it (a simulator in a container)', httpUrl)
    .option('--no-color', 'plain output')
    .action(
      async (
        suites: string[],
        options: {
          url?: string;
          junit?: string;
          reset?: 'case' | 'suite' | 'none';
          grep?: string;
          adminToken?: string;
          receiverHost?: string;
          receiverPort?: number;
          receiverUrl?: string;
          color: boolean;
        },
      ) => {
        // Output piped into `head` that closes early must not kill the run before it cleans up.
        process.stdout.on('error', () => undefined);
        const { exitCode } = await work().runTestCommand({
          suites,
          ...options,
          color: options.color && Boolean(process.stdout.isTTY),
          handleSignals: true,
        });
        process.exit(exitCode);
      },
    );
  return usageExitCode2(command);
}
