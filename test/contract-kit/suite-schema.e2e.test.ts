import { readFileSync } from 'node:fs';
import { startTestApp, type TestApp } from '../support/test-app';

describe('GET /api/v1/schemas/contract-suite', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp('suite-schema');
  });
  afterAll(() => t.close());

  it('serves the suite schema shipped in schemas/contract/suite.json, for editors', async () => {
    const res = await t.http.get('/api/v1/schemas/contract-suite');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/schema\+json/);
    expect(JSON.parse(res.text)).toEqual(JSON.parse(readFileSync('schemas/contract/suite.json', 'utf8')));
    expect(JSON.parse(res.text)).toMatchObject({ title: 'ContractSuite', required: ['name', 'cases'] });
  });

  it('message types keep their schemas beside it', async () => {
    expect((await t.http.get('/api/v1/schemas/diag.echo')).status).toBe(200);
  });
});
