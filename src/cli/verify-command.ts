/**
 * The commander wiring of `lgsp-sim verify` (the work is in verify-run.ts, loaded when the command
 * runs, so the other commands do not load the contract checkers).
 */
import { join } from 'node:path';
import { Command, InvalidArgumentError, Option } from 'commander';
import { RECEIVER_KINDS, type ReceiverKind } from '../contract/receiver-samples';
import { parseDuration } from '../sim/duration';
import { onDemand } from './on-demand';
import { httpUrl, usageExitCode2 } from './test-command-cli';

/** The checkers, loaded when a verify command runs (see on-demand.ts). */
const work = onDemand<typeof import('./verify-run')>(join(__dirname, 'verify-run'));

function duration(value: string): number {
  try {
    return parseDuration(value);
  } catch (error) {
    throw new InvalidArgumentError((error as Error).message);
  }
}

export function verifyCommand(): Command {
  const verify = new Command('verify').description('check the agency side of a contract');
  usageExitCode2(verify)
    .command('receiver')
    .description('check an agency receiver of callbacks, status pushes or PayGov IPNs: signatures, idempotency, timeout, order')
    .requiredOption('--url <url>', 'the receiver', httpUrl)
    .addOption(new Option('--kind <kind>', 'what it receives').choices([...RECEIVER_KINDS]).makeOptionMandatory())
    .option('--secret <secret>', 'client secret for X-LGSP-Signature (default dev-secret); for paygov-ipn, the partner secret')
    .option('--partner <id>', 'PayGov MaDoiTac (default dev-partner)')
    .addOption(new Option('--signing <variant>', 'PayGov signing variant').choices(['sha256', 'hmac-sha256']))
    .addOption(new Option('--ipn-order <order>', 'PayGov IPN field order').choices(['paseto', 'opencps']))
    .option('--timeout <duration>', 'how long an answer may take (default 10s)', duration)
    .option('--state-url <url>', 'a URL answering the receiver state, compared around a redelivery', httpUrl)
    .option('--junit <file>', 'write a JUnit XML report')
    .action(
      async (o: {
        url: string;
        kind: ReceiverKind;
        secret?: string;
        partner?: string;
        signing?: 'sha256' | 'hmac-sha256';
        ipnOrder?: 'paseto' | 'opencps';
        timeout?: number;
        stateUrl?: string;
        junit?: string;
      }) => {
        const { exitCode } = await work().runVerifyReceiver({ ...o, ...(o.timeout !== undefined ? { timeoutMs: o.timeout } : {}) });
        process.exit(exitCode);
      },
    );
  usageExitCode2(verify)
    .command('provider')
    .description(
      "check an agency's implementation of a service contract: POST <url>/<operation> with schema-derived valid and invalid bodies; answers checked against the response schemas and the problem+json error envelope",
    )
    .requiredOption('--service <name>', 'the service whose contract it implements (e.g. bhxh)')
    .requiredOption('--url <url>', 'base URL of the provider', httpUrl)
    .option('--operation <name...>', 'only these operations')
    .option('--token <token>', 'a bearer token to send')
    .option('--timeout <duration>', 'how long an answer may take (default 10s)', duration)
    .option('--junit <file>', 'write a JUnit XML report')
    .action(async (o: { service: string; url: string; operation?: string[]; token?: string; timeout?: number; junit?: string }) => {
      const { exitCode } = await work().runVerifyProvider({
        service: o.service,
        url: o.url,
        ...(o.operation ? { operations: o.operation } : {}),
        ...(o.token ? { token: o.token } : {}),
        ...(o.timeout !== undefined ? { timeoutMs: o.timeout } : {}),
        ...(o.junit ? { junit: o.junit } : {}),
      });
      process.exit(exitCode);
    });
  return verify;
}
