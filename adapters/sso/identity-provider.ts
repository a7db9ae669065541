import { createHash } from 'node:crypto';
import type { AdapterContext } from '../../src/core/adapter';
import { BusinessRuleError, NotFoundError } from '../../src/core/errors';
import type { ReferenceData } from '../../src/seed/reference-data';
import { AccountDirectory, stableUuid, type SsoAccount } from './accounts';
import { ClaimsBuilder, type Claims, type LoginIdp } from './claims';
import { RelyingParties } from './relying-parties';
import { SigningKeys } from './signing-keys';
import type { RelyingParty, SsoSeeds } from './sso-seeds';
import { LIFETIMES, SsoStore, type Grant } from './sso-store';

export const DVCQG = 'dvcqg';
export const CAS = 'cas';
export const DEFAULT_ACR = 'LoA1';

/** An OAuth 2.0 error: `code` is the `error` member on the wire (RFC 6749 §5.2). */
export function oauthError(code: string, description: string, status = 400): BusinessRuleError {
  return new BusinessRuleError(code, description, { status });
}

/** The base URL of a realm: `/t/{tenant}` in front of the paths for an officials' tenant (WSO2's layout). */
export function realmBase(publicBaseUrl: string, realm: string): string {
  return realm === DVCQG ? publicBaseUrl : `${publicBaseUrl}/t/${realm}`;
}

/** WSO2 Identity Server names its token endpoint as the issuer of its ID tokens. */
export function issuerOf(publicBaseUrl: string, realm: string): string {
  return `${realmBase(publicBaseUrl, realm)}/oauth2/token`;
}

/** Appends query members to a URL that may have a query already. */
export function withQuery(url: string, members: Record<string, string | undefined>): string {
  const target = new URL(url);
  for (const [key, value] of Object.entries(members)) if (value !== undefined) target.searchParams.set(key, value);
  return target.toString();
}

/**
 * What every realm of the identity provider shares: accounts, claims, relying parties, and per
 * request the Redis-backed store and signing key of the `sso` adapter state. The message handlers
 * and the browser-facing door both work through it.
 */
export class IdentityProvider {
  readonly accounts: AccountDirectory;
  readonly claims: ClaimsBuilder;
  readonly clients: RelyingParties;

  constructor(
    reference: ReferenceData,
    readonly seeds: SsoSeeds,
  ) {
    this.accounts = new AccountDirectory(reference, seeds);
    this.claims = new ClaimsBuilder(reference, this.accounts);
    this.clients = new RelyingParties(seeds.clients, seeds.casServices);
  }

  store(context: AdapterContext): SsoStore {
    return new SsoStore(context.state, context.clock);
  }

  keys(context: AdapterContext): SigningKeys {
    return new SigningKeys(context.state);
  }

  isRealm(realm: string): boolean {
    return realm === DVCQG || this.seeds.tenants.includes(realm);
  }

  /** The account a login names in a realm, or undefined. */
  account(realm: string, username: string): SsoAccount | undefined {
    if (realm === DVCQG) return this.accounts.dvcqg(username);
    if (realm === CAS) return this.accounts.shared(username);
    return this.isRealm(realm) ? this.accounts.official(username) : undefined;
  }

  /** True when the password (or, for VNeID, the passcode) is the seeded one. */
  checkSecret(idp: LoginIdp, secret: string): boolean {
    return secret === (idp === 'vneid' ? this.seeds.vneidPasscode : this.seeds.password);
  }

  /** The relying party, when it is registered in this realm. */
  clientIn(realm: string, clientId: string | undefined): RelyingParty | undefined {
    const client = this.clients.find(clientId);
    return client && client.realm === realm ? client : undefined;
  }

  /** The account behind a sub of a realm; 404 when there is none. */
  accountBySub(realm: string, sub: string): SsoAccount {
    const account = realm === DVCQG ? this.accounts.bySub(sub) : this.accounts.official(sub);
    if (!account) throw new NotFoundError(`No account with sub ${sub} in realm ${realm}`);
    return account;
  }

  /** The claims userinfo answers for a grant. */
  async userClaims(context: AdapterContext, input: { realm: string; sub: string; idp: LoginIdp; acr: string; vneidToken?: string }): Promise<Claims> {
    const account = this.accountBySub(input.realm, input.sub);
    if (input.realm !== DVCQG) return this.claims.official(account);
    if (input.idp !== 'vneid') return this.claims.dvcqg(account, input.acr);
    const token = input.vneidToken ?? (await this.vneidToken(context, account));
    const helper = `${context.publicBaseUrl}/vneid/api/idp/third-party`;
    return this.claims.vneid(account, { userProfileUri: `${helper}/view-info?token_id=${token}`, logoutUri: `${helper}/logout?token_id=${token}` });
  }

  /** The access token VNeID (Keycloak, realm `citizen`) gives Cổng DVCQG, as decoded in DOMAIN-MORE §4.2. */
  async vneidToken(context: AdapterContext, account: SsoAccount): Promise<string> {
    const now = Math.floor(context.clock.now().getTime() / 1000);
    return this.keys(context).sign({
      iss: `${context.publicBaseUrl}/vneid/auth/realms/citizen`,
      sub: stableUuid('vneid', account.username),
      azp: 'vnconnect',
      acr: '1',
      scope: 'openid email profile',
      preferred_username: account.person?.id ?? account.username,
      iat: now,
      exp: now + LIFETIMES.vneidToken,
    });
  }

  /** An ID token of WSO2's shape for a grant: issuer the token endpoint, `amr` the authenticator. */
  async idToken(context: AdapterContext, grant: Grant): Promise<string> {
    const now = Math.floor(context.clock.now().getTime() / 1000);
    const account = grant.realm === DVCQG ? this.accounts.bySub(grant.sub) : undefined;
    return this.keys(context).sign({
      iss: issuerOf(context.publicBaseUrl, grant.realm),
      sub: grant.sub,
      aud: grant.clientId,
      azp: grant.clientId,
      iat: now,
      exp: now + LIFETIMES.idToken,
      auth_time: grant.authTime,
      acr: grant.acr,
      amr: [grant.idp === 'vneid' ? 'VNeID' : 'BasicAuthenticator'],
      ...(grant.sessionId ? { sid: grant.sessionId } : {}),
      ...(grant.nonce ? { nonce: grant.nonce } : {}),
      ...(account ? { TechID: account.techId } : {}),
    });
  }
}

/** RFC 7636: whether a verifier answers the challenge of the authorization request. */
export function pkceMatches(verifier: string, challenge: string, method: string | undefined): boolean {
  if (method === 'plain') return verifier === challenge;
  return createHash('sha256').update(verifier).digest('base64url') === challenge;
}
