#!/usr/bin/env node
'use strict';
/**
 * npm's `prepare` step. Installed as a dependency of another project (from git, a path or a packed
 * tarball), lgsp-sim runs compiled: `lgsp-sim/testing` and the `lgsp-sim` CLI load dist/, so build it.
 * The clean install of a checkout (`npm ci`, the README's first command and CI) skips the build: a
 * checkout runs its TypeScript sources through tsx, and `npm run build` is there when dist/ is wanted.
 */
const { execFileSync } = require('node:child_process');
const { join } = require('node:path');

if (process.env.npm_command === 'ci') process.exit(0);
const tsc = require.resolve('typescript/bin/tsc');
execFileSync(process.execPath, [tsc, '-p', join(__dirname, '..', 'tsconfig.build.json')], { stdio: 'inherit' });
