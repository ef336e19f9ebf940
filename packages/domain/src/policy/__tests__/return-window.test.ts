import { DEFAULT_RETURN_POLICY, validateReturnPolicy, type ReturnPolicy } from '../return-policy';
import { isWithinReturnWindow, returnWindow, windowDaysFor } from '../return-window';
import { failure, outcome } from '../../__tests__/support/results';

const policy = (change: Partial<ReturnPolicy> = {}): ReturnPolicy => ({
  ...DEFAULT_RETURN_POLICY,
  ...change,
});

describe('return window: 30 days from delivery, holiday deliveries until 31 January', () => {
  test.each([
    ['30 days after a spring delivery', '2024-03-10T15:00:00Z', '2024-04-09', false],
    [
      'a 31 October delivery gets no holiday extension',
      '2024-10-31T12:00:00Z',
      '2024-11-30',
      false,
    ],
    [
      'a 1 November delivery is returnable until 31 January',
      '2024-11-01T12:00:00Z',
      '2025-01-31',
      true,
    ],
    [
      'a 20 December delivery is returnable until 31 January',
      '2024-12-20T12:00:00Z',
      '2025-01-31',
      true,
    ],
    [
      'a 31 December delivery: 30 days is 30 January, so 31 January applies',
      '2024-12-31T12:00:00Z',
      '2025-01-31',
      true,
    ],
    [
      'a 2 January delivery is back to the plain 30 days',
      '2025-01-02T12:00:00Z',
      '2025-02-01',
      false,
    ],
  ])('%s', (_rule, deliveredAt, lastDay, extended) => {
    const window = returnWindow(new Date(deliveredAt), 30, DEFAULT_RETURN_POLICY);
    expect(window.lastDay).toBe(lastDay);
    expect(window.deadline.toISOString()).toBe(`${lastDay}T23:59:59.999Z`);
    expect(window.holidayExtended).toBe(extended);
  });

  test('the later deadline applies: a 60-day window from 20 December beats 31 January', () => {
    const window = returnWindow(new Date('2024-12-20T12:00:00Z'), 60, DEFAULT_RETURN_POLICY);
    expect(window.lastDay).toBe('2025-02-18');
    expect(window.holidayExtended).toBe(false);
  });

  test('with the holiday extension switched off, December deliveries get the plain window', () => {
    const window = returnWindow(
      new Date('2024-12-20T12:00:00Z'),
      30,
      policy({ holidayExtension: false }),
    );
    expect(window.lastDay).toBe('2025-01-19');
  });

  test.each([
    ['the last millisecond of the last day is inside', '2024-04-09T23:59:59.999Z', true],
    ['the first instant of the day after is outside', '2024-04-10T00:00:00.000Z', false],
    ['a request before delivery is inside', '2024-03-01T00:00:00.000Z', true],
  ])('%s', (_rule, requestedAt, inside) => {
    const window = returnWindow(new Date('2024-03-10T15:00:00Z'), 30, DEFAULT_RETURN_POLICY);
    expect(isWithinReturnWindow(new Date(requestedAt), window)).toBe(inside);
  });

  test('31 January after a December delivery: the 31st is in, 1 February is out', () => {
    const window = returnWindow(new Date('2024-12-15T12:00:00Z'), 30, DEFAULT_RETURN_POLICY);
    expect(isWithinReturnWindow(new Date('2025-01-31T23:59:59.999Z'), window)).toBe(true);
    expect(isWithinReturnWindow(new Date('2025-02-01T00:00:00.000Z'), window)).toBe(false);
  });
});

describe('the window counts days in the policy time zone', () => {
  // 23:30 on 31 December in New York is already 1 January in UTC.
  const lateOnNewYearsEve = new Date('2025-01-01T04:30:00Z');

  test('in New York the delivery is a December one, so 31 January applies', () => {
    const window = returnWindow(lateOnNewYearsEve, 14, policy({ timeZone: 'America/New_York' }));
    expect(window.deliveredOn).toBe('2024-12-31');
    expect(window.lastDay).toBe('2025-01-31');
    expect(window.deadline.toISOString()).toBe('2025-02-01T04:59:59.999Z');
  });

  test('in UTC the same delivery is a January one with a plain 14-day window', () => {
    const window = returnWindow(lateOnNewYearsEve, 14, DEFAULT_RETURN_POLICY);
    expect(window.deliveredOn).toBe('2025-01-01');
    expect(window.lastDay).toBe('2025-01-15');
  });
});

describe('window overrides per supplier and category', () => {
  const withOverrides = policy({
    windowOverrides: [
      { scope: 'SUPPLIER', id: 'acme', days: 60 },
      { scope: 'CATEGORY', id: 'electronics', days: 15 },
      { scope: 'CATEGORY', id: 'furniture', days: 90 },
    ],
  });

  test.each([
    ['no override applies: the default 30 days', null, null, 30],
    ['a supplier override replaces the default', 'acme', null, 60],
    ['a category override replaces the default, even when shorter', null, 'electronics', 15],
    ['when both apply, the longer wins', 'acme', 'furniture', 90],
    ['when both apply, the longer wins (supplier)', 'acme', 'electronics', 60],
    ['an override for another supplier does not apply', 'globex', 'toys', 30],
  ])('%s', (_rule, supplierId, categoryId, days) => {
    expect(windowDaysFor({ supplierId, categoryId }, withOverrides)).toBe(days);
  });
});

describe('policy settings are validated', () => {
  test.each<[string, Partial<ReturnPolicy>, string | null]>([
    ['the defaults', {}, null],
    ['a zero-day window', { windowDays: 0 }, 'windowDays'],
    ['a fractional window', { windowDays: 1.5 }, 'windowDays'],
    [
      'a zero-day override',
      { windowOverrides: [{ scope: 'SUPPLIER', id: 's', days: 0 }] },
      'windowOverrides',
    ],
    ['an unknown time zone', { timeZone: 'Europe/Atlantis' }, 'timeZone'],
    ['a zero minimum reason length', { overrideReasonMinLength: 0 }, 'overrideReasonMinLength'],
    [
      'a negative returnless threshold',
      { returnlessThresholds: { USD: -1 } },
      'returnlessThresholds',
    ],
    [
      'a float returnless threshold',
      { returnlessThresholds: { USD: 9.99 } },
      'returnlessThresholds',
    ],
  ])('%s', (_rule, change, setting) => {
    const result = validateReturnPolicy(policy(change));
    if (setting === null) expect(outcome(result)).toBe('OK');
    else expect(failure(result)).toMatchObject({ code: 'INVALID_POLICY', details: { setting } });
  });
});
