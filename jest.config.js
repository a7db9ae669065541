/** Unit tests sit beside the code (*.test.ts); tests that need Redis, processes or a browser are *.e2e.test.ts. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/src', '<rootDir>/adapters', '<rootDir>/test', '<rootDir>/seeds'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' } }],
    // ESM-only packages (jose, openid-client and its oauth4webapi): Node 20 loads them with require(esm),
    // jest's module loader does not, so they are compiled to CommonJS like our own files.
    '^.+/node_modules/(jose|openid-client|oauth4webapi)/.+\\.js$': ['@swc/jest', { jsc: { target: 'es2022' }, module: { type: 'commonjs' } }],
  },
  transformIgnorePatterns: ['/node_modules/(?!(jose|openid-client|oauth4webapi)/)'],
  // Tests import the test client the way users do: `import { SimControl } from 'lgsp-sim/testing'`.
  moduleNameMapper: { '^lgsp-sim/testing$': '<rootDir>/src/testing/index.ts' },
  // A guard against hangs, not a performance check: spawning processes on a shared CI machine is slow.
  testTimeout: 60000,
  // Every response an end-to-end test receives must be one the OpenAPI document describes.
  setupFilesAfterEnv: ['<rootDir>/test/support/openapi-responses-setup.ts'],
  maxWorkers: 2,
};
