import { parseIsoDate, formatIsoDate } from '../../calendar/local-date';
import { addBusinessDays, isBusinessDay } from '../business-days';
import {
  firstResponseClock,
  isBreached,
  isOverdue,
  refundClock,
  stopClock,
  type SlaCalendar,
} from '../sla-clock';
import { outcome, unwrap } from '../../__tests__/support/results';

const at = (iso: string): Date => new Date(iso);
const HOUR = 3_600_000;

describe('first response is due 24 hours after the request', () => {
  const clock = firstResponseClock(at('2025-03-07T16:00:00Z'));

  test('the due instant is 24 h later', () => {
    expect(clock.dueAt.toISOString()).toBe('2025-03-08T16:00:00.000Z');
  });

  test.each([
    ['one hour before due it is not overdue', -HOUR, false],
    ['at the due instant it is not yet overdue', 0, false],
    ['one millisecond later it is overdue', 1, true],
  ])('%s', (_rule, offset, overdue) => {
    expect(isOverdue(clock, new Date(clock.dueAt.getTime() + offset))).toBe(overdue);
  });

  test('a clock stopped in time is never overdue nor breached', () => {
    const answered = stopClock(clock, at('2025-03-08T09:00:00Z'));
    expect(isOverdue(answered, at('2025-03-20T00:00:00Z'))).toBe(false);
    expect(isBreached(answered, at('2025-03-20T00:00:00Z'))).toBe(false);
  });

  test('a clock stopped late is not overdue any more but counts as a breach', () => {
    const late = stopClock(clock, at('2025-03-09T09:00:00Z'));
    expect(isOverdue(late, at('2025-03-20T00:00:00Z'))).toBe(false);
    expect(isBreached(late, at('2025-03-20T00:00:00Z'))).toBe(true);
  });

  test('a running overdue clock is a breach', () => {
    expect(isBreached(clock, at('2025-03-09T00:00:00Z'))).toBe(true);
  });

  test('stopping a stopped clock keeps the first stop', () => {
    const first = stopClock(clock, at('2025-03-08T09:00:00Z'));
    expect(stopClock(first, at('2025-03-08T10:00:00Z'))).toBe(first);
  });
});

describe('refund is due 2 business days after receipt', () => {
  test.each<[string, string, SlaCalendar, string]>([
    [
      'received Monday → due end of Wednesday',
      '2025-03-03T10:00:00Z',
      { timeZone: 'UTC', holidays: [] },
      '2025-03-05T23:59:59.999Z',
    ],
    [
      'received Friday → weekend skipped, due end of Tuesday',
      '2025-03-07T15:00:00Z',
      { timeZone: 'UTC', holidays: [] },
      '2025-03-11T23:59:59.999Z',
    ],
    [
      'received Saturday → due end of Tuesday',
      '2025-03-08T09:00:00Z',
      { timeZone: 'UTC', holidays: [] },
      '2025-03-11T23:59:59.999Z',
    ],
    [
      'received Thursday before a Friday holiday → due end of Tuesday',
      '2025-03-13T09:00:00Z',
      { timeZone: 'UTC', holidays: ['2025-03-14'] },
      '2025-03-18T23:59:59.999Z',
    ],
    [
      'Christmas and Boxing Day are skipped',
      '2025-12-24T09:00:00Z',
      { timeZone: 'Europe/London', holidays: ['2025-12-25', '2025-12-26'] },
      '2025-12-30T23:59:59.999Z',
    ],
    [
      '10 pm Friday in New York is still Friday there → due end of Tuesday, New York time',
      '2025-03-08T03:00:00Z',
      { timeZone: 'America/New_York', holidays: [] },
      '2025-03-12T03:59:59.999Z',
    ],
    [
      'the same instant in UTC is Saturday → due end of Tuesday UTC',
      '2025-03-08T03:00:00Z',
      { timeZone: 'UTC', holidays: [] },
      '2025-03-11T23:59:59.999Z',
    ],
  ])('%s', (_rule, receivedAt, calendar, due) => {
    const clock = unwrap(refundClock(at(receivedAt), calendar));
    expect(clock).toMatchObject({ kind: 'REFUND', startedAt: at(receivedAt), stoppedAt: null });
    expect(clock.dueAt.toISOString()).toBe(due);
  });

  test('the default calendar is UTC without holidays', () => {
    expect(unwrap(refundClock(at('2025-03-07T15:00:00Z'))).dueAt.toISOString()).toBe(
      '2025-03-11T23:59:59.999Z',
    );
  });

  test.each<[string, Date, SlaCalendar, string]>([
    [
      'an unknown time zone',
      at('2025-03-07T15:00:00Z'),
      { timeZone: 'Moon/Base', holidays: [] },
      'INVALID_TIME_ZONE',
    ],
    [
      'a holiday that is not an ISO date',
      at('2025-03-07T15:00:00Z'),
      { timeZone: 'UTC', holidays: ['25/12/2025'] },
      'INVALID_DATE',
    ],
    ['an invalid receipt time', at('garbage'), { timeZone: 'UTC', holidays: [] }, 'INVALID_DATE'],
  ])('refuses %s', (_rule, receivedAt, calendar, code) => {
    expect(outcome(refundClock(receivedAt, calendar))).toBe(code);
  });
});

describe('business days', () => {
  const day = (iso: string) => unwrap(parseIsoDate(iso));

  test.each([
    ['a Wednesday', '2025-03-05', [], true],
    ['a Saturday', '2025-03-08', [], false],
    ['a Sunday', '2025-03-09', [], false],
    ['a weekday holiday', '2025-12-25', ['2025-12-25'], false],
  ])('%s is a business day: %s', (_rule, date, holidays, expected) => {
    expect(isBusinessDay(day(date), new Set(holidays))).toBe(expected);
  });

  test('adding zero business days stays on the day', () => {
    expect(formatIsoDate(addBusinessDays(day('2025-03-08'), 0, new Set()))).toBe('2025-03-08');
  });
});
