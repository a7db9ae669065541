import type { RelyingParty } from './sso-seeds';

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

export function isLoopbackUrl(raw: string): boolean {
  try {
    const url = new URL(raw);
    return (url.protocol === 'http:' || url.protocol === 'https:') && LOOPBACK.has(url.hostname);
  } catch {
    return false;
  }
}

/** The registered relying parties (seeds/sso-clients.json plus the development RP). */
export class RelyingParties {
  private readonly byId: Map<string, RelyingParty>;

  constructor(
    clients: readonly RelyingParty[],
    private readonly casServices: readonly string[],
  ) {
    this.byId = new Map(clients.map((c) => [c.clientId, c]));
  }

  all(): RelyingParty[] {
    return [...this.byId.values()];
  }

  find(clientId: string | undefined): RelyingParty | undefined {
    return clientId ? this.byId.get(clientId) : undefined;
  }

  /** The client when the secret is its own. */
  authenticate(clientId: string, secret: string): RelyingParty | undefined {
    const client = this.byId.get(clientId);
    return client && client.secret === secret ? client : undefined;
  }

  /** `{publicBaseUrl}` in a registered URI stands for the simulator's own base URL (the development RP's pages). */
  redirectAllowed(client: RelyingParty, uri: string, publicBaseUrl = ''): boolean {
    const registered = client.redirectUris.map((u) => u.replace('{publicBaseUrl}', publicBaseUrl));
    return registered.includes(uri) || (client.anyLoopbackRedirect === true && isLoopbackUrl(uri));
  }

  postLogoutAllowed(client: RelyingParty, uri: string, publicBaseUrl = ''): boolean {
    const registered = [...client.postLogoutRedirectUris, ...client.redirectUris].map((u) => u.replace('{publicBaseUrl}', publicBaseUrl));
    return registered.includes(uri) || (client.anyLoopbackRedirect === true && isLoopbackUrl(uri));
  }

  /** CAS takes a service under a registered prefix, or any loopback URL (a developer's own portal). */
  casServiceAllowed(service: string): boolean {
    if (!URL.canParse(service)) return false;
    return isLoopbackUrl(service) || this.casServices.some((prefix) => service.startsWith(prefix));
  }
}
