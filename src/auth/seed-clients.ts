import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ClientCredential } from '../core/ports';

interface ClientsFile {
  clients: { clientId: string; secret: string; agency: string; name?: string; services: string[] | '*'; strict?: boolean }[];
}

/** The seeded clients, with the development client (every service) first. */
export function loadClients(seedsDir: string, dev: { id: string; secret: string; agency: string }): ClientCredential[] {
  const file = JSON.parse(readFileSync(join(seedsDir, 'clients.json'), 'utf8')) as ClientsFile;
  const devClient: ClientCredential = { clientId: dev.id, secret: dev.secret, agency: dev.agency, services: '*', name: 'Development client' };
  return [devClient, ...file.clients.filter((c) => c.clientId !== dev.id)];
}
