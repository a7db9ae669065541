import type { StateStore } from '../../src/core/ports';
import { renderRegistrationCertificate } from './certificate-pdf';
import { dossierKey, type Dossier } from './dossier';
import type { RegistrationKind } from './modules';

/** Registry ids of new dossiers start above the seeded ones. */
const FIRST_ID = 1000;

/**
 * Dossiers in the civil registry's state, over a few seeded ones held in memory (the overlay in
 * Redis wins, so a seeded dossier that changes is written to Redis like any other).
 */
export class DossierStore {
  private readonly seededByKey: ReadonlyMap<string, Dossier>;
  private readonly seededById: ReadonlyMap<number, Dossier>;

  constructor(
    private readonly state: StateStore,
    seeded: readonly Dossier[],
  ) {
    this.seededByKey = new Map(seeded.map((d) => [dossierKey(d.maDonVi, d.maHoSo), d]));
    this.seededById = new Map(seeded.map((d) => [d.id, d]));
  }

  async get(maDonVi: string, maHoSo: string): Promise<Dossier | undefined> {
    const key = dossierKey(maDonVi, maHoSo);
    return (await this.state.get<Dossier>(key)) ?? this.seededByKey.get(key);
  }

  /** A dossier by its one-stop number alone (v2 poll), whatever office received it. */
  async getByNumber(maHoSo: string): Promise<Dossier | undefined> {
    const maDonVi = await this.state.get<string>(`number:${maHoSo}`);
    if (maDonVi !== undefined) return this.get(maDonVi, maHoSo);
    return [...this.seededByKey.values()].find((d) => d.maHoSo === maHoSo);
  }

  async getById(id: number): Promise<Dossier | undefined> {
    const ref = await this.state.get<{ maDonVi: string; maHoSo: string }>(`record:${id}`);
    if (ref) return this.get(ref.maDonVi, ref.maHoSo);
    const seeded = this.seededById.get(id);
    return seeded ? this.get(seeded.maDonVi, seeded.maHoSo) : undefined;
  }

  async nextId(): Promise<number> {
    return FIRST_ID + (await this.state.increment('seq:record'));
  }

  /** Stores a new dossier; false when one with the same office and number exists. */
  async create(dossier: Dossier): Promise<boolean> {
    const created = await this.state.set(dossierKey(dossier.maDonVi, dossier.maHoSo), dossier, { onlyIfAbsent: true });
    if (created) {
      await this.state.set(`record:${dossier.id}`, { maDonVi: dossier.maDonVi, maHoSo: dossier.maHoSo });
      await this.state.set(`number:${dossier.maHoSo}`, dossier.maDonVi);
    }
    return created;
  }

  async save(dossier: Dossier): Promise<void> {
    await this.state.set(dossierKey(dossier.maDonVi, dossier.maHoSo), dossier);
    if (dossier.state === 'registered' && dossier.result) {
      await this.state.addToIndex(`registered:${dossier.kind}`, String(dossier.id), dossier.result.registeredAt);
    }
  }

  /** Registry ids of the records of one kind registered between two instants (epoch ms, inclusive). */
  async registeredBetween(kind: RegistrationKind, from: number, to: number): Promise<number[]> {
    const ids = new Set((await this.state.rangeByScore(`registered:${kind}`, from, to)).map(Number));
    for (const d of this.seededById.values()) {
      if (d.kind === kind && d.result && d.result.registeredAt >= from && d.result.registeredAt <= to) ids.add(d.id);
    }
    return [...ids].sort((a, b) => a - b);
  }

  /**
   * The certificate PDF (base64) of a registered dossier: rendered the first time it is asked for,
   * then kept with the state (so a reset drops it with the dossier).
   */
  async certificate(dossier: Dossier, office: string): Promise<string> {
    const key = `pdf:${dossier.id}`;
    const kept = await this.state.get<string>(key);
    if (kept !== undefined) return kept;
    const pdf = await renderRegistrationCertificate(dossier, office);
    await this.state.set(key, pdf);
    return pdf;
  }

  /** The next register entry number of an office for a kind and year. */
  async nextEntry(maDonVi: string, kind: RegistrationKind, year: number): Promise<number> {
    return this.state.increment(`seq:entry:${maDonVi}:${kind}:${year}`);
  }
}
