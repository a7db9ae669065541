/**
 * `lgsp-sim test SUITE…`: checks the input first (a suite file that does not fit the schema, a
 * --junit path that cannot be written, a --grep that matches nothing: exit 2, nothing runs), then
 * runs the suites against `--url` (checked to answer first) or a simulator of its own, with the
 * runner's callback receiver; prints progress and a summary, writes JUnit XML on `--junit`; exit 0
 * when every case passed, 1 otherwise. SIGINT/SIGTERM write the report so far and exit 130/143.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ContractSuite } from '../generated/schema-types';
import { startCallbackReceiver, type CallbackReceiver } from '../contract/callback-receiver';
import { consoleReporter } from '../contract/console-reporter';
import { renderJunit } from '../contract/junit';
import { everyCaseFailed, invalidSuites, RunProgress } from '../contract/partial-report';
import type { Progress, RunReport } from '../contract/report';
import { prepareReportFile, ReportFileError, writeReportFile } from '../contract/report-file';
import { totals } from '../contract/report';
import { SimulatorSession, type SimulatorTarget } from '../contract/simulator-target';
import { loadSuite, SuiteFileError } from '../contract/suite-file';
import { isChosen, runSuite } from '../contract/suite-runner';
import { createOutboundClient } from '../outbound/http-client';
import type { EmbeddedSimulator } from './embedded-simulator';
import { onDemand } from './on-demand';

/** The simulator a run without --url starts: the whole gateway, loaded only for such a run. */
const embeddedSimulator = onDemand<typeof import('./embedded-simulator')>(join(__dirname, 'embedded-simulator'));

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

