import { createHash } from 'node:crypto';
import type { ReferenceData } from '../../src/seed/reference-data';
import type { Citizen, Enterprise } from '../../src/seed/types';
import type { OfficialSeed, OrganisationSeed, SsoSeeds } from './sso-seeds';

export type AccountKind = 'citizen' | 'enterprise' | 'organisation' | 'official';

/** `LoaiTaiKhoan` of Cổng DVCQG: 1 công dân, 2 doanh nghiệp, 3 tổ chức (DOMAIN-MORE §4.1). */
export const ACCOUNT_TYPE: Record<Exclude<AccountKind, 'official'>, string> = { citizen: '1', enterprise: '2', organisation: '3' };

/** One account a person or business signs in with. Every one is backed by the seeded dataset. */
export interface SsoAccount {
  kind: AccountKind;
  /** What is typed in the login form: CCCD number, tax code, organisation code or official's user name. */
  username: string;
  /** The portal's stable 36-character key of the account. */
  techId: string;
  /** `sub` of the DVCQG realm (a UUID); officials' realms use the user name. */
  sub: string;
  /** The person: the citizen, an enterprise's or organisation's representative, the official. */
  person?: Citizen;
  enterprise?: Enterprise;
  organisation?: OrganisationSeed;
  official?: OfficialSeed;
  email?: string;
  /** Why the account cannot sign in (a deceased citizen's account is closed). */
  closedBecause?: string;
}

/** A UUID-shaped key that is the same for the same identifier whatever the seed (name-based, v5 layout). */
export function stableUuid(namespace: string, id: string): string {
  const h = createHash('sha1').update(`${namespace}:${id}`).digest('hex');
  const variant = (8 | (parseInt(h.charAt(16), 16) & 3)).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/**
 * The accounts of every realm, derived from the reference dataset (so a signed-in citizen is the
 * person the civil registry and BHXH know) and seeds/sso-accounts.json (e-mails, organisations,
 * officials). Built once per process; look-ups are map reads.
 */
export class AccountDirectory {
  private readonly citizens = new Map<string, Citizen>();
  private readonly enterprises = new Map<string, Enterprise>();
  private readonly bySubject = new Map<string, SsoAccount>();

  constructor(
    reference: ReferenceData,
    private readonly seeds: SsoSeeds,
  ) {
    for (const c of reference.dataset.citizens) this.citizens.set(c.id, c);
    for (const e of reference.dataset.enterprises) this.enterprises.set(e.code, e);
  }

  person(id: string | undefined): Citizen | undefined {
    return id ? this.citizens.get(id) : undefined;
  }

  /** A Cổng DVCQG account: a citizen by CCCD number, an enterprise by tax code, an organisation by its code. */
  dvcqg(username: string): SsoAccount | undefined {
    const name = username.trim();
    const citizen = this.citizens.get(name);
    if (citizen) {
      return this.remember({
        kind: 'citizen',
        username: name,
        techId: stableUuid('techid', name),
        sub: stableUuid('sub', name),
        person: citizen,
        ...this.emailOf(name),
        ...(citizen.deceasedOn ? { closedBecause: `Tài khoản đã đóng: công dân đã mất ngày ${citizen.deceasedOn}` } : {}),
      });
    }
    const enterprise = this.enterprises.get(name);
    if (enterprise) {
      const person = this.person(enterprise.legalRepresentativeIds[0]);
      return this.remember({
        kind: 'enterprise',
        username: name,
        techId: stableUuid('techid', name),
        sub: stableUuid('sub', name),
        enterprise,
        ...(person ? { person } : {}),
        ...this.emailOf(name),
        ...(enterprise.status === 'dissolved' ? { closedBecause: 'Tài khoản đã đóng: doanh nghiệp đã giải thể' } : {}),
      });
    }
    const organisation = this.seeds.organisations.find((o) => o.username === name);
    if (organisation) {
      const person = this.person(organisation.representativeId);
      return this.remember({
        kind: 'organisation',
        username: name,
        techId: stableUuid('techid', name),
        sub: stableUuid('sub', name),
        organisation,
        ...(person ? { person } : {}),
        ...(organisation.email ? { email: organisation.email } : {}),
      });
    }
    return undefined;
  }

  /** An official of the province's WSO2 (any of its tenants); `sub` is the user name. */
  official(username: string): SsoAccount | undefined {
    const official = this.seeds.officials.find((o) => o.username === username.trim());
    if (!official) return undefined;
    const person = this.person(official.citizenId);
    return this.remember({
      kind: 'official',
      username: official.username,
      techId: stableUuid('techid', `official:${official.username}`),
      sub: official.username,
      official,
      ...(person ? { person } : {}),
      ...(official.email ? { email: official.email } : {}),
    });
  }

  /** The province's shared accounts (CAS): officials by user name, citizens by CCCD number. */
  shared(username: string): SsoAccount | undefined {
    const official = this.official(username);
    if (official) return official;
    const account = this.dvcqg(username);
    return account?.kind === 'citizen' ? account : undefined;
  }

  /** The account behind a `sub` of any realm (DVCQG UUIDs and officials' user names). */
  bySub(sub: string): SsoAccount | undefined {
    return this.bySubject.get(sub) ?? this.official(sub) ?? this.scanForSub(sub);
  }

  private scanForSub(sub: string): SsoAccount | undefined {
    for (const id of [...this.citizens.keys(), ...this.enterprises.keys(), ...this.seeds.organisations.map((o) => o.username)]) {
      if (stableUuid('sub', id) === sub) return this.dvcqg(id);
    }
    return undefined;
  }

  private emailOf(id: string): { email?: string } {
    const email = this.seeds.emails[id];
    return email ? { email } : {};
  }

  private remember(account: SsoAccount): SsoAccount {
    this.bySubject.set(account.sub, account);
    return account;
  }
}
