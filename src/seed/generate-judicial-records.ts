/**
 * Judicial records for about one adult in ten. Each conviction is built backwards from `today`
 * so its dates obey the expungement waits of Article 70 of the 2015 Criminal Code: a conviction
 * still on record is either being served or served less than the wait ago, and an expunged one was
 * served, waited out, and expunged before today. LLTP then has both outcomes to certify.
 */
import type { SeededRandom } from '../core/random/seeded-random';
import { addDays, addMonths, addYears, maxDay, randomDayBetween, yearOf } from '../core/dates/iso-days';
import { formatMonths, formatVnd } from './penalty-text';
import type { UnitsIndex } from './units-index';
import type { Citizen, Conviction, IsoDate, JudicialRecord, Offence, Penalty, PenaltyKind, PositionBan } from './types';

export interface GenerateJudicialRecordsOptions {
  rng: SeededRandom;
  citizens: readonly Citizen[];
  units: UnitsIndex;
  today: IsoDate;
  /** Share of all citizens that get a record. Default 0.1. */
  share?: number;
}

const OFFENCES: readonly Offence[] = [
  { article: '173', name: 'Trộm cắp tài sản' },
  { article: '174', name: 'Lừa đảo chiếm đoạt tài sản' },
  { article: '134', name: 'Cố ý gây thương tích hoặc gây tổn hại cho sức khỏe của người khác' },
  { article: '260', name: 'Vi phạm quy định về tham gia giao thông đường bộ' },
  { article: '249', name: 'Tàng trữ trái phép chất ma túy' },
  { article: '321', name: 'Đánh bạc' },
  { article: '318', name: 'Gây rối trật tự công cộng' },
  { article: '178', name: 'Hủy hoại hoặc cố ý làm hư hỏng tài sản' },
  { article: '175', name: 'Lạm dụng tín nhiệm chiếm đoạt tài sản' },
  { article: '200', name: 'Trốn thuế' },
];

const BANNED_POSITION = 'Giám đốc, Tổng giám đốc, thành viên Hội đồng quản trị, Hội đồng thành viên của doanh nghiệp';

/** Months from judgment to the end of the sentence, and the wait before expungement. */
interface Sentence {
  main: Penalty;
  additional: Penalty[];
  termMonths: number;
  waitMonths: number;
}

export function generateJudicialRecords({ rng, citizens, units, today, share = 0.1 }: GenerateJudicialRecordsOptions): JudicialRecord[] {
  const eligible = citizens.filter((c) => !c.deceasedOn && c.birthDate <= addYears(today, -20));
  const chosen = new Set(
    rng
      .shuffle(eligible)
      .slice(0, Math.round(citizens.length * share))
      .map((c) => c.id),
  );
  const records: JudicialRecord[] = [];
  for (const citizen of eligible) {
    if (!chosen.has(citizen.id)) continue;
    const outcome = rng.weighted([
      ['onRecord', 50],
      ['expunged', 40],
      ['banOnly', 10],
    ] as const);
    const adultFrom = addYears(citizen.birthDate, 18);
    const convictions: Conviction[] = [];
    if (outcome !== 'banOnly') {
      // A young adult may be too young for a sentence to have been served and waited out.
      const latest =
        (outcome === 'expunged' ? expunged(rng, citizen, units, adultFrom, today) : undefined) ?? onRecord(rng, citizen, units, adultFrom, today);
      const earlier = rng.chance(0.15) ? expunged(rng, citizen, units, adultFrom, today) : undefined;
      if (latest) convictions.push(latest);
      // An earlier conviction counts only if it was expunged before the next judgment.
      if (latest && earlier?.expungedDate && earlier.expungedDate < latest.judgmentDate) convictions.unshift(earlier);
    }
    const positionBans = outcome === 'banOnly' || rng.chance(0.1) ? [positionBan(rng, citizen, units, adultFrom, today)] : [];
    if (convictions.length > 0 || positionBans.length > 0) records.push({ citizenId: citizen.id, convictions, positionBans });
  }
  return records;
}

function expunged(rng: SeededRandom, citizen: Citizen, units: UnitsIndex, adultFrom: IsoDate, today: IsoDate): Conviction | undefined {
  const sentence = drawSentence(rng);
  const latestJudgment = addMonths(today, -(sentence.termMonths + sentence.waitMonths + 3));
  if (latestJudgment < adultFrom) return undefined;
  const judgmentDate = randomDayBetween(rng, adultFrom, latestJudgment);
  const servedDate = addDays(addMonths(judgmentDate, sentence.termMonths), rng.int(0, 20));
  const expungedDate = addDays(addMonths(servedDate, sentence.waitMonths), rng.int(1, 60));
  return { ...judgment(rng, citizen, units, judgmentDate, sentence), servedDate, expungedDate };
}

