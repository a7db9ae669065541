import { createAdapters } from '../../adapters';
import { loadConfig } from '../../src/config/config';
import { loadReferenceData } from '../../src/seed/reference-data';
import { runAdapterContract } from '../support/adapter-contract';
import { startTestApp, type TestApp } from '../support/test-app';

// Every adapter in adapters/index.ts runs the shared contract; a new backend is covered by adding it there.
const services = createAdapters(loadReferenceData('', 1), loadConfig({})).map((a) => a.manifest.service);

describe('every adapter passes the shared contract', () => {
  let t: TestApp;
  let token = '';
  beforeAll(async () => {
    t = await startTestApp('contract');
    token = await t.token();
  });
  afterAll(() => t.close());

  it('has at least one adapter', () => {
    expect(services.length).toBeGreaterThan(0);
  });

  for (const service of services)
    runAdapterContract(
      service,
      () => t,
      () => token,
    );
});
