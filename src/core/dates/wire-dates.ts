/**
 * Strict formatting and parsing of the date formats the national backends put on the wire
 * (DOMAIN.md §1). Every backend writes local Vietnamese time, so everything here works in
 * Asia/Ho_Chi_Minh — UTC+7 all year, no daylight saving — by shifting by a fixed offset instead of
 * asking the machine's time zone: a CI runner in UTC and a laptop in Hanoi must print the same text.
 *
 * Parsing is strict on purpose: fields must be zero-padded to their width, separators must match,
 * and impossible dates (31/02, 29/02/2025, 24:00) are rejected, because the simulator's job is to
 * tell an integrator when their client would be refused by the real system.
 */

export type WireDateFormat = 'dd/MM/yyyy' | 'dd/MM/yyyy HH:mm:ss' | 'dd.MM.yyyy' | 'yyyyMMdd' | 'yyyyMMddHHmmss' | 'HH:mm';

export const WIRE_DATE_FORMATS: readonly WireDateFormat[] = Object.freeze([
  'dd/MM/yyyy',
  'dd/MM/yyyy HH:mm:ss',
  'dd.MM.yyyy',
  'yyyyMMdd',
  'yyyyMMddHHmmss',
  'HH:mm',
] as WireDateFormat[]);

/** Asia/Ho_Chi_Minh is UTC+07:00 and has had no daylight saving since 1975. */
export const VIETNAM_UTC_OFFSET_MINUTES = 7 * 60;
const OFFSET_MS = VIETNAM_UTC_OFFSET_MINUTES * 60_000;

type Token = 'dd' | 'MM' | 'yyyy' | 'HH' | 'mm' | 'ss';
const TOKEN_PATTERN = /yyyy|dd|MM|HH|mm|ss/g;

interface CompiledFormat {
  regex: RegExp;
  tokens: Token[];
}

const compiled = new Map<WireDateFormat, CompiledFormat>();

