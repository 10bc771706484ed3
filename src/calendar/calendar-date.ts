/**
 * Calendar dates (ngày dương lịch) as `YYYY-MM-DD` strings, with arithmetic on whole day numbers.
 *
 * A calendar date names a day, not a moment: it has no time zone. All arithmetic goes through the day number
 * (days since 1970-01-01) computed with integers, so nothing here depends on the machine's time zone or on
 * daylight-saving changes; no `Date` object is ever made.
 *
 * @module
 */
import * as z from "zod";
import { addZodIssue } from "../i18n/issues.js";
import { rangeError, shown } from "./errors.js";

/**
 * A calendar date written `YYYY-MM-DD` (years 0001–9999), such as `"2025-11-14"`. Functions accept any string and
 * check it; they return this type.
 *
 * @example
 * ```ts
 * const lastOnTimeDay: CalendarDate = "2025-11-14";
 * ```
 */
export type CalendarDate = `${number}-${number}-${number}`;

/**
 * The parts of a calendar date.
 *
 * @example
 * ```ts
 * const parts: DateParts = { year: 2025, month: 11, day: 14 };
 * ```
 */
export interface DateParts {
  /** The year, 1–9999. */
  readonly year: number;
  /** The month, 1–12. */
  readonly month: number;
  /** The day of the month, 1–31. */
  readonly day: number;
}

/**
 * A range of Gregorian years, both ends included.
 *
 * @example
 * ```ts
 * const programme: YearRange = { first: 2021, last: 2030 };
 * ```
 */
