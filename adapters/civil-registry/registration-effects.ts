import type { AdapterContext } from '../../src/core/adapter';
import { DAY_MS } from '../../src/core/dates/iso-days';
import { formatWireDate, parseWireDate, toIsoDate } from '../../src/core/dates/wire-dates';
import { isCccd, makeBhytCardCode, makeCccd } from '../../src/core/ids';
import { isBhxhNumberTaken, saveBhytCard } from '../shared/bhyt-cards';
import { textOf } from '../shared/field-rules';
import { dataFields, type Dossier, type RegistrationData, type RegistrationResult } from './dossier';
import type { DossierStore } from './dossier-store';
import type { OfficeDirectory } from './offices';
import type { PersonDirectory, RegisteredPerson } from '../shared/person-directory';
import { ageAt } from './registration-rules';

/** Entries per register book before a new book (quyển) starts. */
const ENTRIES_PER_BOOK = 200;
const CHILD_CARD_AGE = 6;

/** The personal ID of a registered person in `data`: their SoDDCN, or a CCCD given as their ID document. */
export function personalIdOf(data: RegistrationData, prefix: string): string | undefined {
  const fields = dataFields(data);
  const candidates = [textOf(fields[`${prefix}SoDDCN`]), textOf(fields[`${prefix}SoGiayToTuyThan`])];
  return candidates.find((c) => c !== undefined && isCccd(c));
}

const isoOf = (dotted: unknown): string | undefined => {
  const date = parseWireDate(String(dotted ?? ''), 'dd.MM.yyyy');
  return date ? toIsoDate(date) : undefined;
};
const dotted = (iso: string): string => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;

/**
 * The civil registry's stateful rules and what a completed registration changes: a birth adds a
 * person with a new personal ID (and a BHYT card for a child under six), a death marks the person
 * deceased and widows the spouse, a marriage marries both.
 */
export class RegistrationEffects {
  constructor(
    private readonly deps: {
      people: PersonDirectory;
      dossiers: DossierStore;
      offices: OfficeDirectory;
      /** Seeded BHXH numbers, which new ones must not take. */
      seededBhxhNumbers: ReadonlySet<string>;
    },
  ) {}

  /** Why the registry refuses the dossier as things stand, or undefined when nothing stands in its way. */
  async refusal(dossier: Pick<Dossier, 'kind' | 'data'>): Promise<string | undefined> {
    const { people } = this.deps;
    if (dossier.kind === 'death') {
      const id = personalIdOf(dossier.data, 'nkt');
      const person = id ? await people.find(id) : undefined;
      if (person?.deceasedOn) return `${person.fullName} (${person.id}) đã được đăng ký khai tử, ngày chết ${dotted(person.deceasedOn)}`;
      return undefined;
    }
    if (dossier.kind === 'marriage') {
      for (const [prefix, role] of [
        ['chong', 'Người chồng'],
        ['vo', 'Người vợ'],
      ] as const) {
        const id = personalIdOf(dossier.data, prefix);
        const person = id ? await people.find(id) : undefined;
        if (!person) continue;
        if (person.deceasedOn) return `${role} ${person.fullName} (${person.id}) đã chết (khai tử ngày ${dotted(person.deceasedOn)})`;
        if (person.maritalStatus === 'married') {
          return `${role} ${person.fullName} (${person.id}) đang có vợ/chồng${person.spouseId ? ` (${person.spouseId})` : ''}; không thể đăng ký kết hôn`;
        }
      }
    }
    return undefined;
  }

  /** Registers the dossier at `when` (simulation time); returns the result to keep with it. */
  async register(dossier: Dossier, when: number, context: AdapterContext): Promise<RegistrationResult> {
    const year = Number(formatWireDate(new Date(when), 'dd/MM/yyyy').slice(6));
    const entry = await this.deps.dossiers.nextEntry(dossier.maDonVi, dossier.kind, year);
    const result: RegistrationResult = {
      soDangKy: String(entry),
      quyenSo: `${String(Math.ceil(entry / ENTRIES_PER_BOOK)).padStart(2, '0')}/${year}`,
      trangSo: String(((entry - 1) % ENTRIES_PER_BOOK) + 1),
      ngayDangKy: formatWireDate(new Date(when), 'dd.MM.yyyy'),
      registeredAt: when,
    };
    if (dossier.kind === 'birth') await this.registerBirth(dossier, result, context);
    else if (dossier.kind === 'death') await this.registerDeath(dossier);
    else await this.registerMarriage(dossier);
    return result;
  }

