/**
 * The Docker image runs the compiled build with only what its final stage copies. This builds the
 * project as the image does (`tsc -p tsconfig.build.json`), lays out a folder from the Dockerfile's
 * own COPY lines, runs the image's CMD there as a real process and calls what users call first, so
 * a file the running service reads but the image lacks fails here rather than in `docker compose up`.
 * It also checks that the build stage copies what its `npm ci` runs, and that the npm package ships
 * the same files as the image. (No container runtime is needed: the layout, not the base image, is
 * what can go wrong.)
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { PEOPLE, v2Body } from '../judicial-records/lltp-fixtures';
import { pdfFacts } from '../support/pdf';
import { startNode } from '../support/process';
import { TEST_REDIS_URL, uniquePrefix, wipePrefix } from '../support/redis';

const ROOT = join(__dirname, '..', '..');

/** The final stage of the Dockerfile: what it copies from the build context, and its CMD. */
function finalStage(dockerfile: string): { copies: string[]; cmd: string[] } {
  const lines = dockerfile.split('\n').map((l) => l.trim());
  const stage = lines.slice(lines.map((l) => /^FROM\s/i.test(l)).lastIndexOf(true));
  const copies = stage.filter((l) => /^COPY\s/i.test(l) && !/--from=/i.test(l)).flatMap((l) => l.split(/\s+/).slice(1, -1));
  const cmdLine = stage.find((l) => /^CMD\s/i.test(l));
  if (!cmdLine) throw new Error('the Dockerfile has no CMD in its final stage');
  return { copies, cmd: JSON.parse(cmdLine.replace(/^CMD\s+/i, '')) as string[] };
}

/** What the build stage copies before it runs `npm ci`, which runs the package's own install scripts. */
function copiedBeforeInstall(dockerfile: string): string[] {
  const lines = dockerfile.split('\n').map((l) => l.trim());
  const install = lines.findIndex((l) => /^RUN\s+npm ci\b/.test(l));
  return lines
    .slice(0, install)
    .filter((l) => /^COPY\s/i.test(l) && !/--from=/i.test(l))
    .flatMap((l) => l.split(/\s+/).slice(1, -1));
}

describe('the Docker image layout (compiled build, only what the image copies)', () => {
  const prefix = uniquePrefix('image');
  const dir = mkdtempSync(join(tmpdir(), 'lgsp-image-'));
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await wipePrefix(prefix);
  });

  it('reads its CMD and COPY lines from the Dockerfile; the npm package ships the same files', () => {
    const { copies, cmd } = finalStage(readFileSync(join(ROOT, 'Dockerfile'), 'utf8'));
    expect(copies).toEqual(expect.arrayContaining(['package.json', 'schemas', 'seeds']));
    expect(cmd[0]).toBe('node');
    // Installed as another project's dependency it runs the same compiled layout (package.json "files").
    const { files } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { files: string[] };
    expect([...files].sort()).toEqual([...copies.filter((c) => c !== 'package.json'), 'dist'].sort());
  });

  it('the build stage copies the files its `npm ci` runs (the package\u2019s install scripts) before running it', () => {
    const before = copiedBeforeInstall(readFileSync(join(ROOT, 'Dockerfile'), 'utf8'));
    const { scripts } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    const needed = ['preinstall', 'install', 'postinstall', 'prepare'].flatMap((name) =>
      (scripts[name] ?? '').split(/\s+/).filter((word) => /^[\w./-]+\.[cm]?js$/.test(word)),
    );
    for (const file of needed)
      expect({ file, copied: before.some((c) => file === c || file.startsWith(`${c.replace(/\/$/, '')}/`)) }).toEqual({ file, copied: true });
  });

  it('starts from the compiled build and serves the API, the admin page with its assets, and a certificate PDF', async () => {
    const { copies, cmd } = finalStage(readFileSync(join(ROOT, 'Dockerfile'), 'utf8'));
    await promisify(execFile)(process.execPath, [
      join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'),
      '-p',
      join(ROOT, 'tsconfig.build.json'),
      '--outDir',
      join(dir, 'dist'),
      // The build's output without its type check, which `npm test` runs on its own (npm run typecheck).
      '--noCheck',
    ]);
    for (const path of copies) cpSync(join(ROOT, path), join(dir, path), { recursive: true });
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');

    const proc = startNode(cmd.slice(1), { PORT: '0', REDIS_URL: TEST_REDIS_URL, REDIS_PREFIX: prefix, NODE_ENV: 'production' }, dir);
    try {
      const [, url] = await proc.waitFor(/is up at (http:\/\/localhost:\d+)/, 30_000);
      const admin = { authorization: 'Bearer dev-admin' };
      expect((await fetch(`${url}/readyz`)).status).toBe(200);
      expect((await fetch(`${url}/api/v1/services`)).status).toBe(200);
      const page = await fetch(`${url}/admin`, { headers: admin });
      expect(page.status).toBe(200);
      for (const asset of ['overview.js', 'admin.css']) {
        const res = await fetch(`${url}/admin/assets/${asset}`, { headers: admin });
        expect({ asset, status: res.status, length: (await res.text()).length > 0 }).toEqual({ asset, status: 200, length: true });
      }
      expect((await fetch(`${url}/admin/queues`, { headers: admin })).status).toBe(200);
      expect((await fetch(`${url}/metrics`)).status).toBe(200);

      const token = (
        (await (
          await fetch(`${url}/token`, {
            method: 'POST',
            headers: {
              authorization: `Basic ${Buffer.from('dev-client:dev-secret').toString('base64')}`,
              'content-type': 'application/x-www-form-urlencoded',
            },
            body: 'grant_type=client_credentials',
          })
        ).json()) as { access_token: string }
      ).access_token;
      const lookup = await fetch(`${url}/apiCSDLDKDN/chiTietDoanhNghiep?msdn=0199990011`, { headers: { authorization: `Bearer ${token}` } });
      expect(lookup.status).toBe(200);
      expect(((await lookup.json()) as { Status: string }).Status).toBe('1');

      // A judicial-record certificate is a PDF drawn with the bundled font: that path works too.
      const json = { 'content-type': 'application/json' };
      const number = '000.00.01.H26-260115-0001';
      const sent = await fetch(`${url}/apiLyLichTuPhap/v2/nhanHoSo`, {
        method: 'POST',
        headers: json,
        body: JSON.stringify(v2Body(PEOPLE.clean, number)),
      });
      expect(await sent.text()).toMatch(/gửi thông tin thành công$/);
      expect(
        (await fetch(`${url}/sim/clock/advance`, { method: 'POST', headers: { ...admin, ...json }, body: JSON.stringify({ by: '2h' }) })).status,
      ).toBe(200);
      const polled = await fetch(`${url}/apiLyLichTuPhap/v2/layKetQua`, {
        method: 'POST',
        headers: json,
        body: JSON.stringify({ authKey: 'k', maTinh: '01', maHoSoMCDT: number }),
      });
      const item = ((await polled.json()) as { value: { trangThaiXuLy: string; ketQuaXuLy: { phieuLLTP: string } }[] }).value[0];
      expect(item?.trangThaiXuLy).toBe('9');
      expect(pdfFacts(Buffer.from(item?.ketQuaXuLy.phieuLLTP ?? '', 'base64'))).toMatchObject({ complete: true, pages: 1 });

      proc.child.kill('SIGTERM');
      expect(await proc.exited).toEqual({ code: 0, signal: null });
    } finally {
      proc.child.kill('SIGKILL');
    }
  }, 180_000);
});
