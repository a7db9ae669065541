import type { StateStore } from '../../src/core/ports';
import type { Citizen } from '../../src/seed/types';
import { findBhytCard, findBhytCardByPersonalId, findBhytCardsBornBetween, type BhytCard } from '../shared/bhyt-cards';

/** One insured person as the social-insurance backend answers about them. */
export interface InsuredPerson {
  maSoBhxh: string;
  soDinhDanh: string;
  hoTen: string;
  /** ISO `YYYY-MM-DD`. */
  birthDate: string;
  gender: 'male' | 'female';
  /** GSO codes of the birth registration ('' when the seeds do not say). */
  birthPlace: { province: string; district: string; commune: string };
  /** GSO codes and text of the household address. */
  household: { province: string; district: string; commune: string; detail: string };
  card?: BhytCard;
}

function fromCitizen(c: Citizen): InsuredPerson {
  const sameProvince = c.residence.provinceCode === c.birthProvinceCode;
  return {
    maSoBhxh: c.bhxhNumber,
    soDinhDanh: c.id,
    hoTen: c.fullName,
    birthDate: c.birthDate,
    gender: c.gender,
    birthPlace: {
      province: c.birthProvinceCode,
      district: sameProvince ? c.residence.districtCode : '',
      commune: sameProvince ? c.residence.communeCode : '',
    },
    household: {
      province: c.residence.provinceCode,
      district: c.residence.districtCode,
      commune: c.residence.communeCode,
      detail: c.residence.detail,
    },
  };
}

function fromCard(card: BhytCard): InsuredPerson {
  const place = { province: card.provinceCode, district: card.districtCode, commune: card.communeCode };
  return {
    maSoBhxh: card.maSoBhxh,
    soDinhDanh: card.soDinhDanh,
    hoTen: card.hoTen,
    birthDate: card.birthDate,
    gender: card.gender,
    birthPlace: place,
    household: { ...place, detail: '' },
    card,
  };
}

/**
 * Insured people: the seeded citizens (each has a lifelong BHXH number) plus the children whose
 * birth registration issued a card through the interconnection (kept in this backend's state).
 */
export class InsuredPeople {
  private readonly byNumber: ReadonlyMap<string, Citizen>;
  private readonly byId: ReadonlyMap<string, Citizen>;

  constructor(private readonly citizens: readonly Citizen[]) {
    this.byNumber = new Map(citizens.map((c) => [c.bhxhNumber, c]));
    this.byId = new Map(citizens.map((c) => [c.id, c]));
  }

  async byBhxhNumber(state: StateStore, maSoBhxh: string): Promise<InsuredPerson | undefined> {
    const card = await findBhytCard(state, maSoBhxh);
    if (card) return fromCard(card);
    const citizen = this.byNumber.get(maSoBhxh);
    return citizen ? fromCitizen(citizen) : undefined;
  }

  async byPersonalId(state: StateStore, id: string): Promise<InsuredPerson | undefined> {
    const card = await findBhytCardByPersonalId(state, id);
    if (card) return fromCard(card);
    const citizen = this.byId.get(id);
    return citizen ? fromCitizen(citizen) : undefined;
  }

  /**
   * People matching a predicate: the seeded citizens and the children whose birth registration
   * issued a card (one person, one truth: whoever a number or ID finds, criteria find too). `born`
   * narrows the cards read to a range of ISO birth days.
   */
  async search(state: StateStore, predicate: (person: InsuredPerson) => boolean, born: { from: string; to: string }): Promise<InsuredPerson[]> {
    const cards = await findBhytCardsBornBetween(state, born.from, born.to);
    const seeded = this.citizens.map(fromCitizen).filter(predicate);
    const known = new Set(seeded.map((p) => p.maSoBhxh));
    return [...seeded, ...cards.map(fromCard).filter((p) => !known.has(p.maSoBhxh) && predicate(p))];
  }
}
