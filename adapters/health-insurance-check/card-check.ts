import { parseCccd } from '../../src/core/ids';
import { addYears } from '../../src/core/dates/iso-days';
import type { StateStore } from '../../src/core/ports';
import { isoDayText as dmy } from '../shared/iso-day-text';
import { isCardProvince, type CardTerm } from './card-seeds';
import type { CardFile, CardRegistry } from './card-registry';
import { RESULT_TEXT, type ResultCode } from './result-codes';

/** What the hospital sends (`KQNhanLichSuKCB2024` body, after the schema and its rules). */
export interface CardQuery {
  maThe: string;
  hoTen: string;
  /** `dd/MM/yyyy`, or `yyyy` for people whose card carries the year only. */
  ngaySinh: string;
  gioiTinh?: string;
  maDKBD?: string;
}

export interface CardCheck {
  code: ResultCode;
  /** Why, for ghiChu. */
  note: string;
  /** Set once the card is identified and the holder matches: the card to show. */
  file?: CardFile;
  shown?: CardTerm;
  /** For 003/004: the card that replaced the one asked about. */
  replacement?: CardTerm;
}

/** A name or gender as compared: NFC, trimmed, single spaces, lower case. */
export const sameText = (s: string): string => s.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('vi');
const fail = (code: ResultCode, note: string = RESULT_TEXT[code]): CardCheck => ({ code, note });

/** The 15-character card code's own rules, in the order the gateway reports them. */
function cardCodeFault(maThe: string): ResultCode | undefined {
  if (!/^[A-Z]{2}/.test(maThe)) return '051';
  if (!/^[1-5]$/.test(maThe[2])) return '053';
  if (!isCardProvince(maThe.slice(3, 5))) return '052';
  return /^\d{10}$/.test(maThe.slice(5)) ? undefined : '051';
}

async function findFile(registry: CardRegistry, bhxh: StateStore, maThe: string, today: string): Promise<CardFile | CardCheck> {
  if (maThe.length === 15) {
    const fault = cardCodeFault(maThe);
    if (fault) return fail(fault);
    return (await registry.byBhxhNumber(bhxh, maThe.slice(5), today)) ?? fail('050');
  }
  if (/^\d{10}$/.test(maThe)) return (await registry.byBhxhNumber(bhxh, maThe, today)) ?? fail('050');
  if (/^\d{12}$/.test(maThe)) {
    if (!parseCccd(maThe).ok) return fail('051', `${RESULT_TEXT['051']} ${maThe} không phải số CCCD hợp lệ.`);
    return (await registry.byPersonalId(bhxh, maThe, today)) ?? fail('050');
  }
  return fail('051', `${RESULT_TEXT['051']} Mã thẻ gồm 15 kí tự, mã số BHXH 10 chữ số hoặc số CCCD 12 chữ số.`);
}

function identityFault(file: CardFile, query: CardQuery): ResultCode | undefined {
  const { holder } = file;
  const asked = sameText(query.hoTen);
  const known = sameText(holder.hoTen);
  if (asked !== known) return asked[0] === known[0] ? '061' : '060';
  const born = query.ngaySinh.length === 4 ? holder.birthDate.slice(0, 4) : dmy(holder.birthDate);
  if (query.ngaySinh !== born) return '070';
  if (query.gioiTinh !== undefined) {
    const male = ['1', 'nam'].includes(sameText(query.gioiTinh));
    if (male !== (holder.gender === 'male')) return '080';
  }
  return undefined;
}

/**
 * The gateway's verdict on one card on `today` (ISO, simulation clock): format, then the holder,
 * then who manages the card, the identity sent, the card's state, which card was shown and its
 * dates, and the primary-care facility.
 */
export async function checkCard(
  registry: CardRegistry,
  bhxh: StateStore,
  query: CardQuery,
  today: string,
  /** The death the civil registry has registered for a personal ID (ISO day), if any. */
  deathOf: (soDinhDanh: string) => Promise<string | undefined>,
): Promise<CardCheck> {
  const found = await findFile(registry, bhxh, query.maThe, today);
  if ('code' in found) return found;
  const died = found.situation ? undefined : await deathOf(found.holder.soDinhDanh);
  // A death registered after the seeds stops the card too, as a seeded death does.
  const file: CardFile = died && died <= today ? { ...found, situation: '124', since: died } : found;
  if (file.situation === '001' || file.situation === '002' || file.situation === '100' || file.situation === '101') return fail(file.situation);
  const identity = identityFault(file, query);
  if (identity) return fail(identity);
  if (file.situation) {
    const since = file.since ? ` Từ ngày ${dmy(file.since)}.` : '';
    return { code: file.situation, note: `${RESULT_TEXT[file.situation]}${since}`, file, ...(file.card ? { shown: file.card } : {}) };
  }
  if (!file.card) return fail('130');
  const askedOld = file.oldCard && (query.maThe === file.oldCard.maThe || query.maThe.length !== 15);
  if (query.maThe.length === 15 && !askedOld && query.maThe !== file.card.maThe)
    return fail('050', `${RESULT_TEXT['050']} Mã thẻ ${query.maThe} không phải thẻ đang lưu hành.`);
  if (askedOld && file.oldCard) {
    const code = file.oldCard.gtTheDen < today ? '003' : '004';
    return {
      code,
      note: `${RESULT_TEXT[code]} Mã thẻ mới: ${file.card.maThe}, hạn thẻ mới từ ${dmy(file.card.gtTheTu)} đến ${dmy(file.card.gtTheDen)}.`,
      file,
      shown: file.oldCard,
      replacement: file.card,
    };
  }
  const card = file.card;
  if (card.gtTheDen < today) return { code: '010', note: `${RESULT_TEXT['010']} Hạn thẻ đến ${dmy(card.gtTheDen)}.`, file, shown: card };
  if (card.gtTheTu > today) return { code: '010', note: `Thẻ chưa đến hạn sử dụng: có giá trị từ ${dmy(card.gtTheTu)}.`, file, shown: card };
  if (query.maDKBD !== undefined && query.maDKBD !== card.maDKBD) {
    return { code: '090', note: `${RESULT_TEXT['090']} Nơi đăng ký KCB ban đầu của thẻ: ${card.maDKBD}.`, file, shown: card };
  }
  const fiveYears = file.thamGiaTu ? ` Thời điểm đủ 5 năm liên tục: ${dmy(addYears(file.thamGiaTu, 5))}.` : '';
  return { code: '000', note: `${RESULT_TEXT['000']} Hạn thẻ từ ${dmy(card.gtTheTu)} đến ${dmy(card.gtTheDen)}.${fiveYears}`, file, shown: card };
}
