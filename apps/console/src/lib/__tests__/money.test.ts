import { formatWholeMoney, minorToDecimal, parseMoneyInput } from '../money';

describe('money typed by users', () => {
  it('reads decimals into minor units from the digits, never through floats', () => {
    expect(parseMoneyInput('49.99', 'USD')).toBe(4999);
    expect(parseMoneyInput('0.1', 'USD')).toBe(10);
    expect(parseMoneyInput(' 12 ', 'USD')).toBe(1200);
    expect(parseMoneyInput('1200', 'JPY')).toBe(1200);
  });

  it('refuses more decimals than the currency has, signs and words', () => {
    expect(parseMoneyInput('1.234', 'USD')).toBeNull();
    expect(parseMoneyInput('1.5', 'JPY')).toBeNull();
    expect(parseMoneyInput('-1', 'USD')).toBeNull();
    expect(parseMoneyInput('ten', 'USD')).toBeNull();
    expect(parseMoneyInput('', 'USD')).toBeNull();
  });

  it('writes minor units back as the decimal a user would type', () => {
    expect(minorToDecimal(4999, 'USD')).toBe('49.99');
    expect(minorToDecimal(5, 'USD')).toBe('0.05');
    expect(minorToDecimal(1200, 'JPY')).toBe('1200');
  });
});

describe('chart ticks in money', () => {
  it('shows whole major units', () => {
    expect(formatWholeMoney(250000, 'USD')).toBe('$2,500');
    expect(formatWholeMoney(1200, 'JPY')).toBe('¥1,200');
  });
});
