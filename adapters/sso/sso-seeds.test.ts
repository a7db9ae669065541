import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from '../../src/project-root';
import { loadSsoSeeds } from './sso-seeds';

describe('loadSsoSeeds: the shipped files load; a broken one stops start-up with a line naming it', () => {
  let dir: string;
  const accounts = { password: 'p', vneidPasscode: '1', tenants: ['t.gov.vn'] };
  const client = { clientId: 'c', secret: 's', name: 'C', agency: '000.00.00.H01', realm: 'dvcqg', redirectUris: ['http://x/cb'] };
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'sso-seeds-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const write = (clients: unknown, acc: unknown = accounts): void => {
    writeFileSync(join(dir, 'sso-clients.json'), JSON.stringify(clients));
    writeFileSync(join(dir, 'sso-accounts.json'), JSON.stringify(acc));
  };

  it('reads seeds/ with the development RP first, under the development agency', () => {
    const seeds = loadSsoSeeds(join(projectRoot(), 'seeds'), '000.00.00.H99');
    expect(seeds.clients[0]).toMatchObject({ clientId: 'dev-rp', agency: '000.00.00.H99' });
    expect(seeds.clients.length).toBeGreaterThan(1);
    expect(seeds.tenants).toContain('thanhhoa.gov.vn');
  });

  it.each([
    ['a missing file', undefined, /seeds\/sso-clients.json cannot be read/],
    ['a client without a secret', { clients: [{ ...client, secret: '' }] }, /clients\[0\].secret must be a non-empty string/],
    ['a client of an unknown realm', { clients: [{ ...client, realm: 'nowhere' }] }, /names realm nowhere, which is not among the tenants/],
    ['clients that are not a list', { clients: {} }, /clients must be a list/],
  ])('%s', (_name, clients, message) => {
    if (clients !== undefined) write(clients);
    expect(() => loadSsoSeeds(dir, 'x')).toThrow(message);
  });
});
