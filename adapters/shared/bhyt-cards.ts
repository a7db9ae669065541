/**
 * Health-insurance cards issued through the birth–BHYT interconnection (liên thông khai sinh –
 * BHYT, DOMAIN.md §5): the civil registry writes them into the social-insurance backend's state when
 * it registers the birth of a child under six, and the social-insurance backend serves them.
 */
import type { StateStore } from '../../src/core/ports';
import { DAY_MS } from '../../src/core/dates/iso-days';

export interface BhytCard {
  /** The child's new 10-digit BHXH number. */
  maSoBhxh: string;
  /** The 15-character card code, group TE, benefit level 1, e.g. `TE1010112345678`. */
  maThe: string;
  /** The child's 12-digit personal ID. */
  soDinhDanh: string;
  hoTen: string;
  /** ISO `YYYY-MM-DD`. */
  birthDate: string;
  gender: 'male' | 'female';
  /** GSO codes of the birth registration place. */
  provinceCode: string;
  districtCode: string;
  communeCode: string;
  /** Valid from the birth date until the day before the sixth birthday (ISO days). */
  validFrom: string;
  validTo: string;
  /** Registry record and office that issued the birth registration. */
  issuedBy: { maDonVi: string; maHoSo: string };
}

const cardKey = (bhxhNumber: string): string => `card:${bhxhNumber}`;
const personalIdKey = (personalId: string): string => `card-by-id:${personalId}`;
/** Cards by the holder's birth day (days since 1970), so look-ups by criteria find newborns too. */
const BY_BIRTH_DAY = 'cards-by-birth-day';
const dayOf = (isoDay: string): number => Math.floor(Date.parse(`${isoDay}T00:00:00Z`) / DAY_MS);

export async function saveBhytCard(state: StateStore, card: BhytCard): Promise<void> {
  await state.set(cardKey(card.maSoBhxh), card);
  await state.set(personalIdKey(card.soDinhDanh), card.maSoBhxh);
  await state.addToIndex(BY_BIRTH_DAY, card.maSoBhxh, dayOf(card.birthDate));
}

/** Cards of children born between two ISO days (both included). */
export async function findBhytCardsBornBetween(state: StateStore, fromIsoDay: string, toIsoDay: string): Promise<BhytCard[]> {
  const numbers = await state.rangeByScore(BY_BIRTH_DAY, dayOf(fromIsoDay), dayOf(toIsoDay));
  const cards = await state.getMany<BhytCard>(numbers.map(cardKey));
  return cards.filter((card): card is BhytCard => card !== undefined);
}

export async function findBhytCard(state: StateStore, bhxhNumber: string): Promise<BhytCard | undefined> {
  return state.get<BhytCard>(cardKey(bhxhNumber));
}

export async function findBhytCardByPersonalId(state: StateStore, personalId: string): Promise<BhytCard | undefined> {
  const bhxhNumber = await state.get<string>(personalIdKey(personalId));
  return bhxhNumber ? findBhytCard(state, bhxhNumber) : undefined;
}

/** All issued cards are keyed by BHXH number, so this tells whether a new number is free. */
export async function isBhxhNumberTaken(state: StateStore, bhxhNumber: string): Promise<boolean> {
  return (await findBhytCard(state, bhxhNumber)) !== undefined;
}
