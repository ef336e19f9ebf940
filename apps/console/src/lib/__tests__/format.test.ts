import { formatCount, formatShare } from '../format';

describe('formatCount', () => {
  it('groups thousands', () => {
    expect(formatCount(0)).toBe('0');
    expect(formatCount(300_000)).toBe('300,000');
  });
});

describe('formatShare', () => {
  it('shows whole percentages', () => {
    expect(formatShare(1, 4)).toBe('25%');
    expect(formatShare(4, 4)).toBe('100%');
  });

  it('never rounds a partial share to 0% or 100%', () => {
    expect(formatShare(1, 1000)).toBe('<1%');
    expect(formatShare(999, 1000)).toBe('>99%');
  });

  it('reads 0% for nothing, including an empty whole', () => {
    expect(formatShare(0, 10)).toBe('0%');
    expect(formatShare(0, 0)).toBe('0%');
  });
});