  private async registerBirth(dossier: Dossier, result: RegistrationResult, context: AdapterContext): Promise<void> {
    const { data } = dossier;
    const office = this.deps.offices.resolve(dossier.maDonVi);
    if (!office) throw new Error(`unknown office ${dossier.maDonVi}`);
    const birthDate = isoOf(data.nksNgaySinh) as string;
    const gender = String(data.nksGioiTinh) === '2' ? 'female' : 'male';
    const fatherId = personalIdOf(data, 'cha');
    const motherId = personalIdOf(data, 'me');
    let soDinhDanh: string;
    for (;;) {
      soDinhDanh = makeCccd({
        provinceCode: office.provinceCode,
        gender,
        birthYear: Number(birthDate.slice(0, 4)),
        serial: Math.floor(context.ids.random() * 1_000_000),
      });
      const person: RegisteredPerson = {
        id: soDinhDanh,
        fullName: String(data.nksHoTen),
        gender,
        birthDate,
        maritalStatus: 'single',
        ...(fatherId ? { fatherId } : {}),
        ...(motherId ? { motherId } : {}),
      };
      if (await this.deps.people.claim(person)) break;
    }
    result.soDinhDanh = soDinhDanh;

    const born = parseWireDate(String(data.nksNgaySinh), 'dd.MM.yyyy') as Date;
    if (ageAt(born, new Date(result.registeredAt)) >= CHILD_CARD_AGE) return;
    // Liên thông khai sinh – BHYT: VSS issues the child a card of group TE (100 % cover) until age six.
    const bhxh = context.stateOf('bhxh');
    let maSoBhxh: string;
    do {
      maSoBhxh = `${office.provinceCode}${String(Math.floor(context.ids.random() * 100_000_000)).padStart(8, '0')}`;
    } while (this.deps.seededBhxhNumbers.has(maSoBhxh) || (await isBhxhNumberTaken(bhxh, maSoBhxh)));
    const maThe = makeBhytCardCode({ group: 'TE', level: 1, provinceCode: office.provinceCode, bhxhNumber: maSoBhxh });
    const sixth = new Date(born.getTime());
    sixth.setUTCFullYear(sixth.getUTCFullYear() + CHILD_CARD_AGE);
    await saveBhytCard(bhxh, {
      maSoBhxh,
      maThe,
      soDinhDanh,
      hoTen: String(data.nksHoTen),
      birthDate,
      gender,
      provinceCode: office.provinceCode,
      districtCode: office.districtCode,
      communeCode: office.communeCode,
      validFrom: birthDate,
      validTo: toIsoDate(new Date(sixth.getTime() - DAY_MS)),
      issuedBy: { maDonVi: dossier.maDonVi, maHoSo: dossier.maHoSo },
    });
    result.maSoBhxh = maSoBhxh;
    result.maTheBhyt = maThe;
  }

  private async registerDeath(dossier: Dossier): Promise<void> {
    const { data } = dossier;
    const id = personalIdOf(data, 'nkt');
    if (!id) return;
    const deceasedOn = isoOf(data.nktNgayChet) as string;
    const person = (await this.deps.people.find(id)) ?? { id, fullName: String(data.nktHoTen), maritalStatus: 'single' as const };
    await this.deps.people.save({ ...person, deceasedOn });
    if (person.spouseId && person.maritalStatus === 'married') {
      const spouse = await this.deps.people.find(person.spouseId);
      if (spouse && !spouse.deceasedOn) await this.deps.people.save({ ...spouse, maritalStatus: 'widowed' });
    }
  }

  private async registerMarriage(dossier: Dossier): Promise<void> {
    const { data } = dossier;
    const husbandId = personalIdOf(data, 'chong');
    const wifeId = personalIdOf(data, 'vo');
    for (const [id, spouseId, prefix] of [
      [husbandId, wifeId, 'chong'],
      [wifeId, husbandId, 'vo'],
    ] as const) {
      if (!id) continue;
      const fields = dataFields(data);
      const person = (await this.deps.people.find(id)) ?? {
        id,
        fullName: String(fields[`${prefix}HoTen`]),
        gender: prefix === 'chong' ? ('male' as const) : ('female' as const),
        ...(isoOf(fields[`${prefix}NgaySinh`]) ? { birthDate: isoOf(fields[`${prefix}NgaySinh`]) } : {}),
        maritalStatus: 'single' as const,
      };
      const { spouseId: _previous, ...rest } = person;
      await this.deps.people.save({ ...rest, maritalStatus: 'married', ...(spouseId ? { spouseId } : {}) });
    }
  }
}
