import type { StateStore } from '../../src/core/ports';
import { addDays, addYears, ageOn } from '../../src/core/dates/iso-days';
import type { ReferenceData } from '../../src/seed/reference-data';
import type { Citizen } from '../../src/seed/types';
import { findBhytCard, findBhytCardByPersonalId, type BhytCard } from '../shared/bhyt-cards';
import type { CardSeeds, CardSituation, CardTerm, Visit } from './card-seeds';

/** The holder as VSS knows them. Days are ISO. */
export interface Holder {
  soDinhDanh: string;
  maSoBhxh: string;
  hoTen: string;
  birthDate: string;
  gender: 'male' | 'female';
  /** Address on one line, street to province. */
  address: string;
  provinceCode: string;
}

/** Everything the card check reads about one person on one day. */
export interface CardFile {
  holder: Holder;
  card?: CardTerm;
  oldCard?: CardTerm;
  thamGiaTu?: string;
  situation?: CardSituation;
  since?: string;
  history: readonly Visit[];
}

const CHILD_CARD_AGE = 6;

/**
 * The cards VSS holds: the seeded special cases (`seeds/health-insurance/cards.json`), the cards
 * that birth registrations issued (written by the civil registry into the BHXH backend's state,
 * read here as `adapters/social-insurance` reads them), and for every other seeded citizen the card
 * their age gives on the simulation day: TE1 until six, HS4 at school age, HT2 from sixty, DN4
 * otherwise, valid for the calendar year. A deceased citizen's card is reported stopped (124).
 */
export class CardRegistry {
  private readonly byNumber: ReadonlyMap<string, Citizen>;
  private readonly byId: ReadonlyMap<string, Citizen>;

  constructor(
    citizens: readonly Citizen[],
    private readonly units: ReferenceData['units'],
    private readonly seeds: CardSeeds,
  ) {
    this.byNumber = new Map(citizens.map((c) => [c.bhxhNumber, c]));
    this.byId = new Map(citizens.map((c) => [c.id, c]));
  }

  async byBhxhNumber(bhxh: StateStore, maSoBhxh: string, today: string): Promise<CardFile | undefined> {
    const issued = await findBhytCard(bhxh, maSoBhxh);
    if (issued) return this.fromBirthCard(issued);
    const citizen = this.byNumber.get(maSoBhxh);
    return citizen ? this.fromCitizen(citizen, today) : undefined;
  }

  async byPersonalId(bhxh: StateStore, id: string, today: string): Promise<CardFile | undefined> {
    const issued = await findBhytCardByPersonalId(bhxh, id);
    if (issued) return this.fromBirthCard(issued);
    const citizen = this.byId.get(id);
    return citizen ? this.fromCitizen(citizen, today) : undefined;
  }

  /** Name of a facility (KCB code); generated ones are named after their province. */
  facilityName(code: string): string {
    return this.seeds.facilities.get(code) ?? `Bệnh viện Đa khoa Mô Phỏng ${this.units.province(code.slice(0, 2))?.name ?? code}`;
  }

  /** `Bảo hiểm xã hội` of the province that issued the card. */
  officeName(provinceCode: string): string {
    if (provinceCode === '97') return 'Bảo hiểm xã hội Bộ Quốc phòng';
    if (provinceCode === '98') return 'Bảo hiểm xã hội Công an nhân dân';
    return `Bảo hiểm xã hội ${this.units.province(provinceCode)?.name ?? provinceCode}`;
  }

  private address(detail: string, province: string, district: string, commune: string): string {
    return [detail, this.units.commune(commune)?.name, this.units.district(district)?.name, this.units.province(province)?.name]
      .filter(Boolean)
      .join(', ');
  }

  private fromBirthCard(card: BhytCard): CardFile {
    return {
      holder: {
        soDinhDanh: card.soDinhDanh,
        maSoBhxh: card.maSoBhxh,
        hoTen: card.hoTen,
        birthDate: card.birthDate,
        gender: card.gender,
        address: this.address('', card.provinceCode, card.districtCode, card.communeCode),
        provinceCode: card.provinceCode,
      },
      card: { maThe: card.maThe, gtTheTu: card.validFrom, gtTheDen: card.validTo, maDKBD: `${card.provinceCode}001` },
      thamGiaTu: card.validFrom,
      history: [],
    };
  }

  private fromCitizen(c: Citizen, today: string): CardFile {
    const { residence: r } = c;
    const holder: Holder = {
      soDinhDanh: c.id,
      maSoBhxh: c.bhxhNumber,
      hoTen: c.fullName,
      birthDate: c.birthDate,
      gender: c.gender,
      address: this.address(r.detail, r.provinceCode, r.districtCode, r.communeCode),
      provinceCode: r.provinceCode,
    };
    const seeded = this.seeds.cards.get(c.id);
    if (seeded) {
      const { soDinhDanh: _id, ...rest } = seeded;
      return { holder, ...rest };
    }
    const card = derivedCard(c, c.deceasedOn ?? today);
    if (c.deceasedOn)
      return {
        holder,
        card: { ...card, gtTheDen: c.deceasedOn },
        thamGiaTu: addYears(c.birthDate, 18),
        situation: '124',
        since: c.deceasedOn,
        history: [],
      };
    return { holder, card, thamGiaTu: ageOn(c.birthDate, today) < CHILD_CARD_AGE ? c.birthDate : addYears(c.birthDate, 18), history: [] };
  }
}

/** The card a citizen without a seeded one holds on `today` (ISO), by age. */
function derivedCard(c: Citizen, today: string): CardTerm {
  const age = ageOn(c.birthDate, today);
  const province = c.residence.provinceCode;
  const code = (group: string, level: number): string => `${group}${level}${province}${c.bhxhNumber}`;
  const maDKBD = `${province}001`;
  if (age < CHILD_CARD_AGE)
    return { maThe: code('TE', 1), gtTheTu: c.birthDate, gtTheDen: addDays(addYears(c.birthDate, CHILD_CARD_AGE), -1), maDKBD };
  const year = today.slice(0, 4);
  const group = age < 18 ? ['HS', 4] : age >= 60 ? ['HT', 2] : ['DN', 4];
  return { maThe: code(group[0] as string, group[1] as number), gtTheTu: `${year}-01-01`, gtTheDen: `${year}-12-31`, maDKBD };
}
