/**
 * `lgsp-sim verify receiver`: the agency's side of a contract, reported like the suites (console,
 * `--junit`, exit 0 all rules held / 1 a rule broken).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Command, InvalidArgumentError, Option } from 'commander';
import { consoleReporter } from '../contract/console-reporter';
import { renderJunit } from '../contract/junit';
import { checkProvider } from '../contract/provider-checks';
import { checkReceiver } from '../contract/receiver-checks';
import { RECEIVER_KINDS, type ReceiverKind } from '../contract/receiver-samples';
import { totals, type RunReport, type SuiteResult } from '../contract/report';
import { loadContracts } from './contract-registry';
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
    return await reportSuite(suite, write, options.junit);
  } finally {
    http.close();
  }
}

async function reportSuite(suite: SuiteResult, write: (text: string) => void, junit?: string): Promise<{ exitCode: number; report: RunReport }> {
  const reporter = consoleReporter(write);
  reporter.suiteStarted?.(suite.name, suite.cases.length);
  suite.cases.forEach((c, i) => reporter.caseFinished?.(suite.name, c, i, suite.cases.length));
  const report = { suites: [suite] };
  reporter.summary(report);
  if (junit) {
    await mkdir(dirname(junit), { recursive: true });
    await writeFile(junit, renderJunit(report, 'lgsp-sim verify'));
  }
  return { exitCode: totals(report).failed ? 1 : 0, report };
}

export interface VerifyProviderOptions {
  service: string;
  url: string;
  /** Only these operations (default every operation of the service). */
  operations?: string[];
  token?: string;
  timeoutMs?: number;
  junit?: string;
  write?: (text: string) => void;
}

export async function runVerifyProvider(options: VerifyProviderOptions): Promise<{ exitCode: number; report?: RunReport }> {
  const write = options.write ?? ((text: string) => process.stdout.write(text));
  const { registry, schemas } = loadContracts();
  const adapter = registry.adapters().find((a) => a.manifest.service === options.service);
  if (!adapter) {
    write(`lgsp-sim verify provider: no service "${options.service}" (known: ${registry.services().join(', ')})\n`);
    return { exitCode: 2 };
  }
  const all = adapter.manifest.operations;
  const unknown = (options.operations ?? []).filter((name) => !all.some((op) => op.operation === name));
  if (unknown.length) {
    write(
      `lgsp-sim verify provider: ${options.service} has no operation ${unknown.join(', ')} (known: ${all.map((op) => op.operation).join(', ')})\n`,
    );
    return { exitCode: 2 };
  }
  const operations = options.operations?.length ? all.filter((op) => options.operations?.includes(op.operation)) : all;
  const http = createOutboundClient({ userAgent: 'lgsp-sim verify' });
  try {
    const suite = await checkProvider({
      service: options.service,
      url: options.url,
      operations,
      schemas,
      http,
      ...(options.token ? { token: options.token } : {}),
      ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
    });
    return await reportSuite(suite, write, options.junit);
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
        const { exitCode } = await runVerifyReceiver({ ...o, ...(o.timeout !== undefined ? { timeoutMs: o.timeout } : {}) });
        process.exit(exitCode);
      },
    );
  verify
    .command('provider')
    .description(
      "check an agency's implementation of a service contract: POST <url>/<operation> with schema-derived valid and invalid bodies; answers checked against the response schemas and the problem+json error envelope",
    )
    .requiredOption('--service <name>', 'the service whose contract it implements (e.g. bhxh)')
    .requiredOption('--url <url>', 'base URL of the provider')
    .option('--operation <name...>', 'only these operations')
    .option('--token <token>', 'a bearer token to send')
    .option('--timeout <duration>', 'how long an answer may take (default 10s)', duration)
    .option('--junit <file>', 'write a JUnit XML report')
    .action(async (o: { service: string; url: string; operation?: string[]; token?: string; timeout?: number; junit?: string }) => {
      const { exitCode } = await runVerifyProvider({
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
