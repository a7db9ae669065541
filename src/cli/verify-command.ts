/**
 * `lgsp-sim verify receiver`: the agency's side of a contract, reported like the suites (console,
 * `--junit`, exit 0 all rules held / 1 a rule broken).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Command, InvalidArgumentError, Option } from 'commander';
import { consoleReporter } from '../contract/console-reporter';
import { renderJunit } from '../contract/junit';
import { checkReceiver } from '../contract/receiver-checks';
import { RECEIVER_KINDS, type ReceiverKind } from '../contract/receiver-samples';
import { totals, type RunReport } from '../contract/report';
import { createOutboundClient } from '../outbound/http-client';
import { parseDuration } from '../sim/duration';

export interface VerifyReceiverOptions {
  url: string;
  kind: ReceiverKind;
  secret?: string;
  partner?: string;
  partnerSecret?: string;
  signing?: 'sha256' | 'hmac-sha256';
  ipnOrder?: 'paseto' | 'opencps';
  timeoutMs?: number;
  stateUrl?: string;
  junit?: string;
  write?: (text: string) => void;
}

export async function runVerifyReceiver(options: VerifyReceiverOptions): Promise<{ exitCode: number; report: RunReport }> {
  const write = options.write ?? ((text: string) => process.stdout.write(text));
  const http = createOutboundClient({ userAgent: 'lgsp-sim verify' });
  try {
    const reporter = consoleReporter(write);
    const suite = await checkReceiver({
      url: options.url,
      kind: options.kind,
      http,
      ...(options.secret ? { secret: options.secret } : {}),
      partner: {
        partner: options.partner ?? 'dev-partner',
        secret: options.partnerSecret ?? options.secret ?? 'dev-paygov-secret',
        signing: options.signing ?? 'sha256',
        ipnFieldOrder: options.ipnOrder ?? 'paseto',
      },
      ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
      ...(options.stateUrl ? { stateUrl: options.stateUrl } : {}),
    });
    reporter.suiteStarted?.(suite.name, suite.cases.length);
    suite.cases.forEach((c, i) => reporter.caseFinished?.(suite.name, c, i, suite.cases.length));
    const report = { suites: [suite] };
    reporter.summary(report);
    if (options.junit) {
      await mkdir(dirname(options.junit), { recursive: true });
      await writeFile(options.junit, renderJunit(report, 'lgsp-sim verify'));
    }
    return { exitCode: totals(report).failed ? 1 : 0, report };
  } finally {
    http.close();
  }
}

function duration(value: string): number {
  try {
    return parseDuration(value);
  } catch (error) {
    throw new InvalidArgumentError((error as Error).message);
  }
}

export function verifyCommand(): Command {
  const verify = new Command('verify').description('check the agency side of a contract');
  verify
    .command('receiver')
    .description('check an agency receiver of callbacks, status pushes or PayGov IPNs: signatures, idempotency, timeout, order')
    .requiredOption('--url <url>', 'the receiver')
    .addOption(new Option('--kind <kind>', 'what it receives').choices([...RECEIVER_KINDS]).makeOptionMandatory())
    .option('--secret <secret>', 'client secret for X-LGSP-Signature (default dev-secret); for paygov-ipn, the partner secret')
    .option('--partner <id>', 'PayGov MaDoiTac (default dev-partner)')
    .addOption(new Option('--signing <variant>', 'PayGov signing variant').choices(['sha256', 'hmac-sha256']))
    .addOption(new Option('--ipn-order <order>', 'PayGov IPN field order').choices(['paseto', 'opencps']))
    .option('--timeout <duration>', 'how long an answer may take (default 10s)', duration)
    .option('--state-url <url>', 'a URL answering the receiver state, compared around a redelivery')
    .option('--junit <file>', 'write a JUnit XML report')
    .action(async (o: { url: string; kind: ReceiverKind; secret?: string; partner?: string; signing?: 'sha256' | 'hmac-sha256'; ipnOrder?: 'paseto' | 'opencps'; timeout?: number; stateUrl?: string; junit?: string }) => {
      const { exitCode } = await runVerifyReceiver({ ...o, ...(o.timeout !== undefined ? { timeoutMs: o.timeout } : {}) });
      process.exit(exitCode);
    });
  return verify;
}
