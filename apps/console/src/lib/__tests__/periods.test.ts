import { periodLabel, periodStartOf, periodStartsIn } from '../periods';

describe('report periods', () => {
  it('starts a week on its ISO Monday, a month on the 1st', () => {
    expect(periodStartOf('2025-03-05', 'WEEK')).toBe('2025-03-03'); // a Wednesday
    expect(periodStartOf('2025-03-09', 'WEEK')).toBe('2025-03-03'); // Sunday ends the ISO week
    expect(periodStartOf('2025-03-10', 'WEEK')).toBe('2025-03-10');
    expect(periodStartOf('2025-03-31', 'MONTH')).toBe('2025-03-01');
    expect(periodStartOf('2025-03-31', 'DAY')).toBe('2025-03-31');
  });

  it('lists every period the range touches, the partial first and last included', () => {
    expect(periodStartsIn({ from: '2025-03-05', to: '2025-03-18' }, 'WEEK')).toEqual([
      '2025-03-03',
      '2025-03-10',
      '2025-03-17',
    ]);
    expect(periodStartsIn({ from: '2024-11-15', to: '2025-02-01' }, 'MONTH')).toEqual([
      '2024-11-01',
      '2024-12-01',
      '2025-01-01',
      '2025-02-01',
    ]);
    expect(periodStartsIn({ from: '2025-02-27', to: '2025-03-01' }, 'DAY')).toHaveLength(3);
  });

  it('names days and weeks by their first day, months by month and year', () => {
    expect(periodLabel('2025-03-03', 'WEEK')).toBe('Mar 3');
    expect(periodLabel('2025-12-01', 'MONTH')).toBe('Dec 2025');
  });
});