/** Still being served, or served less than the expungement wait ago. */
function onRecord(rng: SeededRandom, citizen: Citizen, units: UnitsIndex, adultFrom: IsoDate, today: IsoDate): Conviction | undefined {
  const sentence = drawSentence(rng);
  const serving = sentence.termMonths > 0 && rng.chance(0.5);
  const servedDate = serving ? undefined : addDays(today, -rng.int(0, sentence.waitMonths * 30 - 1));
  const judgmentDate = servedDate
    ? addMonths(servedDate, -sentence.termMonths)
    : addDays(today, -rng.int(20, Math.max(20, sentence.termMonths * 30 - 1)));
  if (judgmentDate < adultFrom) return undefined;
  const conviction = judgment(rng, citizen, units, judgmentDate, sentence);
  return servedDate ? { ...conviction, servedDate } : conviction;
}

function judgment(rng: SeededRandom, citizen: Citizen, units: UnitsIndex, judgmentDate: IsoDate, sentence: Sentence): Conviction {
  const offences = rng.chance(0.85) ? [rng.pick(OFFENCES)] : rng.shuffle(OFFENCES).slice(0, 2);
  return {
    judgmentNo: `${rng.int(1, 350)}/${yearOf(judgmentDate)}/HS-ST`,
    judgmentDate,
    court: courtOf(units, citizen, sentence.main.kind === 'imprisonment' && (sentence.main.months ?? 0) > 84),
    offences,
    mainPenalty: sentence.main,
    additionalPenalties: sentence.additional,
  };
}

function drawSentence(rng: SeededRandom): Sentence {
  const kind = rng.weighted<PenaltyKind>([
    ['imprisonment', 40],
    ['suspendedSentence', 25],
    ['nonCustodialReform', 12],
    ['fine', 18],
    ['warning', 5],
  ]);
  const additional: Penalty[] = [];
  if (kind !== 'fine' && kind !== 'warning' && rng.chance(0.3)) {
    const amountVnd = rng.int(1, 10) * 5_000_000;
    additional.push({ kind: 'fine', text: `Phạt tiền ${formatVnd(amountVnd)}`, amountVnd });
  }
  if (kind === 'imprisonment' && rng.chance(0.1)) {
    const months = rng.int(1, 3) * 12;
    additional.push({ kind: 'residenceBan', text: `Cấm cư trú ${formatMonths(months)}`, months });
  }
  if (kind === 'imprisonment') {
    const months = rng.weighted([
      [rng.int(6, 36), 70],
      [rng.int(37, 96), 30],
    ]);
    return { main: { kind, text: `${formatMonths(months)} tù`, months }, additional, termMonths: months, waitMonths: months > 60 ? 36 : 24 };
  }
  if (kind === 'suspendedSentence') {
    const months = rng.int(6, 36);
    const probation = Math.min(60, months * 2);
    const text = `${formatMonths(months)} tù cho hưởng án treo, thời gian thử thách ${formatMonths(probation)}`;
    return { main: { kind, text, months: probation }, additional, termMonths: probation, waitMonths: 12 };
  }
  if (kind === 'nonCustodialReform') {
    const months = rng.int(6, 36);
    return { main: { kind, text: `Cải tạo không giam giữ ${formatMonths(months)}`, months }, additional, termMonths: months, waitMonths: 12 };
  }
  if (kind === 'fine') {
    const amountVnd = rng.int(2, 40) * 5_000_000;
    return { main: { kind, text: `Phạt tiền ${formatVnd(amountVnd)}`, amountVnd }, additional, termMonths: rng.int(0, 3), waitMonths: 12 };
  }
  return { main: { kind: 'warning', text: 'Cảnh cáo' }, additional, termMonths: 0, waitMonths: 12 };
}

/** A ban after the bankruptcy of a company the person managed, so never in their teens. */
function positionBan(rng: SeededRandom, citizen: Citizen, units: UnitsIndex, adultFrom: IsoDate, today: IsoDate): PositionBan {
  const decisionDate = randomDayBetween(rng, maxDay(addYears(adultFrom, 2), addDays(today, -3650)), addDays(today, -60));
  return {
    decisionNo: `${String(rng.int(1, 40)).padStart(2, '0')}/${yearOf(decisionDate)}/QĐ-TBPS`,
    decisionDate,
    court: courtOf(units, citizen, true),
    bannedPosition: BANNED_POSITION,
    durationYears: 3,
    fromDate: decisionDate,
  };
}

/** The people's court of the citizen's district, or of the province for graver cases. */
function courtOf(units: UnitsIndex, citizen: Citizen, provincial: boolean): string {
  const province = units.province(citizen.residence.provinceCode)?.name ?? `tỉnh ${citizen.residence.provinceCode}`;
  const district = units.district(citizen.residence.districtCode)?.name;
  return provincial || !district ? `Tòa án nhân dân ${province}` : `Tòa án nhân dân ${district}, ${province}`;
}
