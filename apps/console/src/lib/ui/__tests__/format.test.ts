import { formatDate, formatMoney, formatRelative, humanizeEnum, minorUnitDigits } from '../format';

describe('formatMoney', () => {
  it('shows minor units as the currency’s major units', () => {
    expect(formatMoney(123456, 'USD')).toBe('$1,234.56');
    expect(formatMoney(5, 'USD')).toBe('$0.05');
    expect(formatMoney(0, 'USD')).toBe('$0.00');
  });

  it('keeps the sign of a negative amount (a deduction)', () => {
    expect(formatMoney(-1999, 'USD')).toBe('-$19.99');
  });

  it('knows currencies without minor units', () => {
    expect(minorUnitDigits('JPY')).toBe(0);
    expect(formatMoney(1500, 'JPY')).toBe('¥1,500');
  });

  it('is exact for amounts where float division would drift', () => {
    expect(formatMoney(1_000_000_000_01, 'USD')).toBe('$1,000,000,000.01');
  });
});

describe('dates', () => {
  it('shows an unreadable instant as it came rather than "Invalid Date"', () => {
    expect(formatDate('not-a-date')).toBe('not-a-date');
  });

  it('says how far an instant is from now in the coarsest unit', () => {
    const now = new Date('2026-11-26T12:00:00Z');
    expect(formatRelative('2026-11-26T15:00:00Z', now)).toBe('in 3 hours');
    expect(formatRelative('2026-11-24T12:00:00Z', now)).toBe('2 days ago');
    expect(formatRelative('2026-11-26T12:00:20Z', now)).toBe('this minute');
    expect(formatRelative('2026-11-26T15:00:00Z', now, 'short')).toBe('in 3 hr.');
  });
});

describe('humanizeEnum', () => {
  it('turns an enum value into a sentence-case label', () => {
    expect(humanizeEnum('DAMAGED_IN_TRANSIT')).toBe('Damaged in transit');
    expect(humanizeEnum('NEW')).toBe('New');
  });
});
