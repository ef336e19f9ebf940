import {
  addDays,
  compareDates,
  dayOfWeek,
  formatIsoDate,
  laterDate,
  parseIsoDate,
  type LocalDate,
} from '../local-date';
import {
  checkTimeZone,
  endOfLocalDay,
  isValidInstant,
  isValidTimeZone,
  localDateOf,
  startOfLocalDay,
} from '../time-zone';
import { outcome, unwrap } from '../../__tests__/support/results';

const day = (iso: string): LocalDate => unwrap(parseIsoDate(iso));

describe('calendar days', () => {
  test.each([
    ['an ordinary day', '2025-01-31', 'OK'],
    ['29 February of a leap year', '2024-02-29', 'OK'],
    ['29 February of a common year', '2023-02-29', 'INVALID_DATE'],
    ['month 13', '2024-13-01', 'INVALID_DATE'],
    ['unpadded fields', '2024-1-1', 'INVALID_DATE'],
    ['an instant instead of a day', '2024-01-01T00:00:00Z', 'INVALID_DATE'],
  ])('parseIsoDate accepts only real days: %s', (_rule, text, expected) => {
    expect(outcome(parseIsoDate(text))).toBe(expected);
  });

  test('adding days crosses months and years', () => {
    expect(formatIsoDate(addDays(day('2024-12-20'), 30))).toBe('2025-01-19');
    expect(formatIsoDate(addDays(day('2024-03-01'), -1))).toBe('2024-02-29');
  });

  test('comparing and picking the later day', () => {
    expect(compareDates(day('2025-01-31'), day('2025-01-30'))).toBe(1);
    expect(compareDates(day('2025-01-30'), day('2025-01-30'))).toBe(0);
    expect(laterDate(day('2025-01-31'), day('2025-01-19'))).toEqual(day('2025-01-31'));
    expect(laterDate(day('2025-01-19'), day('2025-02-18'))).toEqual(day('2025-02-18'));
  });

  test('the day of the week is 0 for Sunday, 6 for Saturday', () => {
    expect(dayOfWeek(day('2025-03-09'))).toBe(0);
    expect(dayOfWeek(day('2025-03-08'))).toBe(6);
  });
});

describe('time zones', () => {
  test.each([
    ['UTC', true],
    ['America/New_York', true],
    ['Mars/Olympus_Mons', false],
  ])('%s is a valid IANA zone: %s', (zone, valid) => {
    expect(isValidTimeZone(zone)).toBe(valid);
    expect(outcome(checkTimeZone(zone))).toBe(valid ? 'OK' : 'INVALID_TIME_ZONE');
  });

  test.each([
    [
      'late evening in New York is still the previous day there',
      '2025-01-01T04:30:00Z',
      'America/New_York',
      '2024-12-31',
    ],
    [
      'the same instant is already the next day in UTC',
      '2025-01-01T04:30:00Z',
      'UTC',
      '2025-01-01',
    ],
    ['morning in Tokyo is the next day', '2024-12-31T16:00:00Z', 'Asia/Tokyo', '2025-01-01'],
  ])('localDateOf: %s', (_rule, instant, zone, expected) => {
    expect(formatIsoDate(localDateOf(new Date(instant), zone))).toBe(expected);
  });

  test.each([
    ['UTC midnight', '2025-01-31', 'UTC', '2025-01-31T00:00:00.000Z'],
    ['New York in winter (UTC−5)', '2025-01-31', 'America/New_York', '2025-01-31T05:00:00.000Z'],
    ['New York in summer (UTC−4)', '2025-07-04', 'America/New_York', '2025-07-04T04:00:00.000Z'],
    ['Tokyo (UTC+9)', '2025-01-31', 'Asia/Tokyo', '2025-01-30T15:00:00.000Z'],
    [
      'Santiago, where DST skips midnight, starts at 01:00',
      '2024-09-08',
      'America/Santiago',
      '2024-09-08T04:00:00.000Z',
    ],
  ])('startOfLocalDay: %s', (_rule, date, zone, expected) => {
    expect(startOfLocalDay(day(date), zone).toISOString()).toBe(expected);
  });

  test.each([
    ['UTC', '2025-01-31', 'UTC', '2025-01-31T23:59:59.999Z'],
    ['New York', '2025-01-31', 'America/New_York', '2025-02-01T04:59:59.999Z'],
    [
      'New York on the day DST starts',
      '2025-03-09',
      'America/New_York',
      '2025-03-10T03:59:59.999Z',
    ],
    [
      'Santiago, the day before DST skips midnight',
      '2024-09-07',
      'America/Santiago',
      '2024-09-08T03:59:59.999Z',
    ],
    [
      'Santiago, the day whose last hour repeats',
      '2025-04-05',
      'America/Santiago',
      '2025-04-06T03:59:59.999Z',
    ],
  ])('endOfLocalDay: the last millisecond of the day in %s', (_rule, date, zone, expected) => {
    expect(endOfLocalDay(day(date), zone).toISOString()).toBe(expected);
  });

  test('an invalid Date is not an instant', () => {
    expect(isValidInstant(new Date('garbage'))).toBe(false);
    expect(isValidInstant(new Date(0))).toBe(true);
  });
});
