import { checkDateRange, checkTimeWindow, dateRange, timeWindowOn } from './list-query';

describe('dossier list query rules', () => {
  it('accepts a window within one day, to_ts equal to from_ts included', () => {
    expect(checkTimeWindow({ from_ts: '08:00', to_ts: '17:30' })).toEqual([]);
    expect(checkTimeWindow({ from_ts: '09:15', to_ts: '09:15' })).toEqual([]);
  });

  it('refuses times that do not exist and reversed windows, naming the parameter', () => {
    expect(checkTimeWindow({ from_ts: '24:00', to_ts: '25:61' }).map((v) => v.path)).toEqual(['body.from_ts', 'body.to_ts']);
    expect(checkTimeWindow({ from_ts: '10:00', to_ts: '09:59' })).toEqual([
      { path: 'body.to_ts', message: 'body.to_ts (09:59) must not be earlier than body.from_ts (10:00)' },
    ]);
  });

  it('accepts up to five days counting both ends, and one day', () => {
    expect(checkDateRange({ from_date: '01/03/2025', to_date: '05/03/2025' })).toEqual([]);
    expect(checkDateRange({ from_date: '28/02/2024', to_date: '03/03/2024' })).toEqual([]);
    expect(checkDateRange({ from_date: '05/03/2025', to_date: '05/03/2025' })).toEqual([]);
  });

  it('refuses six days, reversed ranges and days that do not exist', () => {
    expect(checkDateRange({ from_date: '01/03/2025', to_date: '06/03/2025' })[0]?.message).toBe(
      'body.from_date to body.to_date covers 6 days; the registry answers at most 5 days at a time',
    );
    expect(checkDateRange({ from_date: '06/03/2025', to_date: '05/03/2025' })[0]?.path).toBe('body.to_date');
    expect(checkDateRange({ from_date: '29/02/2025', to_date: '31/04/2025' }).map((v) => v.path)).toEqual(['body.from_date', 'body.to_date']);
  });

  it('places a window on the Vietnamese day of the clock, to the end of to_ts’s minute', () => {
    // 2025-03-05 23:30 in Viet Nam is still 16:30 UTC: the window belongs to the 5th.
    const now = new Date('2025-03-05T16:30:00Z');
    const { from, to } = timeWindowOn({ from_ts: '00:00', to_ts: '23:59' }, now);
    expect(from.toISOString()).toBe('2025-03-04T17:00:00.000Z');
    expect(to.toISOString()).toBe('2025-03-05T16:59:59.999Z');
  });

  it('covers whole days of a date range', () => {
    const { from, to } = dateRange({ from_date: '01/03/2025', to_date: '02/03/2025' });
    expect(from.toISOString()).toBe('2025-02-28T17:00:00.000Z');
    expect(to.toISOString()).toBe('2025-03-02T16:59:59.999Z');
  });
});
