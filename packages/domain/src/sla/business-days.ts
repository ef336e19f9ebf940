import { addDays, dayOfWeek, formatIsoDate, type LocalDate } from '../calendar/local-date';

/**
 * A business day is Monday to Friday and not a holiday.
 * @example isBusinessDay({ year: 2025, month: 12, day: 25 }, new Set(['2025-12-25'])) // false
 */
export function isBusinessDay(date: LocalDate, holidays: ReadonlySet<string>): boolean {
  const weekday = dayOfWeek(date);
  return weekday !== 0 && weekday !== 6 && !holidays.has(formatIsoDate(date));
}

/**
 * The business day `days` business days after `date` (the start day itself never counts).
 * @example addBusinessDays(friday, 2, new Set()) // the Tuesday after
 */
export function addBusinessDays(
  date: LocalDate,
  days: number,
  holidays: ReadonlySet<string>,
): LocalDate {
  let current = date;
  for (let counted = 0; counted < days;) {
    current = addDays(current, 1);
    if (isBusinessDay(current, holidays)) counted += 1;
  }
  return current;
}
