#!/usr/bin/env node
'use strict';
/**
 * The registry this project installs from lacks some platform builds of native optional
 * dependencies (e.g. @swc/core-darwin-arm64 at the version @swc/core asks for). npm then leaves
 * them out of package-lock.json, and `npm ci` refuses the lockfile as "Missing: … from lock file".
 * This script asks npm's own resolver which optional dependencies it cannot resolve and records
 * them in the lockfile as optional, platform-bound entries with no version, which is exactly what
 * `npm ci` expects to find; on this platform they are skipped like any foreign binary.
 * Run it after `npm install` changes the lockfile: `node scripts/complete-lockfile.js`.
 */
const { execFileSync } = require('node:child_process');
const { readFileSync, writeFileSync } = require('node:fs');
const { dirname, join } = require('node:path');

const npmRoot = dirname(dirname(require('node:fs').realpathSync(execFileSync('which', ['npm']).toString().trim())));
const Arborist = require(join(npmRoot, 'node_modules', '@npmcli', 'arborist'));
const registry = execFileSync('npm', ['config', 'get', 'registry'], { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();

const OS = ['darwin', 'linux', 'win32', 'android', 'freebsd', 'openharmony', 'sunos', 'aix'];
const CPU = ['arm64', 'x64', 'arm', 'ia32', 'ppc64', 's390x', 'riscv64', 'loong64', 'wasm32'];

async function main() {
  const root = process.cwd();
  const ideal = await new Arborist({ path: root, registry }).buildIdealTree();
  const lockPath = join(root, 'package-lock.json');
  const lock = JSON.parse(readFileSync(lockPath, 'utf8'));
  let added = 0;
  for (const [key, node] of ideal.inventory.entries()) {
    if (node.version || !node.optional || lock.packages[key]) continue;
    const parts = node.name.split('/').pop().split('-');
    const entry = { optional: true };
    const os = parts.find((p) => OS.includes(p));
    const cpu = parts.find((p) => CPU.includes(p));
    if (os) entry.os = [os];
    if (cpu) entry.cpu = [cpu];
    lock.packages[key] = entry;
    added++;
  }
  writeFileSync(lockPath, JSON.stringify(lock, null, 2) + '\n');
  process.stdout.write(`complete-lockfile: recorded ${added} unresolvable optional platform package(s)\n`);
}

main().catch((error) => {
  process.stderr.write(`complete-lockfile: ${error.message}\n`);
  process.exit(1);
});
