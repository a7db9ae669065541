import {
  formatPartialDate,
  formatWireDate,
  fromIsoDate,
  parsePartialDate,
  parseWireDate,
  toIsoDate,
  WIRE_DATE_FORMATS,
  type WireDateFormat,
} from './wire-dates';

/** 15 Jan 2026 09:30:15 in Hanoi is 02:30:15 UTC. */
const SAMPLE = new Date('2026-01-15T02:30:15Z');

describe('formatWireDate', () => {
  it.each<[WireDateFormat, string]>([
    ['dd/MM/yyyy', '15/01/2026'],
    ['dd/MM/yyyy HH:mm:ss', '15/01/2026 09:30:15'],
    ['dd.MM.yyyy', '15.01.2026'],
    ['yyyyMMdd', '20260115'],
    ['yyyyMMddHHmmss', '20260115093015'],
    ['HH:mm', '09:30'],
  ])('writes %s in Vietnamese time', (format, expected) => {
    expect(formatWireDate(SAMPLE, format)).toBe(expected);
  });

  it('moves to the next Vietnamese day at 17:00 UTC whatever the machine time zone', () => {
    expect(formatWireDate(new Date('2026-01-15T16:59:59Z'), 'dd/MM/yyyy HH:mm:ss')).toBe('15/01/2026 23:59:59');
    expect(formatWireDate(new Date('2026-01-15T17:00:00Z'), 'dd/MM/yyyy HH:mm:ss')).toBe('16/01/2026 00:00:00');
  });

  it('pads small years and refuses an invalid Date', () => {
    expect(formatWireDate(new Date('0099-06-01T00:00:00Z'), 'yyyyMMdd')).toBe('00990601');
    expect(() => formatWireDate(new Date('nonsense'), 'dd/MM/yyyy')).toThrow(RangeError);
  });
});

describe('parseWireDate', () => {
  it('reads back what formatWireDate wrote, for every format', () => {
    for (const format of WIRE_DATE_FORMATS.filter((f) => f !== 'HH:mm')) {
      const text = formatWireDate(SAMPLE, format);
      expect(formatWireDate(parseWireDate(text, format) as Date, format)).toBe(text);
    }
    expect(parseWireDate('20260115093015', 'yyyyMMddHHmmss')).toEqual(SAMPLE);
    expect(parseWireDate('15/01/2026', 'dd/MM/yyyy')).toEqual(new Date('2026-01-14T17:00:00Z'));
  });

  it('places an HH:mm time on the given Vietnamese day, or on 1970-01-01', () => {
    expect(parseWireDate('09:30', 'HH:mm', { day: SAMPLE })).toEqual(new Date('2026-01-15T02:30:00Z'));
    expect(parseWireDate('00:00', 'HH:mm')).toEqual(new Date('1969-12-31T17:00:00Z'));
    expect(parseWireDate('23:59', 'HH:mm')).toBeDefined();
  });

  it.each<[string, WireDateFormat]>([
    ['31/02/2026', 'dd/MM/yyyy'],
    ['29/02/2025', 'dd/MM/yyyy'],
    ['29/02/1900', 'dd/MM/yyyy'],
    ['00/01/2026', 'dd/MM/yyyy'],
    ['15/13/2026', 'dd/MM/yyyy'],
    ['00/00/0000', 'dd/MM/yyyy'],
    ['1/1/2026', 'dd/MM/yyyy'],
    ['15-01-2026', 'dd/MM/yyyy'],
    ['2026-01-15', 'dd/MM/yyyy'],
    [' 15/01/2026', 'dd/MM/yyyy'],
    ['15/01/2026 24:00:00', 'dd/MM/yyyy HH:mm:ss'],
    ['15/01/2026 09:60:00', 'dd/MM/yyyy HH:mm:ss'],
    ['15/01/2026 09:30', 'dd/MM/yyyy HH:mm:ss'],
    ['15/01/2026', 'dd.MM.yyyy'],
    ['31.04.2026', 'dd.MM.yyyy'],
    ['2026011', 'yyyyMMdd'],
    ['20260231', 'yyyyMMdd'],
    ['202601150930', 'yyyyMMddHHmmss'],
    ['20260115093060', 'yyyyMMddHHmmss'],
    ['9:30', 'HH:mm'],
    ['24:00', 'HH:mm'],
  ])('rejects %j as %s', (text, format) => {
    expect(parseWireDate(text, format)).toBeUndefined();
  });

  it('accepts 29 February in a leap year, including 2000', () => {
    expect(parseWireDate('29/02/2024', 'dd/MM/yyyy')).toBeDefined();
    expect(parseWireDate('29.02.2000', 'dd.MM.yyyy')).toBeDefined();
  });

  it('returns undefined for a value that is not a string', () => {
    expect(parseWireDate(20260115 as unknown as string, 'yyyyMMdd')).toBeUndefined();
  });
});

describe('ISO day helpers', () => {
  it('convert between an ISO day and Vietnamese midnight', () => {
    expect(fromIsoDate('2026-01-15')).toEqual(new Date('2026-01-14T17:00:00Z'));
    expect(toIsoDate(new Date('2026-01-14T17:00:00Z'))).toBe('2026-01-15');
    expect(toIsoDate(new Date('2026-01-14T16:59:59Z'))).toBe('2026-01-14');
    expect(fromIsoDate('2026-02-30')).toBeUndefined();
    expect(fromIsoDate('15/01/2026')).toBeUndefined();
  });
});

describe('parsePartialDate', () => {
  it('reads the three LLTP precisions', () => {
    expect(parsePartialDate('05/03/1990')).toEqual({ precision: 'day', year: 1990, month: 3, day: 5 });
    expect(parsePartialDate('03/1990')).toEqual({ precision: 'month', year: 1990, month: 3 });
    expect(parsePartialDate('1990')).toEqual({ precision: 'year', year: 1990 });
  });

  it.each(['31/02/1990', '13/1990', '00/1990', '0000', '90', '1990-03', '3/1990', '', '05.03.1990'])('rejects %j', (text) => {
    expect(parsePartialDate(text)).toBeUndefined();
  });

  it('writes each precision back unchanged', () => {
    for (const text of ['05/03/1990', '03/1990', '1990']) {
      expect(formatPartialDate(parsePartialDate(text)!)).toBe(text);
    }
  });
});
