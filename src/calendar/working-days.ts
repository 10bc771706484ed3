/**
 * Working days (ngày làm việc) of Vietnam's state agencies: Monday to Friday, minus public holidays, substitute
 * and swapped days, plus make-up Saturdays, as given by a {@link HolidayCalendar}.
 *
 * @module
 */
import {
  type CalendarDate,
  calendarDate,
  dateParts,
  dayNumber,
  fromDayNumber,
  isoWeekday,
} from "./calendar-date.js";
import { rangeError, shown } from "./errors.js";
import {
  DEFAULT_HOLIDAY_CALENDAR,
  type HolidayCalendar,
  requireCalendar,
  type YearIndex,
  yearIndex,
} from "./holiday-calendar.js";
import { HOLIDAY_CALENDAR_YEARS } from "./holiday-decisions.js";

/**
 * Looks up year indexes once per call (the calendar itself holds no cache: it stays a plain value).
 * Shared by the functions of one call, e.g. all the statuses of a reporting calendar.
 *
 * @internal
 */
export function indexer(
  calendar: HolidayCalendar,
  path: readonly (string | number)[] = ["calendar"],
): (n: number) => YearIndex {
  const checked = requireCalendar(calendar, path);
  const cache = new Map<number, YearIndex>();
  return (n) => {
    const year = yearOf(n);
    let index = cache.get(year);
    if (index === undefined) {
      index = yearIndex(checked, year);
      cache.set(year, index);
    }
    return index;
  };
}

function yearOf(n: number): number {
  return dateParts(fromDayNumber(n)).year;
}

function checkCovered(n: number): void {
  const year = yearOf(n);
  if (year < HOLIDAY_CALENDAR_YEARS.first || year > HOLIDAY_CALENDAR_YEARS.last) {
    throw rangeError("holidays.outside-coverage", {
      value: fromDayNumber(n),
      first: HOLIDAY_CALENDAR_YEARS.first,
      last: HOLIDAY_CALENDAR_YEARS.last,
    });
  }
}

/**
 * Whether day number `n` is a working day, with a shared indexer.
 *
 * @internal
 */
export function isWorking(n: number, index: (n: number) => YearIndex): boolean {
  checkCovered(n);
  const { off, makeUp } = index(n);
  if (makeUp.has(n)) return true;
  return isoWeekday(n) <= 5 && !off.has(n);
}

/** Weekdays (Monday–Friday) among the day numbers [0, s) counted from a Monday (s = day number + 3). */
function weekdaysBefore(s: number): number {
  const weeks = Math.floor(s / 7);
  return weeks * 5 + Math.min(s - weeks * 7, 5);
}

/**
 * Whether a calendar date is a working day: Monday–Friday and not a day off, or a make-up rest day.
 *
 * @param calendar - the holidays to use; default {@link DEFAULT_HOLIDAY_CALENDAR}.
 * @throws InvalidInputError `date.invalid`, or `holidays.outside-coverage` outside the calendar's years (2000–2100).
 * @example
 * ```ts
 * isWorkingDay("2026-02-16"); //=> false (Tết break)
 * isWorkingDay("2026-01-10"); //=> true (make-up Saturday)
 * isWorkingDay("2026-11-15"); //=> false (Sunday)
 * ```
 */
export function isWorkingDay(date: string, calendar: HolidayCalendar = DEFAULT_HOLIDAY_CALENDAR): boolean {
  return isWorking(dayNumber(date), indexer(calendar));
}

/**
 * The number of working days in the half-open range [from, to): `from` counts, `to` does not. It is additive:
 * `workingDaysBetween(a, b) + workingDaysBetween(b, c) === workingDaysBetween(a, c)` for any dates, because a
 * reversed range counts negatively (`workingDaysBetween(b, a) === -workingDaysBetween(a, b)`).
 *
 * @throws InvalidInputError `date.invalid`, or `holidays.outside-coverage` when the range leaves 2000–2100.
 * @example
 * ```ts
 * // Monday 9/2/2026 to Friday 27/2/2026, across the Tết break 14–22/2: 9–13/2 and 23–26/2.
 * workingDaysBetween("2026-02-09", "2026-02-27"); //=> 9
 * ```
 */
export function workingDaysBetween(
  from: string,
  to: string,
  calendar: HolidayCalendar = DEFAULT_HOLIDAY_CALENDAR,
): number {
  return countWorkingDays(dayNumber(from), dayNumber(to), indexer(calendar));
}

/**
 * Working days among the day numbers [a, b), negative when b < a.
 *
 * @internal
 */
export function countWorkingDays(a: number, b: number, index: (n: number) => YearIndex): number {
  if (a === b) return 0;
  if (a > b) return 0 - countWorkingDays(b, a, index); // not -x: no -0 for an empty count
  checkCovered(a);
  checkCovered(b - 1);
  let count = weekdaysBefore(b + 3) - weekdaysBefore(a + 3);
  // One day per year is enough to reach that year's index; January 1 is the simplest.
  for (let year = yearOf(a); year <= yearOf(b - 1); year++) {
    const { off, makeUp } = index(dayNumber(calendarDate(year, 1, 1)));
    for (const n of off) if (n >= a && n < b && isoWeekday(n) <= 5 && !makeUp.has(n)) count--;
    for (const n of makeUp) if (n >= a && n < b && isoWeekday(n) >= 6) count++;
  }
  return count;
}

/**
 * The date a number of working days after `date` (before it, when negative): for `n > 0` the n-th working day
 * strictly after `date`; for `n = 0`, `date` itself (working day or not).
 *
 * @throws InvalidInputError `date.invalid`, `days.not-integer`, or `holidays.outside-coverage`.
 * @example
 * ```ts
 * addWorkingDays("2026-02-13", 1); //=> "2026-02-23" (after the Tết break)
 * addWorkingDays("2026-02-23", -1); //=> "2026-02-13"
 * ```
 */
export function addWorkingDays(
  date: string,
  n: number,
  calendar: HolidayCalendar = DEFAULT_HOLIDAY_CALENDAR,
): CalendarDate {
  if (typeof n !== "number" || !Number.isSafeInteger(n)) {
    throw rangeError("days.not-integer", { value: shown(n) }, ["n"]);
  }
  const index = indexer(calendar);
  let d = dayNumber(date);
  const step = n < 0 ? -1 : 1;
  for (let left = Math.abs(n); left > 0; ) {
    d += step;
    if (isWorking(d, index)) left--;
  }
  return fromDayNumber(d);
}

/**
 * The first working day strictly after a date.
 *
 * @throws InvalidInputError `date.invalid`, or `holidays.outside-coverage`.
 * @example
 * ```ts
 * nextWorkingDay("2027-04-30"); //=> "2027-05-04" (1/5 is a Saturday, 3/5 its substitute day)
 * ```
 */
export function nextWorkingDay(
  date: string,
  calendar: HolidayCalendar = DEFAULT_HOLIDAY_CALENDAR,
): CalendarDate {
  return addWorkingDays(date, 1, calendar);
}
