import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError, type AdapterSettings } from '../../src/core/settings';
import type { IpnFieldOrder, SigningVariant } from './signature';

/** A partner registered with PayGov: how it signs, where its IPNs go, how INIT answers it. */
export interface PaygovPartner {
  /** MaDoiTac. */
  id: string;
  name: string;
  secret: string;
  signing: SigningVariant;
  ipnFieldOrder: IpnFieldOrder;
  /** `direct`: the flat answer object; `wrapped`: `{ error_code, message: "<json>" }` (a DVCQG proxy). */
  envelope: 'direct' | 'wrapped';
  ipnUrl?: string;
}

interface PartnerFileEntry {
  MaDoiTac: string;
  name: string;
  secret: string;
  signing: SigningVariant;
  ipnFieldOrder: IpnFieldOrder;
  envelope: 'direct' | 'wrapped';
  ipnUrl: string | null;
}

const SIGNINGS: readonly SigningVariant[] = ['sha256', 'hmac-sha256'];
const ORDERS: readonly IpnFieldOrder[] = ['paseto', 'opencps'];
const ENVELOPES = ['direct', 'wrapped'] as const;

function checkedUrl(raw: string, where: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(`${where} must be a URL, got "${raw}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new ConfigError(`${where} must start with http: or https:, got "${raw}"`);
  return raw;
}

function fromFile(entry: PartnerFileEntry, index: number): PaygovPartner {
  const where = `seeds/paygov-partners.json partners[${index}]`;
  if (!entry.MaDoiTac || !entry.secret) throw new ConfigError(`${where} needs MaDoiTac and secret`);
  if (!SIGNINGS.includes(entry.signing)) throw new ConfigError(`${where}.signing must be one of ${SIGNINGS.join(', ')}`);
  if (!ORDERS.includes(entry.ipnFieldOrder)) throw new ConfigError(`${where}.ipnFieldOrder must be one of ${ORDERS.join(', ')}`);
  if (!ENVELOPES.includes(entry.envelope)) throw new ConfigError(`${where}.envelope must be one of ${ENVELOPES.join(', ')}`);
  return {
    id: entry.MaDoiTac,
    name: entry.name,
    secret: entry.secret,
    signing: entry.signing,
    ipnFieldOrder: entry.ipnFieldOrder,
    envelope: entry.envelope,
    ...(entry.ipnUrl ? { ipnUrl: checkedUrl(entry.ipnUrl, `${where}.ipnUrl`) } : {}),
  };
}

/**
 * `PAYGOV_IPN_URLS="SIMDOITAC01=http://localhost:5000/DvcPayment/Confirm,SIMDOITAC02=…"` points
 * seeded partners' IPNs at a developer's own receiver without editing the seeds.
 */
function ipnOverrides(raw: string | undefined, known: ReadonlySet<string>): Map<string, string> {
  const out = new Map<string, string>();
  if (!raw) return out;
  for (const pair of raw
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const eq = pair.indexOf('=');
    if (eq <= 0) throw new ConfigError(`PAYGOV_IPN_URLS must be MaDoiTac=URL pairs separated by commas, got "${pair}"`);
    const id = pair.slice(0, eq);
    if (!known.has(id)) throw new ConfigError(`PAYGOV_IPN_URLS names the unknown partner "${id}"; known: ${[...known].join(', ')}`);
    out.set(id, checkedUrl(pair.slice(eq + 1), `PAYGOV_IPN_URLS (${id})`));
  }
  return out;
}

/** The partners PayGov knows: the development partner (from config) and seeds/paygov-partners.json. */
export class PartnerDirectory {
  private readonly byId: Map<string, PaygovPartner>;

  constructor(partners: readonly PaygovPartner[]) {
    this.byId = new Map(partners.map((p) => [p.id, p]));
  }

  static load(seedsDir: string, config: Pick<AdapterSettings, 'devPaygov' | 'env'>): PartnerDirectory {
    const file = JSON.parse(readFileSync(join(seedsDir, 'paygov-partners.json'), 'utf8')) as { partners: PartnerFileEntry[] };
    const dev: PaygovPartner = {
      id: config.devPaygov.partner,
      name: 'Development partner',
      secret: config.devPaygov.secret,
      signing: 'sha256',
      ipnFieldOrder: 'paseto',
      envelope: 'direct',
      ...(config.devPaygov.ipnUrl ? { ipnUrl: config.devPaygov.ipnUrl } : {}),
    };
    const seeded = file.partners.map(fromFile).filter((p) => p.id !== dev.id);
    const all = [dev, ...seeded];
    const overrides = ipnOverrides(config.env.PAYGOV_IPN_URLS, new Set(all.map((p) => p.id)));
    return new PartnerDirectory(all.map((p) => (overrides.has(p.id) ? { ...p, ipnUrl: overrides.get(p.id) } : p)));
  }

  find(id: string): PaygovPartner | undefined {
    return this.byId.get(id);
  }

  all(): PaygovPartner[] {
    return [...this.byId.values()];
  }
}
