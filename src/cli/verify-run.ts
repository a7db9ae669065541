/**
 * The work of `lgsp-sim verify receiver|provider`: the agency's side of a contract, reported like the
 * suites (console, `--junit`, exit 0 all rules held / 1 a rule broken). verify-command.ts wires it.
 */
import { consoleReporter, type ConsoleReporter } from '../contract/console-reporter';
import { renderJunit } from '../contract/junit';
import { checkProvider } from '../contract/provider-checks';
import { checkReceiver } from '../contract/receiver-checks';
import type { ReceiverKind } from '../contract/receiver-samples';
import { totals, type RunReport, type SuiteResult } from '../contract/report';
import { prepareReportFile, ReportFileError, writeReportFile } from '../contract/report-file';
import { loadContracts } from './contract-registry';
import { createOutboundClient } from '../outbound/http-client';

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

/** A --junit path that cannot be written, said before anything runs (exit 2); undefined when it can. */
async function unwritable(command: string, junit: string | undefined, write: (text: string) => void): Promise<true | undefined> {
  if (!junit) return undefined;
  try {
    await prepareReportFile(junit);
    return undefined;
  } catch (error) {
    if (!(error instanceof ReportFileError)) throw error;
    write(`lgsp-sim verify ${command}: --junit: ${error.message}\n`);
    return true;
  }
}

export async function runVerifyReceiver(options: VerifyReceiverOptions): Promise<{ exitCode: number; report?: RunReport }> {
  const write = options.write ?? ((text: string) => process.stdout.write(text));
  if (await unwritable('receiver', options.junit, write)) return { exitCode: 2 };
  const http = createOutboundClient({ userAgent: 'lgsp-sim verify' });
  const reporter = consoleReporter(write);
  try {
    const suite = await checkReceiver({
      progress: reporter,
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
    return await reportSuite(suite, reporter, write, options.junit);
  } finally {
    http.close();
  }
}

/** The summary and the JUnit report; the cases were shown as they finished. */
async function reportSuite(
  suite: SuiteResult,
  reporter: ConsoleReporter,
  write: (text: string) => void,
  junit?: string,
): Promise<{ exitCode: number; report: RunReport }> {
  const report = { suites: [suite] };
  reporter.summary(report);
  const exitCode = totals(report).failed ? 1 : 0;
  if (!junit) return { exitCode, report };
  try {
    await writeReportFile(junit, renderJunit(report, 'lgsp-sim verify'));
    write(`JUnit report: ${junit}\n`);
    return { exitCode, report };
  } catch (error) {
    if (!(error instanceof ReportFileError)) throw error;
    write(`lgsp-sim verify: ${error.message}\n`);
    return { exitCode: 2, report };
  }
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
  if (await unwritable('provider', options.junit, write)) return { exitCode: 2 };
  const operations = options.operations?.length ? all.filter((op) => options.operations?.includes(op.operation)) : all;
  const http = createOutboundClient({ userAgent: 'lgsp-sim verify' });
  const reporter = consoleReporter(write);
  try {
    const suite = await checkProvider({
      progress: reporter,
      service: options.service,
      url: options.url,
      operations,
      schemas,
      http,
      ...(options.token ? { token: options.token } : {}),
      ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
    });
    return await reportSuite(suite, reporter, write, options.junit);
  } finally {
    http.close();
  }
}
