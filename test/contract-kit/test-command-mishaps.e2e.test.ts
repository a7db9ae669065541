import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { createServer as createHttpServer } from 'node:http';
import { createServer, Socket, type AddressInfo, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startCli } from '../support/process';
import { TEST_REDIS_URL } from '../support/redis';

/**
 * `lgsp-sim test` as CI and people break it: Ctrl-C mid-run, a report path that cannot be written, a
 * --url where nothing answers, folders with a dangling link, a --grep that matches nothing, two files
 * of one suite name, a receiver port already taken. Real processes; exit codes and files.
 */
const SLOW = `name: slow
cases:
  - name: quick one
    steps:
      - send: { path: /livez }
        expect: { status: 200 }
  - name: waits for a callback that never comes
    steps:
      - callback: { match: { $.never: true }, timeout: 60s }
  - name: never reached
    steps:
      - send: { path: /livez }
`;

const ONE = (name: string): string => `name: ${name}\ncases:\n  - name: c\n    steps:\n      - send: { path: /livez }\n`;

/** A TCP server that takes connections and never answers (a hung host); closes what it took. */
async function silentServer(): Promise<{ url: string; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('error', () => undefined);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise((resolve) => {
        sockets.forEach((s) => s.destroy());
        server.close(() => resolve());
      }),
  };
}

/** Whether anything accepts a connection at `url` now. */
function listening(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = new Socket();
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
    socket.connect(Number(port), hostname);
  });
}

