#!/usr/bin/env node
'use strict';
// In a checkout (src/ and tsx present) run the TypeScript sources, so what runs is what you edited;
// an installed or built copy (Docker) runs the compiled dist/.
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..');
const source = join(root, 'src', 'cli', 'main.ts');
let entry = join(root, 'dist', 'src', 'cli', 'main.js');
if (existsSync(source)) {
  try {
    require('tsx/cjs');
    entry = source;
  } catch {
    // tsx is a development dependency; without it, fall back to the build.
  }
}
if (!existsSync(entry)) {
  process.stderr.write('lgsp-sim: nothing to run; install dependencies (npm ci) or build (npm run build)\n');
  process.exit(1);
}
require(entry)
  .main(process.argv)
  .catch((error) => {
    process.stderr.write(`lgsp-sim: ${error && error.message ? error.message : String(error)}\n`);
    process.exit(1);
  });