function compile(format: WireDateFormat): CompiledFormat {
  const cached = compiled.get(format);
  if (cached) return cached;
  if (!WIRE_DATE_FORMATS.includes(format)) throw new RangeError(`unknown wire date format: ${String(format)}`);
  const tokens: Token[] = [];
  const source = format.split(TOKEN_PATTERN).map((literal) => literal.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
  const matches = format.match(TOKEN_PATTERN) ?? [];
  let pattern = source[0];
  matches.forEach((token, i) => {
    tokens.push(token as Token);
    pattern += `(\\d{${token.length}})` + source[i + 1];
  });
  const result = { regex: new RegExp(`^${pattern}$`), tokens };
  compiled.set(format, result);
  return result;
}

interface LocalFields {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** The Vietnamese wall-clock fields of an instant. */
function toLocalFields(date: Date): LocalFields {
  const time = date.getTime();
  if (Number.isNaN(time)) throw new RangeError('cannot format an invalid Date');
  const shifted = new Date(time + OFFSET_MS);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    second: shifted.getUTCSeconds(),
  };
}

/** The instant of a Vietnamese wall-clock time; the fields must already be valid. */
function fromLocalFields(fields: LocalFields): Date {
  const utc = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not map years 0-99 to 1900-1999.
  utc.setUTCFullYear(fields.year, fields.month - 1, fields.day);
  utc.setUTCHours(fields.hour, fields.minute, fields.second, 0);
  return new Date(utc.getTime() - OFFSET_MS);
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function isValidDay(year: number, month: number, day: number): boolean {
  return year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

const pad = (value: number, width: number): string => String(value).padStart(width, '0');

/** Writes `date` in `format`, in Vietnamese local time. Throws a RangeError for an invalid Date. */
export function formatWireDate(date: Date, format: WireDateFormat): string {
  compile(format);
  const fields = toLocalFields(date);
  if (fields.year < 1 || fields.year > 9999) throw new RangeError(`year ${fields.year} does not fit in four digits`);
  const values: Record<Token, string> = {
    yyyy: pad(fields.year, 4),
    MM: pad(fields.month, 2),
    dd: pad(fields.day, 2),
    HH: pad(fields.hour, 2),
    mm: pad(fields.minute, 2),
    ss: pad(fields.second, 2),
  };
  return format.replace(TOKEN_PATTERN, (token) => values[token as Token]);
}

export interface ParseWireDateOptions {
  /** For `HH:mm`: the day the time belongs to (its Vietnamese calendar day). Default 1970-01-01. */
  day?: Date;
}

/**
 * Reads `text` written in `format` as Vietnamese local time; undefined when the text does not
 * match the format exactly or names a date or time that does not exist.
 */
export function parseWireDate(text: string, format: WireDateFormat, options: ParseWireDateOptions = {}): Date | undefined {
  if (typeof text !== 'string') return undefined;
  const { regex, tokens } = compile(format);
  const match = regex.exec(text);
  if (!match) return undefined;
  const base = options.day ? toLocalFields(options.day) : { year: 1970, month: 1, day: 1 };
  const fields: LocalFields = { year: base.year, month: base.month, day: base.day, hour: 0, minute: 0, second: 0 };
  tokens.forEach((token, i) => {
    const value = Number(match[i + 1]);
    if (token === 'yyyy') fields.year = value;
    else if (token === 'MM') fields.month = value;
    else if (token === 'dd') fields.day = value;
    else if (token === 'HH') fields.hour = value;
    else if (token === 'mm') fields.minute = value;
    else fields.second = value;
  });
  if (!isValidDay(fields.year, fields.month, fields.day)) return undefined;
  if (fields.hour > 23 || fields.minute > 59 || fields.second > 59) return undefined;
  return fromLocalFields(fields);
}

/** The Vietnamese calendar day of an instant as ISO `YYYY-MM-DD` (the seed data's date form). */
export function toIsoDate(date: Date): string {
  const { year, month, day } = toLocalFields(date);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** Midnight in Viet Nam at the start of an ISO `YYYY-MM-DD` day; undefined for anything else. */
export function fromIsoDate(iso: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (!isValidDay(year, month, day)) return undefined;
  return fromLocalFields({ year, month, day, hour: 0, minute: 0, second: 0 });
}

/**
 * A possibly incomplete date as LLTP v1 takes it for births and residence periods
 * (`dd/MM/yyyy`, `MM/yyyy` or `yyyy`) and BHXH describes with `loaiNgaySinh`.
 */
export type PartialDate =
  | { precision: 'day'; year: number; month: number; day: number }
  | { precision: 'month'; year: number; month: number }
  | { precision: 'year'; year: number };

/** Reads `dd/MM/yyyy`, `MM/yyyy` or `yyyy`; undefined for anything else or an impossible date. */
export function parsePartialDate(text: string): PartialDate | undefined {
  if (typeof text !== 'string') return undefined;
  let match = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(text);
  if (match) {
    const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
    return isValidDay(year, month, day) ? { precision: 'day', year, month, day } : undefined;
  }
  match = /^(\d{2})\/(\d{4})$/.exec(text);
  if (match) {
    const [month, year] = [Number(match[1]), Number(match[2])];
    return isValidDay(year, month, 1) ? { precision: 'month', year, month } : undefined;
  }
  match = /^(\d{4})$/.exec(text);
  if (match) {
    const year = Number(match[1]);
    return year >= 1 ? { precision: 'year', year } : undefined;
  }
  return undefined;
}

/** Writes a partial date back in the form it was read in. */
export function formatPartialDate(value: PartialDate): string {
  const year = pad(value.year, 4);
  if (value.precision === 'year') return year;
  if (value.precision === 'month') return `${pad(value.month, 2)}/${year}`;
  return `${pad(value.day, 2)}/${pad(value.month, 2)}/${year}`;
}
