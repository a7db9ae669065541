import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isPlainObject } from '../../src/core/lenient/members';
import { ConfigError } from '../../src/core/settings';

/** A relying party registered with one realm of the identity provider. */
export interface RelyingParty {
  clientId: string;
  secret: string;
  name: string;
  /** Agency code the RP's journal entries and scenario rules are filed under (the message's `from`). */
  agency: string;
  /** `dvcqg` (Cổng DVCQG) or a tenant domain of the province's WSO2 (officials). */
  realm: string;
  redirectUris: readonly string[];
  postLogoutRedirectUris: readonly string[];
  /** Where Cổng DVCQG deep-links (`vnconnect=1`) into the RP's portal. */
  portalUrl?: string;
  /** The development RP also takes any loopback redirect URI (tests, a developer's local portal). */
  anyLoopbackRedirect?: boolean;
}

export interface OrganisationSeed {
  username: string;
  name: string;
  address: string;
  representativeId: string;
  email?: string;
}

export interface OfficialSeed {
  username: string;
  citizenId: string;
  agency: string;
  title: string;
  email?: string;
}

export interface SsoSeeds {
  clients: RelyingParty[];
  /** Service URL prefixes the CAS accepts (besides any loopback URL). */
  casServices: string[];
  password: string;
  vneidPasscode: string;
  tenants: string[];
  emails: Record<string, string>;
  organisations: OrganisationSeed[];
  officials: OfficialSeed[];
}

/** The development RP: secret in the README, any loopback redirect URI, the DVCQG realm. */
export const DEV_RP: RelyingParty = {
  clientId: 'dev-rp',
  secret: 'dev-rp-secret',
  name: 'Development relying party (the simulator’s own /sso-dev-rp pages)',
  agency: '000.00.00.H30',
  realm: 'dvcqg',
  redirectUris: ['{publicBaseUrl}/sso-dev-rp/callback'],
  postLogoutRedirectUris: ['{publicBaseUrl}/sso-dev-rp/'],
  anyLoopbackRedirect: true,
};

function readJson(seedsDir: string, file: string): Record<string, unknown> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(join(seedsDir, file), 'utf8'));
  } catch (error) {
    throw new ConfigError(`seeds/${file} cannot be read: ${(error as Error).message}`);
  }
  if (!isPlainObject(parsed)) throw new ConfigError(`seeds/${file} must hold a JSON object`);
  return parsed;
}

function list<T>(value: unknown, where: string): T[] {
  if (!Array.isArray(value)) throw new ConfigError(`${where} must be a list`);
  return value as T[];
}

/** Reads seeds/sso-clients.json and seeds/sso-accounts.json; a broken file stops start-up. */
export function loadSsoSeeds(seedsDir: string, devAgency: string): SsoSeeds {
  const clientsFile = readJson(seedsDir, 'sso-clients.json');
  const accounts = readJson(seedsDir, 'sso-accounts.json');
  const clients = list<RelyingParty>(clientsFile.clients, 'seeds/sso-clients.json clients');
  for (const [i, c] of clients.entries()) {
    for (const key of ['clientId', 'secret', 'agency', 'realm'] as const) {
      if (typeof c[key] !== 'string' || c[key] === '')
        throw new ConfigError(`seeds/sso-clients.json clients[${i}].${key} must be a non-empty string`);
    }
    list(c.redirectUris, `seeds/sso-clients.json clients[${i}].redirectUris`);
  }
  const tenants = list<string>(accounts.tenants, 'seeds/sso-accounts.json tenants');
  for (const c of clients) {
    if (c.realm !== 'dvcqg' && !tenants.includes(c.realm))
      throw new ConfigError(`seeds/sso-clients.json: client ${c.clientId} names realm ${c.realm}, which is not among the tenants`);
  }
  return {
    clients: [{ ...DEV_RP, agency: devAgency }, ...clients.map((c) => ({ ...c, postLogoutRedirectUris: c.postLogoutRedirectUris ?? [] }))],
    casServices: list<string>(clientsFile.casServices ?? [], 'seeds/sso-clients.json casServices'),
    password: String(accounts.password),
    vneidPasscode: String(accounts.vneidPasscode),
    tenants,
    emails: (accounts.emails ?? {}) as Record<string, string>,
    organisations: list<OrganisationSeed>(accounts.organisations ?? [], 'seeds/sso-accounts.json organisations'),
    officials: list<OfficialSeed>(accounts.officials ?? [], 'seeds/sso-accounts.json officials'),
  };
}
