import { timingSafeEqual } from 'node:crypto';
import type { ClientCredential, ClientDirectory } from '../core/ports';

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Client credentials from seeds/clients.json plus the development client from config. */
export class StaticClientDirectory implements ClientDirectory {
  private readonly byId: Map<string, ClientCredential>;

  constructor(clients: readonly ClientCredential[]) {
    this.byId = new Map(clients.map((c) => [c.clientId, c]));
  }

  authenticate(clientId: string, secret: string): ClientCredential | undefined {
    const client = this.byId.get(clientId);
    return client && sameSecret(client.secret, secret) ? client : undefined;
  }

  find(clientId: string): ClientCredential | undefined {
    return this.byId.get(clientId);
  }

  all(): readonly ClientCredential[] {
    return [...this.byId.values()];
  }
}
