/**
 * Where a suite runs: a simulator's base URL and the credentials the runner uses on it — the admin
 * token for /sim, the development client, the PayGov partner — and its HTTP calls, all through the
 * one outbound client. Tokens are fetched once per client and forgotten on a reset.
 */
import { OutboundError, type OutboundClient, type OutboundResponse } from '../outbound/http-client';

export interface ClientCredentials {
  id: string;
  secret: string;
  agency?: string;
}

export interface PaygovPartnerKeys {
  partner: string;
  secret: string;
  signing?: 'sha256' | 'hmac-sha256';
  ipnFieldOrder?: 'paseto' | 'opencps';
}

export interface SimulatorTarget {
  baseUrl: string;
  adminToken: string;
  devClient: Required<ClientCredentials>;
  paygov: PaygovPartnerKeys;
}

export class SimulatorSession {
  private readonly tokens = new Map<string, string>();

  constructor(
    readonly target: SimulatorTarget,
    readonly http: OutboundClient,
  ) {}

  /**
   * Why no simulator answers at the base URL (nothing listens, nothing answers in time, something
   * else answers), or undefined when one does: checked once before a run, so a wrong --url is one
   * message, not a minute's wait per case.
   */
  async unreachable(timeoutMs = 10_000): Promise<string | undefined> {
    try {
      const res = await this.http.send({ method: 'GET', url: `${this.target.baseUrl}/livez`, timeoutMs });
      return res.status === 200 ? undefined : `GET /livez answered ${res.status}, not 200: is it lgsp-sim?`;
    } catch (error) {
      if (error instanceof OutboundError) return error.message;
      throw error;
    }
  }

  forgetTokens(): void {
    this.tokens.clear();
  }

  async token(client: ClientCredentials): Promise<string> {
    const known = this.tokens.get(client.id);
    if (known) return known;
    const body = new URLSearchParams({ grant_type: 'client_credentials', client_id: client.id, client_secret: client.secret }).toString();
    const res = await this.http.send({
      url: `${this.target.baseUrl}/token`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body,
      timeoutMs: 10_000,
    });
    if (res.status !== 200) throw new Error(`POST /token for client ${client.id} answered ${res.status}: ${res.text.slice(0, 300)}`);
    const token = String((JSON.parse(res.text) as { access_token: string }).access_token);
    this.tokens.set(client.id, token);
    return token;
  }

  /** A call of the simulation API with the admin token; JSON in, the reply as is. */
  admin(method: string, path: string, body?: unknown): Promise<OutboundResponse> {
    return this.http.send({
      method,
      url: `${this.target.baseUrl}${path}`,
      headers: { authorization: `Bearer ${this.target.adminToken}`, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      timeoutMs: 60_000,
    });
  }
}
