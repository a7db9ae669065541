import seeds from '../../seeds/health-insurance/cards.json';
import { isGsoProvinceCode, parseBhytCardCode } from '../../src/core/ids';
import type { BhytCardCheckResponse } from '../../src/generated/schema-types';
import type { Citizen } from '../../src/seed/types';

/** One visit of the examination history (`dsLichSuKCB2018`, DOMAIN-MORE §3.2), as the answer's schema has it. */
export type Visit = NonNullable<BhytCardCheckResponse['dsLichSuKCB2018']>[number];

/** A card's validity and where its holder is registered for primary care (KCBBĐ). Days are ISO. */
export interface CardTerm {
  maThe: string;
  gtTheTu: string;
  gtTheDen: string;
  maDKBD: string;
}

/** Card states that answer a fixed `maKetQua` (the others follow from dates and the request). */
export type CardSituation = '001' | '002' | '100' | '101' | '110' | '120' | '121' | '122' | '123' | '124' | '130';

/** A seeded card: the holder's current card, maybe a replaced one, a fixed state and the visits. */
export interface SeededCard {
  soDinhDanh: string;
  /** Absent only for a child without a card (situation 130). */
  card?: CardTerm;
  oldCard?: CardTerm;
  /** First day of insurance, for `ngayDu5Nam` (five consecutive years). */
  thamGiaTu?: string;
  situation?: CardSituation;
  /** The day a withdrawal or báo giảm took effect. */
  since?: string;
  history: Visit[];
}

export interface EgwAccount {
  username: string;
  password: string;
  facility: string;
  /** Personal IDs of the officers registered to query under this account (`cccdCb`). */
  officers: readonly string[];
}

export interface CardSeeds {
  facilities: ReadonlyMap<string, string>;
  accounts: readonly EgwAccount[];
  cards: ReadonlyMap<string, SeededCard>;
}

/** Province codes a card may carry: the GSO ones plus 97 (BHXH Bộ Quốc phòng) and 98 (Bộ Công an). */
export const isCardProvince = (code: string): boolean => isGsoProvinceCode(code) || code === '97' || code === '98';

/**
 * Reads `seeds/health-insurance/cards.json` and checks it against the dataset: every holder is a
 * citizen, every card carries the holder's BHXH number, every facility is listed. A bad seed stops
 * the start with the row named.
 */
export function loadCardSeeds(citizens: readonly Citizen[]): CardSeeds {
  const byId = new Map(citizens.map((c) => [c.id, c]));
  const facilities = new Map(seeds.facilities.map((f) => [f.code, f.name]));
  const cards = new Map<string, SeededCard>();
  for (const row of seeds.cards as (Partial<CardTerm> & {
    soDinhDanh: string;
    oldCard?: CardTerm;
    thamGiaTu?: string;
    situation?: CardSituation;
    since?: string;
    history?: Visit[];
  })[]) {
    const holder = byId.get(row.soDinhDanh);
    if (!holder) throw new Error(`seeds/health-insurance/cards.json: ${row.soDinhDanh} is not a citizen of the dataset`);
    const terms = [row.maThe ? (row as CardTerm) : undefined, row.oldCard].filter((t): t is CardTerm => t !== undefined);
    for (const term of terms) {
      const parts = parseBhytCardCode(term.maThe);
      if (!parts.ok || parts.bhxhNumber !== holder.bhxhNumber || !isCardProvince(parts.provinceCode)) {
        throw new Error(`seeds/health-insurance/cards.json: card ${term.maThe} does not belong to ${holder.id} (BHXH ${holder.bhxhNumber})`);
      }
      if (!facilities.has(term.maDKBD)) throw new Error(`seeds/health-insurance/cards.json: facility ${term.maDKBD} of ${term.maThe} is not listed`);
    }
    const card = row.maThe
      ? { maThe: row.maThe, gtTheTu: row.gtTheTu as string, gtTheDen: row.gtTheDen as string, maDKBD: row.maDKBD as string }
      : undefined;
    cards.set(row.soDinhDanh, {
      soDinhDanh: row.soDinhDanh,
      ...(card ? { card } : {}),
      ...(row.oldCard ? { oldCard: row.oldCard } : {}),
      ...(row.thamGiaTu ? { thamGiaTu: row.thamGiaTu } : {}),
      ...(row.situation ? { situation: row.situation } : {}),
      ...(row.since ? { since: row.since } : {}),
      history: row.history ?? [],
    });
  }
  return { facilities, accounts: seeds.accounts, cards };
}
