'use strict';
// `npm test`: the static checks (`npm run checks`: types, generated types, dependency rules, lint,
// formatting) and jest run side by side rather than one after the other: jest's end-to-end tests
// spend much of their time waiting on Redis, processes and browsers, which the checks' CPU fills.
// Jest's output streams as it runs; the checks' output is printed once they end. Arguments go to
// jest (`npm test -- test/delivery`). Exits non-zero when either failed.
const { spawn } = require('node:child_process');

const checks = spawn('npm', ['run', '--silent', 'checks'], { stdio: ['ignore', 'pipe', 'pipe'] });
let checksOutput = '';
checks.stdout.on('data', (chunk) => (checksOutput += chunk));
checks.stderr.on('data', (chunk) => (checksOutput += chunk));
const jest = spawn(process.execPath, [require.resolve('jest/bin/jest'), ...process.argv.slice(2)], { stdio: 'inherit' });

const exited = (child) => new Promise((resolve) => child.once('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0))));
Promise.all([exited(checks), exited(jest)]).then(([checksCode, jestCode]) => {
  process.stdout.write(`\n${checksOutput.trim()}\nstatic checks (npm run checks): ${checksCode === 0 ? 'passed' : `FAILED (exit ${checksCode})`}\n`);
  process.exit(checksCode !== 0 ? checksCode : jestCode);
});
