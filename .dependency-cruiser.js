/**
 * The import directions of docs/DESIGN (README "Which way the imports run"), checked by
 * `npm run lint:deps` and therefore by `npm test`. A rule names the arrow it forbids; each known
 * exception is written out with the reason it cannot be removed yet, so the rule still guards
 * every other file.
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'An import cycle makes start-up order matter and hides which part owns a concept.',
      from: {},
      to: { circular: true, dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'core-imports-only-core',
      severity: 'error',
      comment:
        'src/core is the centre: it declares ports and knows no transport, store or feature. It may use node built-ins, ajv (docs/adr: ajv in core) and the generated schema types.',
      from: { path: '^src/core/' },
      to: {
        // Unit tests beside core code may use the shared port contracts and the fakes' wiring in test/support.
        pathNot: ['^src/core/', '^src/generated/', '^node_modules/(ajv|ajv-formats)/', '^test/support/([^/]+-contract|fake-[^/]+)\\.ts$'],
        dependencyTypesNot: ['core'],
      },
    },
    {
      name: 'core-knows-no-framework',
      severity: 'error',
      comment: 'No express, BullMQ, ioredis or winston in core: those live behind the ports.',
      from: { path: '^src/core/' },
      to: { path: '^node_modules/(express|bullmq|ioredis|winston)/' },
    },
    {
      name: 'adapters-import-core-shared-own',
      severity: 'error',
      comment:
        'A backend imports src/core, adapters/shared, the generated schema types, its own folder and its own seed files; anything else (settings, reference data, the seed folder) reaches it through AdapterDeps. Exceptions are listed in pathNot below, each with why.',
      from: { path: '^adapters/([^/]+)/', pathNot: ['^adapters/shared/', '\\.test\\.ts$'] },
      to: {
        pathNot: [
          '^adapters/$1/',
          '^adapters/shared/',
          '^src/core/',
          '^src/generated/',
          '^node_modules/',
          // Seed files of the backend's own data (seeds/<backend>/...) and the shared catalogues
          // module seeds/catalogs: reference data, read at start and re-applied by a reset.
          '^seeds/catalogs',
          '^seeds/(budget-units|health-insurance|legal-documents)/',
          // Reference data shapes (Citizen, Enterprise, ReferenceData...): type-only, see the
          // rule adapters-take-seed-types-only, which keeps every value import out.
          '^src/seed/(types|reference-data)\\.ts$',
        ],
        dependencyTypesNot: ['core'],
      },
    },
    {
      name: 'adapters-take-seed-types-only',
      severity: 'error',
      comment: 'Backends see the shapes of the reference data, never the generator: no value import from src/seed/types or src/seed/reference-data.',
      from: { path: '^adapters/[^/]+/', pathNot: '\\.test\\.ts$' },
      to: { path: '^src/seed/(types|reference-data)\\.ts$', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'shared-adapter-code-imports-core-only',
      severity: 'error',
      comment: 'adapters/shared is used by every backend, so it may not depend on one of them.',
      from: { path: '^adapters/shared/', pathNot: '\\.test\\.ts$' },
      to: {
        pathNot: [
          '^adapters/shared/',
          '^src/core/',
          '^src/generated/',
          '^node_modules/',
          // Reference data shapes, type-only (rule adapters-take-seed-types-only); AdapterDeps names them.
          '^src/seed/(types|reference-data)\\.ts$',
        ],
        dependencyTypesNot: ['core'],
      },
    },
    {
      name: 'store-records-only',
      severity: 'error',
      comment: 'src/store implements the ports of core with Redis; it records, lists and clears, and knows no feature (simulation, HTTP, queue).',
      from: { path: '^src/store/', pathNot: '\\.test\\.ts$' },
      to: {
        path: '^src/(sim|http|queue|cli|contract|asyncapi|openapi)/',
      },
    },
    {
      name: 'simulation-works-on-ports',
      severity: 'error',
      comment:
        'The simulation uses the ports of core (Journal, TimerStore, ScenarioStore, SimulationClock); only its composition root, create-simulation.ts, names the Redis stores, so its services run on the in-memory fakes in unit tests.',
      from: { path: '^src/sim/', pathNot: ['^src/sim/create-simulation\\.ts$', '\\.test\\.ts$'] },
      to: { path: ['^src/store/redis-(journal|scheduler|message-store|state-store|token-store)\\.ts$', '^src/sim/redis-scenario-store\\.ts$'] },
    },
    {
      name: 'only-cli-and-index-import-app',
      severity: 'error',
      comment: 'src/app is the one composition root; nothing but the entry points (and tests, which build the app the same way) may import it.',
      from: { pathNot: ['^src/app/', '^src/cli/', '^src/index\\.ts$', '^test/', '\\.test\\.ts$', '^bench/', '^scripts/'] },
      to: { path: '^src/app/' },
    },
    {
      name: 'nothing-imports-tests',
      severity: 'error',
      comment: 'Production code never imports a test or test support file.',
      from: { pathNot: ['^test/', '\\.test\\.ts$', '^bench/'] },
      to: { path: ['^test/', '\\.test\\.ts$'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['^dist/', '^node_modules/'] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