describe('lgsp-sim test when things go wrong', () => {
  let dir: string;
  const env = { REDIS_URL: TEST_REDIS_URL };
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'lgsp-test-mishaps-'));
    await writeFile(join(dir, 'slow.yaml'), SLOW);
    await writeFile(join(dir, 'one.yaml'), ONE('one'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('Ctrl-C mid-run: exit 130, a JUnit report as far as it got, and the simulator and receiver it started are gone', async () => {
    const junit = join(dir, 'interrupted', 'junit.xml');
    const run = startCli(['test', join(dir, 'slow.yaml'), join(dir, 'one.yaml'), '--junit', junit], env);
    const [, simulator, receiver] = await run.waitFor(/against (http:\/\/\S+) \(started for this run\); callbacks to (http:\/\/\S+)/);
    await run.waitFor(/\[1\/3\] quick one/);
    run.child.kill('SIGINT');
    expect(await run.exited).toEqual({ code: 130, signal: null });
    expect(run.stdout()).toContain('lgsp-sim test: interrupted (SIGINT); stopping the simulator it started');
    expect(run.stdout()).toMatch(/4 cases: 1 passed, 1 failed, 2 skipped/);
    expect(run.stderr()).toBe('');
    const xml = await readFile(junit, 'utf8');
    expect(xml).toContain('<testsuites name="lgsp-sim test" tests="4" failures="1" errors="0" skipped="2"');
    expect(xml).toMatch(/name="quick one" time="[\d.]+" file="[^"]+"\/>/);
    expect(xml).toMatch(/name="waits for a callback that never comes"[^>]*>\n\s+<failure message="the case: interrupted \(SIGINT\)"/);
    expect(xml).toMatch(/name="never reached"[^>]*>\n\s+<skipped message="not run: interrupted \(SIGINT\)"\/>/);
    expect(xml).toMatch(/<testsuite name="one" tests="1" failures="0" errors="0" skipped="1"/);
    expect(await listening(String(simulator))).toBe(false);
    expect(await listening(String(receiver))).toBe(false);
  });

  it('a --junit path that cannot be written is exit 2 before anything runs', async () => {
    await writeFile(join(dir, 'a-file'), 'x');
    for (const [path, why] of [
      [join(dir, 'a-file', 'junit.xml'), 'a part of the path is a file, not a folder'],
      [dir, 'it is a folder'],
    ] as const) {
      const run = startCli(['test', join(dir, 'one.yaml'), '--url', 'http://127.0.0.1:9', '--junit', path], env);
      expect((await run.exited).code).toBe(2);
      expect(run.stdout()).toBe(`lgsp-sim test: --junit: cannot write the report to ${path}: ${why}\n`);
    }
    const verify = startCli(['verify', 'receiver', '--url', 'http://127.0.0.1:9/hooks', '--kind', 'callback', '--junit', dir], env);
    expect((await verify.exited).code).toBe(2);
    expect(verify.stdout()).toBe(`lgsp-sim verify receiver: --junit: cannot write the report to ${dir}: it is a folder\n`);
  });

  it('SIGTERM (a CI job cancelled) is the same, with exit 143', async () => {
    const junit = join(dir, 'terminated.xml');
    const run = startCli(['test', join(dir, 'slow.yaml'), '--junit', junit], env);
    await run.waitFor(/\[1\/3\] quick one/);
    run.child.kill('SIGTERM');
    expect(await run.exited).toEqual({ code: 143, signal: null });
    expect(await readFile(junit, 'utf8')).toContain('<failure message="the case: interrupted (SIGTERM)"');
  });

  it('invalid suite files are exit 2, and with --junit CI sees them in the report, each file a failed case', async () => {
    const bad = join(dir, 'bad.yaml');
    await writeFile(bad, 'name: bad\ncases:\n  - name: c\n    stepz: []\n');
    const junit = join(dir, 'invalid.xml');
    const run = startCli(['test', bad, join(dir, 'one.yaml'), '--junit', junit], env);
    expect((await run.exited).code).toBe(2);
    expect(run.stdout()).toBe(
      `${bad} is not a valid contract suite:\n  cases[0].steps is required (line 3)\n  cases[0].stepz is not a known field (line 4)\n`,
    );
    const xml = await readFile(junit, 'utf8');
    expect(xml).toContain('<testsuites name="lgsp-sim test" tests="1" failures="1" errors="0" skipped="0"');
    expect(xml).toContain(`<failure message="${bad}: cases[0].steps is required (line 3)" type="AssertionError">`);
    expect(xml).toContain('cases[0].stepz is not a known field (line 4)</failure>');
  });

  it('a --url where nothing answers is one message and every case failed in the report, not a minute per case', async () => {
    const silent = await silentServer();
    try {
      const junit = join(dir, 'unreachable.xml');
      const run = startCli(['test', join(dir, 'slow.yaml'), '--url', silent.url, '--junit', junit], env);
      expect((await run.exited).code).toBe(1);
      expect(run.stdout()).toContain(`before the run: cannot reach the simulator at ${silent.url}: no answer within 10000 ms`);
      expect(run.stdout()).toMatch(/3 cases: 0 passed, 3 failed/);
      expect((await readFile(junit, 'utf8')).match(/<failure message="before the run: cannot reach the simulator/g)).toHaveLength(3);
    } finally {
      await silent.close();
    }
  });

  it('something else at --url (not lgsp-sim) is said so', async () => {
    const other = createHttpServer((_req, res) => res.writeHead(404).end());
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(other.address() as AddressInfo).port}`;
      const run = startCli(['test', join(dir, 'one.yaml'), '--url', url], env);
      expect((await run.exited).code).toBe(1);
      expect(run.stdout()).toContain(`cannot reach the simulator at ${url}: GET /livez answered 404, not 200: is it lgsp-sim?`);
    } finally {
      await new Promise((resolve) => other.close(resolve));
    }
  });

  it('a dangling link in a suite folder is exit 2 naming it, not a crash', async () => {
    const folder = join(dir, 'with-link');
    await mkdir(folder);
    await writeFile(join(folder, 'one.yaml'), ONE('linked'));
    await symlink(join(dir, 'nowhere.yaml'), join(folder, 'gone.yaml'));
    const run = startCli(['test', folder, '--url', 'http://127.0.0.1:9'], env);
    expect((await run.exited).code).toBe(2);
    expect(run.stdout()).toMatch(/gone\.yaml is not a valid contract suite:\n\s+\(file\): cannot be read: ENOENT/);
    expect(run.stderr()).toBe('');
  });

  it('a --grep that matches no case, or two files of one suite name, is exit 2 and nothing runs', async () => {
    const grep = startCli(['test', join(dir, 'one.yaml'), '--grep', 'no such case', '--url', 'http://127.0.0.1:9'], env);
    expect((await grep.exited).code).toBe(2);
    expect(grep.stdout()).toBe('lgsp-sim test: --grep no such case matches no case of 1 suite; nothing to run\n');

    await writeFile(join(dir, 'again.yaml'), ONE('one'));
    const twice = startCli(['test', join(dir, 'one.yaml'), join(dir, 'again.yaml'), join(dir, 'one.yaml'), '--url', 'http://127.0.0.1:9'], env);
    expect((await twice.exited).code).toBe(2);
    expect(twice.stdout()).toBe(
      `${join(dir, 'again.yaml')} is not a valid contract suite:\n  name "one" is already the name of the suite in ${join(dir, 'one.yaml')}\n`,
    );
  });

  it('a usage mistake (a --url that is not a URL, an unknown option value) is exit 2, not the 1 of a failed case', async () => {
    const url = startCli(['test', join(dir, 'one.yaml'), '--url', 'localhost:8080'], env);
    expect((await url.exited).code).toBe(2);
    expect(url.stderr()).toContain("error: option '--url <url>' argument 'localhost:8080' is invalid. must be an http:// or https:// URL");
    const reset = startCli(['test', join(dir, 'one.yaml'), '--reset', 'sometimes'], env);
    expect((await reset.exited).code).toBe(2);
    const verify = startCli(['verify', 'provider', '--service', 'bhxh', '--url', 'nope'], env);
    expect((await verify.exited).code).toBe(2);
    expect(verify.stderr()).toContain("argument 'nope' is invalid. must be an http:// or https:// URL");
  });

  it('a --receiver-port already taken is exit 2 saying so', async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    try {
      const port = (taken.address() as AddressInfo).port;
      const run = startCli(['test', join(dir, 'one.yaml'), '--receiver-port', String(port), '--url', 'http://127.0.0.1:9'], env);
      expect((await run.exited).code).toBe(2);
      expect(run.stdout()).toBe(`lgsp-sim test: the callback receiver cannot listen on 127.0.0.1:${port}: EADDRINUSE\n`);
    } finally {
      await new Promise((resolve) => taken.close(resolve));
    }
  });
});
