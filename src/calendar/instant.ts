/**
 * Instants (moments in time) and the calendar date they fall on in Vietnam.
 *
 * Vietnam keeps UTC+7 all year (giờ Đông Dương, no daylight saving since 1975), so the Vietnamese date of an
 * instant is the UTC date of the instant plus seven hours. An instant is an ISO 8601 string with an offset
 * (`2025-11-14T23:59:59+07:00`, `2025-11-14T16:59:59Z`) or a `Date`; a string without an offset is refused
 * because it does not name one moment. The machine's time zone is never read.
 *
 * @module
 */
import {
  type CalendarDate,
  calendarDate,
  dayNumber,
  fromDayNumber,
  isCalendarDate,
  monthLength,
} from "./calendar-date.js";
import { rangeError, shown } from "./errors.js";

/**
 * Vietnam's offset from UTC in minutes: +07:00, all year.
 *
 * @example
 * ```ts
 * VIETNAM_UTC_OFFSET_MINUTES; //=> 420
 * ```
 */
export const VIETNAM_UTC_OFFSET_MINUTES = 420;

/**
 * A day or a moment, as the functions that take an `asOf` or a submission accept it: a calendar date
 * `YYYY-MM-DD` (a day in Vietnam), an ISO 8601 instant with an offset, or a `Date`.
 *
 * @example
 * ```ts
 * const asOf: DateInput = "2025-11-14T17:00:00Z"; // 15/11 in Vietnam
 * ```
 */
export type DateInput = string | Date;

const INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(?:([Zz])|([+-])(\d{2}):?(\d{2}))?$/;

const MS_PER_DAY = 86_400_000;

/**
 * Milliseconds since 1970-01-01T00:00:00Z of an instant, by integer arithmetic (no Date parsing, whose handling of
 * strings without an offset depends on the machine's time zone).
 */
function epochMillis(instant: unknown, path: readonly (string | number)[]): number {
  if (instant instanceof Date) {
    const ms = instant.getTime();
    if (Number.isNaN(ms)) throw rangeError("instant.invalid", { value: "Invalid Date" }, path);
    return ms;
  }
  if (typeof instant !== "string") {
    throw rangeError(
      instant === undefined ? "argument.required" : "argument.type",
      { path: path.join("."), expected: "date-or-instant", received: shown(instant) },
      path,
    );
  }
  const m = INSTANT.exec(instant);
  if (m === null) {
    // A bare date is a day, not a moment: say which piece is missing rather than "invalid".
    if (isCalendarDate(instant)) throw rangeError("instant.missing-offset", { value: instant }, path);
    throw rangeError("instant.invalid", { value: shown(instant) }, path);
  }
  const [, y, mo, d, h, mi, s = "0", frac = "", zulu, sign, oh, om] = m;
  if (zulu === undefined && sign === undefined)
    throw rangeError("instant.missing-offset", { value: instant }, path);
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h);
  const minute = Number(mi);
  const second = Number(s);
  const offsetHours = Number(oh ?? "0");
  const offsetMinutes = Number(om ?? "0");
  const valid =
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= monthLength(year, month) &&
    year >= 1 &&
    hour <= 23 &&
    minute <= 59 &&
    second <= 59 &&
    offsetHours <= 23 &&
    offsetMinutes <= 59;
  if (!valid) throw rangeError("instant.invalid", { value: instant }, path);
  const millis = Number(frac.padEnd(3, "0").slice(0, 3));
  const offset = (sign === "-" ? -1 : 1) * (offsetHours * 60 + offsetMinutes);
  const localDay = dayNumber(calendarDate(year, month, day));
  return localDay * MS_PER_DAY + ((hour * 60 + minute - offset) * 60 + second) * 1000 + millis;
}

/**
 * The calendar date in Vietnam (UTC+7) of an instant: `2025-11-14T17:00:00Z` is 15/11 in Vietnam.
 *
 * @throws InvalidInputError `instant.missing-offset` for a string without an offset (`2025-11-14T23:59:59` or a bare
 *   date), `instant.invalid` for anything else that is not an instant (or an invalid `Date`).
 * @example
 * ```ts
 * vietnamDate("2025-11-14T23:59:59+07:00"); //=> "2025-11-14"
 * vietnamDate("2025-11-14T17:00:00Z"); //=> "2025-11-15"
 * vietnamDate(new Date(Date.UTC(2025, 10, 14, 16, 59, 59))); //=> "2025-11-14"
 * ```
 */
export function vietnamDate(instant: string | Date): CalendarDate {
  return vietnamDateAt(instant, ["instant"]);
}

/**
 * {@link vietnamDate} naming the argument in its errors.
 *
 * @internal
 */
export function vietnamDateAt(instant: unknown, path: readonly (string | number)[]): CalendarDate {
  const ms = epochMillis(instant, path) + VIETNAM_UTC_OFFSET_MINUTES * 60_000;
  const day = Math.floor(ms / MS_PER_DAY);
  if (!Number.isSafeInteger(day) || day < -719162 || day > 2932896) {
    throw rangeError("instant.invalid", { value: shown(instant) }, path);
  }
  return fromDayNumber(day);
}

/**
 * The calendar date in Vietnam of a {@link DateInput}: a calendar date is taken as it is, an instant is converted
 * with {@link vietnamDate}.
 *
 * @throws InvalidInputError `date.invalid` for a malformed date, and the errors of {@link vietnamDate} for instants.
 * @example
 * ```ts
 * calendarDateOf("2025-11-14"); //=> "2025-11-14"
 * calendarDateOf("2025-11-15T00:00:00+07:00"); //=> "2025-11-15"
 * ```
 */
export function calendarDateOf(input: DateInput): CalendarDate {
  return calendarDateAt(input, ["input"]);
}

/**
 * {@link calendarDateOf} naming the argument in its errors.
 *
 * @internal
 */
export function calendarDateAt(input: unknown, path: readonly (string | number)[]): CalendarDate {
  if (typeof input === "string" && !input.includes("T") && !input.includes("t") && !input.includes(" ")) {
    if (isCalendarDate(input)) return input;
    // A date-shaped string that is not a real date is a bad date, not a bad instant.
    if (/^\d{4}-\d{2}-\d{2}$/.test(input)) throw rangeError("date.invalid", { value: input }, path);
  }
  return vietnamDateAt(input, path);
}
