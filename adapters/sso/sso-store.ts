import { randomBytes, randomUUID } from 'node:crypto';
import type { Clock, StateStore } from '../../src/core/ports';
import type { LoginIdp } from './claims';

/** Lifetimes on the simulation clock, in seconds: WSO2 Identity Server's defaults (Apereo CAS's for tickets). */
export const LIFETIMES = {
  code: 300,
  accessToken: 3600,
  refreshToken: 86400,
  idToken: 3600,
  session: 900,
  pendingLogin: 900,
  serviceTicket: 10,
  vneidToken: 1800,
};

/** Kept in Redis this much longer than their lifetime, so a clock moved back still finds them; expiry is judged on the clock. */
const REDIS_GRACE_SECONDS = 7 * 86400;

/** What a relying party asked for at /oauth2/authorize, kept while the person signs in. */
export interface AuthorizationRequest {
  realm: string;
  clientId: string;
  redirectUri: string;
  scope: string;
  state?: string;
  nonce?: string;
  codeChallenge?: string;
  codeChallengeMethod?: string;
  acr: string;
  /** `vneid`: only the VNeID login is offered (`fidp=VNeID`, or an `acr_values` above LoA1). */
  idp?: LoginIdp;
  /** `form_post`: the answer is posted to the redirect_uri by a page, not put on its query. */
  responseMode?: 'form_post';
}

/** Who signed in, how, and for which client: what codes and tokens carry. */
export interface Grant {
  realm: string;
  clientId: string;
  sub: string;
  username: string;
  idp: LoginIdp;
  acr: string;
  scope: string;
  sessionId?: string;
  nonce?: string;
  /** Epoch seconds (simulation clock). */
  authTime: number;
  /** The simulated VNeID access token of a VNeID-federated login. */
  vneidToken?: string;
}

export interface CodeRecord extends Grant {
  redirectUri: string;
  codeChallenge?: string;
  codeChallengeMethod?: string;
}

export interface SsoSession {
  id: string;
  realm: string;
  username: string;
  idp: LoginIdp;
  acr: string;
  authTime: number;
  vneidToken?: string;
}

export interface ServiceTicket {
  username: string;
  service: string;
}

type Expiring<T> = T & { expiresAt: number };

/** Codes, tokens, sessions and tickets of the identity provider, in the adapter's Redis state. */
export class SsoStore {
  constructor(
    private readonly state: StateStore,
    private readonly clock: Clock,
  ) {}

  nowSeconds(): number {
    return Math.floor(this.clock.now().getTime() / 1000);
  }

  /** An opaque value with a WSO2-like shape: a UUID for tokens and codes. */
  newId(): string {
    return randomUUID();
  }

  async putPendingLogin(request: AuthorizationRequest): Promise<string> {
    const key = randomBytes(16)
      .toString('hex')
      .replace(/(.{8})(.{4})(.{4})(.{4})(.{12})/, '$1-$2-$3-$4-$5');
    await this.put(`authz:${key}`, request, LIFETIMES.pendingLogin);
    return key;
  }

  pendingLogin(key: string): Promise<AuthorizationRequest | undefined> {
    return this.read(`authz:${key}`);
  }

  async dropPendingLogin(key: string): Promise<void> {
    await this.state.delete(`authz:${key}`);
  }

  async putCode(record: CodeRecord): Promise<string> {
    const code = this.newId();
    await this.put(`code:${code}`, record, LIFETIMES.code);
    return code;
  }

  /** A code is good once: the first taker gets it, any later one nothing. */
  takeCode(code: string): Promise<CodeRecord | undefined> {
    return this.takeOnce(`code:${code}`);
  }

  async putTokens(grant: Grant, withRefresh: boolean): Promise<{ accessToken: string; refreshToken?: string }> {
    const accessToken = this.newId();
    await this.put(`at:${accessToken}`, { ...grant, issuedAt: this.nowSeconds() }, LIFETIMES.accessToken);
    if (!withRefresh) return { accessToken };
    const refreshToken = this.newId();
    await this.put(`rt:${refreshToken}`, grant, LIFETIMES.refreshToken);
    return { accessToken, refreshToken };
  }

  accessToken(token: string): Promise<Expiring<Grant & { issuedAt: number }> | undefined> {
    return this.read(`at:${token}`);
  }

  /**
   * The grant of an access token this provider issued, expired or not (kept past its expiry, see
   * REDIS_GRACE_SECONDS): what a logout needs to know whose token an RP names, long after it ran out.
   */
  async issuedAccessToken(token: string): Promise<Grant | undefined> {
    return (await this.state.get<Grant>(`at:${token}`)) ?? undefined;
  }

  /** A refresh token is used once: WSO2 renews it on every refresh by default. */
  takeRefreshToken(token: string): Promise<Grant | undefined> {
    return this.takeOnce(`rt:${token}`);
  }

  /** Revokes an access or refresh token, but only one issued to this client (RFC 7009 §2.1). */
  async revoke(token: string, clientId: string): Promise<void> {
    for (const key of [`at:${token}`, `rt:${token}`]) {
      const grant = await this.state.get<Grant>(key);
      if (grant?.clientId === clientId) await this.state.delete(key);
    }
  }

  async putSession(session: Omit<SsoSession, 'id'>): Promise<SsoSession> {
    const full = { ...session, id: this.newId() };
    await this.put(`session:${full.id}`, full, LIFETIMES.session);
    return full;
  }

  session(id: string): Promise<SsoSession | undefined> {
    return this.read(`session:${id}`);
  }

  async endSession(id: string): Promise<void> {
    await this.state.delete(`session:${id}`);
  }

  async putServiceTicket(ticket: ServiceTicket): Promise<string> {
    const id = `ST-${Date.now()}-${randomBytes(15).toString('base64url')}`;
    await this.put(`st:${id}`, ticket, LIFETIMES.serviceTicket);
    return id;
  }

  takeServiceTicket(id: string): Promise<ServiceTicket | undefined> {
    return this.takeOnce(`st:${id}`);
  }

  private async put<T>(key: string, value: T, lifetimeSeconds: number): Promise<void> {
    const expiresAt = this.clock.now().getTime() + lifetimeSeconds * 1000;
    await this.state.set(key, { ...value, expiresAt }, { ttlSeconds: lifetimeSeconds + REDIS_GRACE_SECONDS });
  }

  /** The record unless it is gone or expired on the simulation clock. */
  private async read<T>(key: string): Promise<Expiring<T> | undefined> {
    const value = await this.state.get<Expiring<T>>(key);
    if (!value || value.expiresAt <= this.clock.now().getTime()) return undefined;
    return value;
  }

  private async takeOnce<T>(key: string): Promise<Expiring<T> | undefined> {
    const value = await this.read<T>(key);
    if (!value) return undefined;
    const first = await this.state.set(`used:${key}`, 1, { onlyIfAbsent: true, ttlSeconds: 86400 + REDIS_GRACE_SECONDS });
    await this.state.delete(key);
    return first ? value : undefined;
  }
}
