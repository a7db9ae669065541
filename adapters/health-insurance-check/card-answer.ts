import { formatWireDate } from '../../src/core/dates/wire-dates';
import type { StateStore } from '../../src/core/ports';
import { addYears } from '../../src/core/dates/iso-days';
import type { BhytCardCheckResponse, BhytHistoryResponse } from '../../src/generated/schema-types';
import type { CardTerm, Visit } from './card-seeds';
import { isoDayText as dmy } from '../shared/iso-day-text';
import type { CardCheck } from './card-check';
import type { CardRegistry } from './card-registry';
import { RESULT_TEXT, type ResultCode } from './result-codes';

type CheckEntry = NonNullable<BhytCardCheckResponse['dsLichSuKT2018']>[number];

/** How many past checks of a card the answer lists. */
const CHECKS_SHOWN = 10;
/** How many checks of a card are kept. */
const CHECKS_KEPT = 50;
const checksKey = (maSoBhxh: string): string => `checks:${maSoBhxh}`;

const EMPTY: Omit<BhytCardCheckResponse, 'maKetQua' | 'ghiChu'> = {
  maThe: null,
  hoTen: null,
  ngaySinh: null,
  gioiTinh: null,
  diaChi: null,
  maDKBD: null,
  cqBHXH: null,
  gtTheTu: null,
  gtTheDen: null,
  maKV: null,
  ngayDu5Nam: null,
  maSoBHXH: null,
  maTheCu: null,
  maTheMoi: null,
  gtTheTuMoi: null,
  gtTheDenMoi: null,
  maDKBDMoi: null,
  tenDKBDMoi: null,
  dsLichSuKCB2018: null,
  dsLichSuKT2018: null,
};

/** An answer that names no card: a refusal before the card was identified. */
export function bareAnswer(code: ResultCode, note: string = RESULT_TEXT[code]): BhytCardCheckResponse {
  return { maKetQua: code, ghiChu: note, ...EMPTY };
}

/** The card check's answer; the check is recorded on the card's list of checks (dsLichSuKT2018). */
export async function cardAnswer(
  state: StateStore,
  registry: CardRegistry,
  check: CardCheck,
  who: { user: string; at: Date; id: string },
): Promise<BhytCardCheckResponse> {
  const { file } = check;
  if (!file) return bareAnswer(check.code, check.note);
  const { holder } = file;
  const shown: CardTerm | undefined = check.shown;
  const key = checksKey(holder.maSoBhxh);
  const total = await state.countByScore(key, 0, Number.MAX_SAFE_INTEGER);
  const previous = (
    await state.rangeByScore(key, 0, Number.MAX_SAFE_INTEGER, { offset: Math.max(0, total - CHECKS_SHOWN), limit: CHECKS_SHOWN })
  ).map((m) => JSON.parse(m) as CheckEntry & { id: string });
  const entry = { id: who.id, userKT: who.user, thoiGianKT: formatWireDate(who.at, 'yyyyMMddHHmmss'), thongBao: check.note, maLoi: check.code };
  await state.addToIndex(key, JSON.stringify(entry), who.at.getTime());
  // Only the last checks are ever shown; older ones are dropped so a busy card does not grow without bound.
  if (total >= CHECKS_KEPT) {
    for (const stale of await state.rangeByScore(key, 0, Number.MAX_SAFE_INTEGER, { offset: 0, limit: total + 1 - CHECKS_KEPT }))
      await state.removeFromIndex(key, stale);
  }
  const replacement = check.replacement;
  return {
    maKetQua: check.code,
    ghiChu: check.note,
    ...EMPTY,
    maThe: shown?.maThe ?? file.card?.maThe ?? null,
    hoTen: holder.hoTen,
    ngaySinh: dmy(holder.birthDate),
    gioiTinh: holder.gender === 'male' ? 'Nam' : 'Nữ',
    diaChi: holder.address,
    maDKBD: shown?.maDKBD ?? null,
    cqBHXH: registry.officeName(shown ? shown.maThe.slice(3, 5) : holder.provinceCode),
    gtTheTu: shown ? dmy(shown.gtTheTu) : null,
    gtTheDen: shown ? dmy(shown.gtTheDen) : null,
    maKV: '',
    ngayDu5Nam: file.thamGiaTu && shown ? dmy(addYears(file.thamGiaTu, 5)) : null,
    maSoBHXH: holder.maSoBhxh,
    ...(replacement
      ? {
          maTheCu: shown?.maThe ?? null,
          maTheMoi: replacement.maThe,
          gtTheTuMoi: dmy(replacement.gtTheTu),
          gtTheDenMoi: dmy(replacement.gtTheDen),
          maDKBDMoi: replacement.maDKBD,
          tenDKBDMoi: registry.facilityName(replacement.maDKBD),
        }
      : {}),
    dsLichSuKT2018: previous.reverse().map(({ id: _id, ...rest }) => rest),
  };
}

/** Visits discharged by `now`, newest first (the Lskcb2025 answer). */
export function historyAnswer(check: CardCheck, maThe: string, now: Date): BhytHistoryResponse {
  if (!check.file) return { maKetQua: check.code, ghiChu: check.note, maThe: null, hoTen: null, dsLichSuKCB2018: null };
  const until = formatWireDate(now, 'yyyyMMddHHmmss').slice(0, 12);
  const visits: Visit[] = check.file.history.filter((v) => v.ngayRa <= until).sort((a, b) => (a.ngayVao < b.ngayVao ? 1 : -1));
  return {
    maKetQua: '000',
    ghiChu: `Lấy lịch sử khám chữa bệnh thành công: ${visits.length} lượt.`,
    maThe,
    hoTen: check.file.holder.hoTen,
    dsLichSuKCB2018: visits,
  };
}