export interface YearRange {
  /** The first year. */
  readonly first: number;
  /** The last year. */
  readonly last: number;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Whether a year of the Gregorian calendar is a leap year.
 *
 * @example
 * ```ts
 * isLeapYear(2028); //=> true
 * isLeapYear(2100); //=> false
 * ```
 */
export function isLeapYear(year: number): boolean {
  requireInteger(year, ["year"]);
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * The number of days in a month of a year.
 *
 * @example
 * ```ts
 * daysInMonth(2025, 2); //=> 28
 * daysInMonth(2028, 2); //=> 29
 * ```
 */
export function daysInMonth(year: number, month: number): number {
  requireInteger(year, ["year"]);
  requireInteger(month, ["month"], 1, 12);
  return monthLength(year, month);
}

/**
 * {@link daysInMonth} without the checks, for a year and month already known to be valid (or inside a zod
 * refinement, which must not throw: any month outside 1–12 gives 31).
 *
 * @internal
 */
export function monthLength(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function partsOf(text: unknown): DateParts | undefined {
  if (typeof text !== "string") return undefined;
  const m = DATE.exec(text);
  if (m === null) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > monthLength(year, month)) return undefined;
  return { year, month, day };
}

/**
 * Whether a value is a real calendar date written `YYYY-MM-DD` (`"2025-02-30"` is not).
 *
 * @example
 * ```ts
 * isCalendarDate("2028-02-29"); //=> true
 * isCalendarDate("2025-02-30"); //=> false
 * isCalendarDate("2025-2-3"); //=> false
 * ```
 */
export function isCalendarDate(value: unknown): value is CalendarDate {
  return typeof value === "string" && partsOf(value) !== undefined;
}

/**
 * The zod schema of a calendar date `YYYY-MM-DD`. A string that is not a real date fails with the catalogue
 * issue `date.invalid`.
 *
 * @example
 * ```ts
 * CalendarDateSchema.parse("2025-11-14"); //=> "2025-11-14"
 * CalendarDateSchema.safeParse("2025-02-30").success; //=> false
 * ```
 */
export const CalendarDateSchema: z.ZodType<CalendarDate, string> = z
  .string()
  .superRefine((s, ctx) => {
    if (!isCalendarDate(s)) addZodIssue(ctx, "date.invalid", { value: s });
  })
  .meta({
    description: "A calendar date YYYY-MM-DD.",
    format: "date",
    pattern: "^\\d{4}-\\d{2}-\\d{2}$",
  }) as unknown as z.ZodType<CalendarDate, string>;

/**
 * Requires a real calendar date `YYYY-MM-DD`, naming the argument in the error.
 *
 * @throws InvalidInputError (`date.invalid`, or `argument.type` for a value that is not a string).
 * @internal
 */
export function requireDate(value: unknown, path: readonly (string | number)[]): CalendarDate {
  if (typeof value !== "string") {
    throw rangeError(
      value === undefined ? "argument.required" : "argument.type",
      { path: path.join("."), expected: "date", received: describeKind(value) },
      path,
    );
  }
  if (!isCalendarDate(value)) throw rangeError("date.invalid", { value }, path);
  return value;
}

/**
 * Splits a calendar date into year, month and day.
 *
 * @throws InvalidInputError (`date.invalid`) when the text is not a real `YYYY-MM-DD` date.
 * @example
 * ```ts
 * dateParts("2025-11-14"); //=> { year: 2025, month: 11, day: 14 }
 * ```
 */
export function dateParts(date: string): DateParts {
  return partsAt(date, ["date"]);
}

/** The parts of a date argument, or the library's error naming it. */
function partsAt(date: unknown, path: readonly (string | number)[]): DateParts {
  const parts = partsOf(date);
  if (parts !== undefined) return parts;
  requireDate(date, path);
  throw rangeError("date.invalid", { value: shown(date) }, path);
}

/** Requires an integer (from `min` to `max` when given), naming the argument in the error. */
function requireInteger(
  value: unknown,
  path: readonly (string | number)[],
  min = Number.MIN_SAFE_INTEGER,
  max = Number.MAX_SAFE_INTEGER,
): number {
  if (typeof value !== "number" || !Number.isInteger(value)) {
    throw rangeError(
      value === undefined ? "argument.required" : "argument.type",
      { path: path.join("."), expected: "integer", received: describeKind(value) },
      path,
    );
  }
  if (value < min || value > max) {
    throw rangeError("argument.range", { path: path.join("."), min, max, value }, path);
  }
  return value;
}

const describeKind = shown;

/**
 * Checks a calendar date and returns it typed.
 *
 * @throws InvalidInputError (`date.invalid`) when the text is not a real `YYYY-MM-DD` date.
 * @example
 * ```ts
 * parseCalendarDate("2025-11-14"); //=> "2025-11-14"
 * parseCalendarDate("2025-02-30"); // throws InvalidInputError
 * ```
 */
export function parseCalendarDate(date: string): CalendarDate {
  partsAt(date, ["date"]);
  return date as CalendarDate;
}

/**
 * Writes the calendar date of a year, month and day.
 *
 * @throws InvalidInputError (`date.invalid`) when the day does not exist.
 * @example
 * ```ts
 * calendarDate(2025, 11, 14); //=> "2025-11-14"
 * ```
 */
export function calendarDate(year: number, month: number, day: number): CalendarDate {
  requireInteger(year, ["year"], 1, 9999);
  requireInteger(month, ["month"], 1, 12);
  requireInteger(day, ["day"], 1, 31);
  const text = `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  if (!isCalendarDate(text)) throw rangeError("date.invalid", { value: text }, ["day"]);
  return text;
}

// Days from 0000-03-01-based eras to 1970-01-01 (H. Hinnant's days_from_civil, integers only).
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/**
 * The day number of a calendar date: days since 1970-01-01 (negative before). Two dates are as many days apart as
 * their day numbers.
 *
 * @throws InvalidInputError (`date.invalid`) when the text is not a real `YYYY-MM-DD` date.
 * @example
 * ```ts
 * dayNumber("1970-01-02"); //=> 1
 * dayNumber("2025-11-14"); //=> 20406
 * ```
 */
export function dayNumber(date: string): number {
  const { year, month, day } = partsAt(date, ["date"]);
  return daysFromCivil(year, month, day);
}

// Day numbers of 0001-01-01 and 9999-12-31: the range of a calendar date.
const FIRST_DAY = -719162;
const LAST_DAY = 2932896;

/**
 * The calendar date of a day number (days since 1970-01-01).
 *
 * @throws InvalidInputError (`argument.type`, `argument.range`) when the day number is not an integer or falls
 *   outside the years 0001–9999.
 * @example
 * ```ts
 * fromDayNumber(20406); //=> "2025-11-14"
 * ```
 */
export function fromDayNumber(n: number): CalendarDate {
  requireInteger(n, ["n"], FIRST_DAY, LAST_DAY);
  const z0 = n + 719468;
  const era = Math.floor(z0 / 146097);
  const doe = z0 - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return calendarDate(year, month, day);
}

/**
 * Compares two calendar dates: negative when `a` is earlier, zero when equal, positive when later (for sorting).
 *
 * @throws InvalidInputError (`date.invalid`) when either is not a real `YYYY-MM-DD` date.
 * @example
 * ```ts
 * compareDates("2025-11-14", "2025-11-15"); //=> -1
 * ["2026-01-02", "2025-12-31"].sort(compareDates); //=> ["2025-12-31", "2026-01-02"]
 * ```
 */
export function compareDates(a: string, b: string): -1 | 0 | 1 {
  partsAt(a, ["a"]);
  partsAt(b, ["b"]);
  // Checked YYYY-MM-DD strings order like the days they name.
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The date a number of days after (or, if negative, before) a calendar date.
 *
 * @throws InvalidInputError (`date.invalid`, `days.not-integer`) for an invalid date or a fractional number of days.
 * @example
 * ```ts
 * addDays("2025-11-15", -1); //=> "2025-11-14"
 * addDays("2024-02-28", 1); //=> "2024-02-29"
 * ```
 */
export function addDays(date: string, days: number): CalendarDate {
  const start = dayNumber(date);
  if (typeof days !== "number" || !Number.isSafeInteger(days)) {
    throw rangeError("days.not-integer", { value: describeKind(days) }, ["days"]);
  }
  const n = start + days;
  if (n < FIRST_DAY || n > LAST_DAY) {
    throw rangeError(
      "argument.range",
      { path: "days", min: FIRST_DAY - start, max: LAST_DAY - start, value: days },
      ["days"],
    );
  }
  return fromDayNumber(n);
}

/**
 * The number of days from one calendar date to another (`to − from`; negative when `to` is earlier), so that
 * `addDays(from, daysBetween(from, to)) === to`.
 *
 * @throws InvalidInputError (`date.invalid`) when either is not a real `YYYY-MM-DD` date.
 * @example
 * ```ts
 * daysBetween("2025-11-14", "2025-11-17"); //=> 3
 * ```
 */
export function daysBetween(from: string, to: string): number {
  const a = partsAt(from, ["from"]);
  const b = partsAt(to, ["to"]);
  return daysFromCivil(b.year, b.month, b.day) - daysFromCivil(a.year, a.month, a.day);
}

/**
 * The ISO day of the week of a calendar date: 1 = Monday (thứ Hai) … 6 = Saturday (thứ Bảy), 7 = Sunday (Chủ nhật).
 *
 * @throws InvalidInputError (`date.invalid`) when the text is not a real `YYYY-MM-DD` date.
 * @example
 * ```ts
 * dayOfWeek("2026-11-15"); //=> 7 (a Sunday)
 * ```
 */
export function dayOfWeek(date: string): 1 | 2 | 3 | 4 | 5 | 6 | 7 {
  return isoWeekday(dayNumber(date));
}

/**
 * ISO weekday of a day number (1970-01-01 was a Thursday).
 *
 * @internal
 */
export function isoWeekday(n: number): 1 | 2 | 3 | 4 | 5 | 6 | 7 {
  return (((((n + 3) % 7) + 7) % 7) + 1) as 1 | 2 | 3 | 4 | 5 | 6 | 7;
}