/** Files named on the command line, and the *.yaml, *.yml and *.json files of named folders; each once. */
export function suiteFiles(paths: readonly string[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const add = (path: string): void => {
    if (!seen.has(resolve(path))) out.push(path);
    seen.add(resolve(path));
  };
  const isFolder = (path: string): boolean => {
    try {
      return statSync(path).isDirectory();
    } catch {
      return false; // loadSuite says why it cannot be read (a dangling link, say).
    }
  };
  const walk = (path: string, named: boolean): void => {
    if (!isFolder(path)) return void (named || /\.(ya?ml|json)$/i.test(path) ? add(path) : undefined);
    let names: string[];
    try {
      names = readdirSync(path).sort();
    } catch {
      return void add(path);
    }
    for (const name of names) walk(join(path, name), false);
  };
  for (const path of paths) walk(path, true);
  return out;
}

/** Two files of one suite name would report their cases under one JUnit class, mixed together. */
function sameSuiteNames(suites: readonly { file: string; suite: ContractSuite }[]): SuiteFileError[] {
  return suites.flatMap(({ file, suite }, index) => {
    const earlier = suites.slice(0, index).find((s) => s.suite.name === suite.name);
    return earlier
      ? [new SuiteFileError(file, [{ path: 'name', message: `name "${suite.name}" is already the name of the suite in ${earlier.file}` }])]
      : [];
  });
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
  if (options.junit) {
    try {
      await prepareReportFile(options.junit);
    } catch (error) {
      if (!(error instanceof ReportFileError)) throw error;
      write(`lgsp-sim test: --junit: ${error.message}\n`);
      return { exitCode: 2 };
    }
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
  invalid.push(...sameSuiteNames(suites));
  if (invalid.length > 0) {
    for (const error of invalid) write(`${error.message}\n`);
    // CI shows the report, not always the log: the invalid files are in it, each a failed case.
    if (options.junit) await writeReportFile(options.junit, renderJunit(invalidSuites(invalid), 'lgsp-sim test')).catch(() => undefined);
    return { exitCode: 2 };
  }

  let grep: RegExp | undefined;
  try {
    grep = options.grep ? new RegExp(options.grep, 'i') : undefined;
  } catch (error) {
    write(`lgsp-sim test: --grep: ${(error as Error).message}\n`);
    return { exitCode: 2 };
  }
  if (grep && !suites.some(({ suite }) => suite.cases.some((c) => isChosen(suite, c, grep)))) {
    write(`lgsp-sim test: --grep ${options.grep} matches no case of ${suites.length} suite${suites.length === 1 ? '' : 's'}; nothing to run\n`);
    return { exitCode: 2 };
  }
  let receiver: CallbackReceiver;
  try {
    receiver = await startCallbackReceiver({
      ...(options.receiverHost ? { host: options.receiverHost } : {}),
      ...(options.receiverPort !== undefined ? { port: options.receiverPort } : {}),
      ...(options.receiverUrl ? { publicUrl: options.receiverUrl } : {}),
    });
  } catch (error) {
    const where = `${options.receiverHost ?? '127.0.0.1'}:${options.receiverPort ?? 0}`;
    write(`lgsp-sim test: the callback receiver cannot listen on ${where}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}\n`);
    return { exitCode: 2 };
  }
  const http = createOutboundClient({ userAgent: 'lgsp-sim test' });
  let embedded: EmbeddedSimulator | undefined;
  let starting: Promise<EmbeddedSimulator> | undefined;
  let closing: Promise<void> | undefined;
  const cleanup = (): Promise<void> =>
    (closing ??= (async () => {
      http.close();
      await receiver.close();
      // Interrupted while it starts: wait for it, so its keys and a private redis-server go too.
      await (embedded ?? (await starting?.catch(() => undefined)))?.close();
    })());
  const progress = new RunProgress(suites, grep);
  const finish = async (report: RunReport, exitCode: number): Promise<number> => {
    if (!options.junit) return exitCode;
    try {
      await writeReportFile(options.junit, renderJunit(report, 'lgsp-sim test'));
      write(`JUnit report: ${options.junit}\n`);
      return exitCode;
    } catch (error) {
      if (!(error instanceof ReportFileError)) throw error;
      write(`lgsp-sim test: ${error.message}\n`);
      return 2;
    }
  };
  // After an interrupt the case in flight goes on until the process exits; what it prints is not
  // wanted, and the run must not end on its own (the signal handler writes the report and exits).
  let interrupted = false;
  const parked = new Promise<never>(() => undefined);
  const out = (text: string): void => {
    if (!interrupted) write(text);
  };
  const reporter = consoleReporter(out, { color: options.color ?? false });
  const onSignal = (signal: NodeJS.Signals): void => {
    if (interrupted) return;
    out(`\nlgsp-sim test: interrupted (${signal}); ${starting ? 'stopping the simulator it started' : 'stopping'}\n`);
    const report = progress.interrupted(`interrupted (${signal})`);
    reporter.summary(report);
    interrupted = true;
    const code = signal === 'SIGTERM' ? 143 : 130;
    // A simulator that will not stop must not keep the process: a CI job's cancel has a deadline.
    setTimeout(() => process.exit(code), 15_000).unref();
    void finish(report, code)
      .then(cleanup)
      .finally(() => process.exit(code));
  };
  if (options.handleSignals) {
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
  }
  try {
    let target: SimulatorTarget;
    if (options.url) target = targetFromEnv(options.url, env, options.adminToken);
    else {
      starting = embeddedSimulator().startEmbeddedSimulator({ env, receiverUrl: receiver.url });
      embedded = await starting;
      target = embedded.target;
    }
    out(
      `lgsp-sim test: ${suites.length} suite${suites.length === 1 ? '' : 's'} against ${target.baseUrl}${embedded ? ' (started for this run)' : ''}; callbacks to ${receiver.url}\n`,
    );
    const session = new SimulatorSession(target, http);
    const down = embedded ? undefined : await session.unreachable();
    if (down) {
      const failure = { where: 'before the run', message: `cannot reach the simulator at ${target.baseUrl}: ${down}` };
      const report = everyCaseFailed(suites, grep, failure);
      out(`${failure.where}: ${failure.message}\n`);
      reporter.summary(report);
      if (interrupted) await parked;
      return { exitCode: await finish(report, 1), report };
    }
    const report: RunReport = { suites: [] };
    const both: Progress = {
      suiteStarted: (name, cases) => (progress.suiteStarted(), reporter.suiteStarted?.(name, cases)),
      caseFinished: (suite, result, index, of) => (progress.caseFinished(suite, result), reporter.caseFinished?.(suite, result, index, of)),
    };
    for (const { file, suite } of suites) {
      const result = await runSuite(suite, file, {
        session,
        receiver,
        ...(options.reset ? { reset: options.reset } : {}),
        ...(grep ? { grep } : {}),
        progress: both,
      });
      progress.suiteFinished(result);
      report.suites.push(result);
    }
    if (interrupted) await parked;
    reporter.summary(report);
    return { exitCode: await finish(report, totals(report).failed > 0 ? 1 : 0), report };
  } catch (error) {
    if (interrupted) await parked; // the case in flight broke as the simulator stopped: the handler exits
    throw error;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    if (!interrupted) await cleanup();
  }
}
