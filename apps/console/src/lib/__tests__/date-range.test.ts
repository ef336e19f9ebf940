import {
  addDays,
  dateRangeFromParams,
  dateRangeInstants,
  dateRangeProblem,
  daysIn,
  isIsoDate,
  lastDays,
  startOfDayIn,
} from '../date-range';

describe('calendar-day ranges', () => {
  it('accepts only real calendar dates written YYYY-MM-DD', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2025-3-1')).toBe(false);
  });

  it('counts both ends of a range and steps across months and years', () => {
    expect(daysIn({ from: '2025-03-01', to: '2025-03-31' })).toBe(31);
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(lastDays('2025-03-31', 90)).toEqual({ from: '2025-01-01', to: '2025-03-31' });
  });

  it('refuses an end before the start, and a URL range that is not one', () => {
    expect(dateRangeProblem({ from: '2025-03-02', to: '2025-03-01' })).toBe('order');
    expect(dateRangeProblem({ from: 'x', to: '2025-03-01' })).toBe('from');
    const fallback = { from: '2025-01-01', to: '2025-01-31' };
    expect(dateRangeFromParams(new URLSearchParams('from=2025-02-01&to=x'), fallback)).toBe(
      fallback,
    );
  });

  it('turns local midnights into instants, DST included', () => {
    expect(startOfDayIn('2025-03-01', 'UTC')).toBe('2025-03-01T00:00:00.000Z');
    expect(startOfDayIn('2025-01-15', 'America/New_York')).toBe('2025-01-15T05:00:00.000Z');
    expect(startOfDayIn('2025-07-15', 'America/New_York')).toBe('2025-07-15T04:00:00.000Z');
    // The day the clocks go forward starts before the change, at the winter offset.
    expect(startOfDayIn('2025-03-09', 'America/New_York')).toBe('2025-03-09T05:00:00.000Z');
    expect(startOfDayIn('2025-03-10', 'America/New_York')).toBe('2025-03-10T04:00:00.000Z');
  });

  it('sends a range as [first midnight, midnight after the last day)', () => {
    expect(dateRangeInstants({ from: '2025-03-01', to: '2025-03-31' }, 'Europe/Berlin')).toEqual({
      from: '2025-02-28T23:00:00.000Z',
      to: '2025-03-31T22:00:00.000Z',
    });
  });
});
