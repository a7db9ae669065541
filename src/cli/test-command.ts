/**
 * `lgsp-sim test SUITE…`: validates every suite file first (one that does not fit the schema: exit
 * 2, with the path of each problem), then runs them against `--url` or a simulator of its own, with
 * the runner's callback receiver; prints progress and a summary, writes JUnit XML on `--junit`;
 * exit 0 when every case passed, 1 otherwise.
 */
import { readdirSync, statSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { ContractSuite } from '../generated/schema-types';
import { startCallbackReceiver } from '../contract/callback-receiver';
import { consoleReporter } from '../contract/console-reporter';
import { renderJunit } from '../contract/junit';
import type { RunReport } from '../contract/report';
import { totals } from '../contract/report';
import { SimulatorSession, type SimulatorTarget } from '../contract/simulator-target';
import { loadSuite, SuiteFileError } from '../contract/suite-file';
import { runSuite } from '../contract/suite-runner';
import { createOutboundClient } from '../outbound/http-client';
import { startEmbeddedSimulator, type EmbeddedSimulator } from './embedded-simulator';

export interface TestCommandOptions {
  suites: string[];
  url?: string;
  junit?: string;
  reset?: 'case' | 'suite' | 'none';
  /** Only cases whose "<suite> <case>" name matches this regular expression. */
  grep?: string;
  adminToken?: string;
  receiverHost?: string;
  receiverPort?: number;
  /** The receiver's URL as the simulator reaches it (a simulator in a container). */
  receiverUrl?: string;
  color?: boolean;
  /** Close the receiver and the simulator it started (and a private Redis) on SIGINT/SIGTERM, then exit 130. */
  handleSignals?: boolean;
  env?: NodeJS.ProcessEnv;
  write?: (text: string) => void;
}

/** Files named on the command line, and the *.yaml, *.yml and *.json files of named folders. */
export function suiteFiles(paths: readonly string[]): string[] {
  const out: string[] = [];
  const walk = (path: string): void => {
    let stat;
    try {
      stat = statSync(path);
    } catch {
      out.push(path); // loadSuite says it cannot be read.
      return;
    }
    if (!stat.isDirectory()) return void out.push(path);
    for (const name of readdirSync(path).sort()) {
      const child = join(path, name);
      if (statSync(child).isDirectory()) walk(child);
      else if (/\.(ya?ml|json)$/.test(name)) out.push(child);
    }
  };
  paths.forEach(walk);
  return out;
}

function targetFromEnv(url: string, env: NodeJS.ProcessEnv, adminToken?: string): SimulatorTarget {
  return {
    baseUrl: url.replace(/\/+$/, ''),
    adminToken: adminToken ?? env.ADMIN_TOKEN ?? 'dev-admin',
    devClient: {
      id: env.DEV_CLIENT_ID ?? 'dev-client',
      secret: env.DEV_CLIENT_SECRET ?? 'dev-secret',
      agency: env.DEV_CLIENT_AGENCY ?? '000.00.00.H30',
    },
    paygov: {
      partner: env.DEV_PAYGOV_PARTNER ?? 'dev-partner',
      secret: env.DEV_PAYGOV_SECRET ?? 'dev-paygov-secret',
      signing: 'sha256',
      ipnFieldOrder: 'paseto',
    },
  };
}

export async function runTestCommand(options: TestCommandOptions): Promise<{ exitCode: number; report?: RunReport }> {
  const write = options.write ?? ((text: string) => process.stdout.write(text));
  const env = options.env ?? process.env;
  const files = suiteFiles(options.suites);
  if (files.length === 0) {
    write('lgsp-sim test: no suite files found\n');
    return { exitCode: 2 };
  }
  const suites: { file: string; suite: ContractSuite }[] = [];
  const invalid: SuiteFileError[] = [];
  for (const file of files) {
    try {
      suites.push({ file, suite: loadSuite(file) });
    } catch (error) {
      if (error instanceof SuiteFileError) invalid.push(error);
      else throw error;
    }
  }
  if (invalid.length > 0) {
    for (const error of invalid) write(`${error.message}\n`);
    return { exitCode: 2 };
  }

  let grep: RegExp | undefined;
  try {
    grep = options.grep ? new RegExp(options.grep, 'i') : undefined;
  } catch (error) {
    write(`lgsp-sim test: --grep: ${(error as Error).message}\n`);
    return { exitCode: 2 };
  }
  const receiver = await startCallbackReceiver({
    ...(options.receiverHost ? { host: options.receiverHost } : {}),
    ...(options.receiverPort !== undefined ? { port: options.receiverPort } : {}),
    ...(options.receiverUrl ? { publicUrl: options.receiverUrl } : {}),
  });
  const http = createOutboundClient({ userAgent: 'lgsp-sim test' });
  let embedded: EmbeddedSimulator | undefined;
  const cleanup = async (): Promise<void> => {
    http.close();
    await receiver.close();
    await embedded?.close();
  };
  const onSignal = (): void => {
    write('\nlgsp-sim test: interrupted; stopping the simulator it started\n');
    void cleanup().finally(() => process.exit(130));
  };
  if (options.handleSignals) {
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
  }
  try {
    let target: SimulatorTarget;
    if (options.url) target = targetFromEnv(options.url, env, options.adminToken);
    else {
      embedded = await startEmbeddedSimulator({ env, receiverUrl: receiver.url });
      target = embedded.target;
    }
    write(
      `lgsp-sim test: ${suites.length} suite${suites.length === 1 ? '' : 's'} against ${target.baseUrl}${embedded ? ' (started for this run)' : ''}; callbacks to ${receiver.url}\n`,
    );
    const reporter = consoleReporter(write, { color: options.color ?? false });
    const session = new SimulatorSession(target, http);
    const report: RunReport = { suites: [] };
    for (const { file, suite } of suites) {
      report.suites.push(
        await runSuite(suite, file, {
          session,
          receiver,
          ...(options.reset ? { reset: options.reset } : {}),
          ...(grep ? { grep } : {}),
          progress: reporter,
        }),
      );
    }
    reporter.summary(report);
    if (options.junit) {
      await mkdir(dirname(options.junit), { recursive: true });
      await writeFile(options.junit, renderJunit(report, 'lgsp-sim test'));
      write(`JUnit report: ${options.junit}\n`);
    }
    return { exitCode: totals(report).failed > 0 ? 1 : 0, report };
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await cleanup();
  }
}
