/**
 * Where a deadline stands on a given day: upcoming, due today, overdue, or submitted on time or late.
 *
 * Everything is judged on calendar dates in Vietnam: an instant is first converted to its Vietnamese date, so a
 * report sent at 2025-11-14T23:59:59+07:00 is sent on 14/11 and one sent at 2025-11-14T17:00:00Z on 15/11.
 *
 * @module
 */
import { type CalendarDate, dayNumber, parseCalendarDate, requireDate } from "../calendar/calendar-date.js";
import {
  DEFAULT_HOLIDAY_CALENDAR,
  type HolidayCalendar,
  type YearIndex,
} from "../calendar/holiday-calendar.js";
import { calendarDateAt, type DateInput } from "../calendar/instant.js";
import { countWorkingDays, indexer } from "../calendar/working-days.js";
import { requireRecord } from "../internal/args.js";

/**
 * The state of a deadline on a day:
 *
 * - `upcoming`: not submitted, the last on-time date is still ahead;
 * - `due-today`: not submitted, today is the last on-time date;
 * - `overdue`: not submitted, the last on-time date has passed (quá hạn);
 * - `on-time`: submitted on or before the last on-time date (đúng hạn);
 * - `late`: submitted after it (trễ hạn);
 * - `no-deadline-set`: the text gives no day, so there is nothing to be late for.
 *
 * Without a submission the state only moves forward as `asOf` grows: upcoming → due-today → overdue.
 *
 * @example
 * ```ts
 * const s: DeadlineStatusCode = "due-today";
 * ```
 */
export type DeadlineStatusCode =
  | "upcoming"
  | "due-today"
  | "overdue"
  | "on-time"
  | "late"
  | "no-deadline-set";

/**
 * A deadline's state on a day, with the days left or late counted in calendar days and in working days.
 * A plain JSON object.
 *
 * Days remaining count the days after the reference day up to and including the last on-time date (0 on the
 * day itself); days late count the days after the last on-time date up to and including the reference day. The
 * reference day is `asOf`, or the submission day once submitted.
 *
 * @example
 * ```ts
 * const s: DeadlineStatus = {
 *   status: "upcoming", asOf: "2025-11-10", lastOnTimeDate: "2025-11-14", submittedOn: null,
 *   calendarDaysRemaining: 4, workingDaysRemaining: 4, calendarDaysLate: null, workingDaysLate: null,
 * };
 * ```
 */
export interface DeadlineStatus {
  /** The state. */
  readonly status: DeadlineStatusCode;
  /** The day judged, in Vietnam. */
  readonly asOf: CalendarDate;
  /** The last on-time date, or `null` when none is set. */
  readonly lastOnTimeDate: CalendarDate | null;
  /** The submission day in Vietnam, when submitted on or before `asOf`; otherwise `null`. */
  readonly submittedOn: CalendarDate | null;
  /** Upcoming / due today: calendar days left; on time: calendar days to spare; otherwise `null`. */
  readonly calendarDaysRemaining: number | null;
  /** The same in working days. */
  readonly workingDaysRemaining: number | null;
  /** Overdue: calendar days past the last on-time date as of `asOf`; late: at submission; otherwise `null`. */
  readonly calendarDaysLate: number | null;
  /** The same in working days. */
  readonly workingDaysLate: number | null;
}

/**
 * Options of {@link deadlineStatus}.
 *
 * @example
 * ```ts
 * const o: DeadlineStatusOptions = { asOf: "2025-11-20", submittedAt: "2025-11-14T23:59:59+07:00" };
 * ```
 */
export interface DeadlineStatusOptions {
  /** The day (or moment) to judge on. */
  readonly asOf: DateInput;
  /** When the report was submitted, if it was. A submission after `asOf` is not yet known on `asOf`. */
  readonly submittedAt?: DateInput | undefined;
  /** The holidays for the working-day counts; default {@link DEFAULT_HOLIDAY_CALENDAR}. */
  readonly calendar?: HolidayCalendar | undefined;
}

/**
 * The state of a deadline as of a day, and the calendar and working days remaining or late.
 *
 * @param deadline - anything with a `lastOnTimeDate` (a {@link Deadline} of {@link reportingCalendar}, or
 *   `{ lastOnTimeDate: "2025-11-14" }`); `null` means no deadline is set.
 * @throws InvalidInputError for invalid dates or instants (`date.invalid`, `instant.missing-offset`, …), or dates outside
 *   the holiday calendar's years.
 * @example
 * ```ts
 * const d = { lastOnTimeDate: "2025-11-14" }; // Plan 53: “trước ngày 15/11”
 * deadlineStatus(d, { asOf: "2025-11-14T16:59:59Z" }).status; //=> "due-today"
 * deadlineStatus(d, { asOf: "2025-11-20", submittedAt: "2025-11-14T23:59:59+07:00" }).status; //=> "on-time"
 * deadlineStatus(d, { asOf: "2025-11-20", submittedAt: "2025-11-15T00:00:00+07:00" }).status; //=> "late"
 * ```
 */
export function deadlineStatus(
  deadline: { readonly lastOnTimeDate: string | null },
  options: DeadlineStatusOptions,
): DeadlineStatus {
  const d = requireRecord(deadline, ["deadline"]);
  const last =
    d["lastOnTimeDate"] === null ? null : requireDate(d["lastOnTimeDate"], ["deadline", "lastOnTimeDate"]);
  const o = requireRecord(options, ["options"]);
  const index = indexer((o["calendar"] ?? DEFAULT_HOLIDAY_CALENDAR) as HolidayCalendar, [
    "options",
    "calendar",
  ]);
  return statusWith(
    last,
    { asOf: o["asOf"] as DateInput, submittedAt: o["submittedAt"] as DateInput | undefined },
    index,
  );
}

/**
 * {@link deadlineStatus} with a shared year indexer.
 *
 * @internal
 */
export function statusWith(
  lastOnTime: string | null,
  options: DeadlineStatusOptions,
  index: (n: number) => YearIndex,
): DeadlineStatus {
  const asOf = calendarDateAt(options.asOf, ["options", "asOf"]);
  const submitted =
    options.submittedAt === undefined
      ? null
      : calendarDateAt(options.submittedAt, ["options", "submittedAt"]);
  const submittedOn = submitted !== null && dayNumber(submitted) <= dayNumber(asOf) ? submitted : null;
  const result = (
    status: DeadlineStatusCode,
    lastOnTimeDate: CalendarDate | null,
    remaining: readonly [number, number] | null,
    late: readonly [number, number] | null,
  ): DeadlineStatus => ({
    status,
    asOf,
    lastOnTimeDate,
    submittedOn,
    calendarDaysRemaining: remaining?.[0] ?? null,
    workingDaysRemaining: remaining?.[1] ?? null,
    calendarDaysLate: late?.[0] ?? null,
    workingDaysLate: late?.[1] ?? null,
  });
  if (lastOnTime === null) return result("no-deadline-set", null, null, null);
  const due = parseCalendarDate(lastOnTime);
  const d = dayNumber(due);
  const ref = dayNumber(submittedOn ?? asOf);
  // Days in (ref, d] when early, in (d, ref] when late: calendar and working days alike.
  if (ref <= d) {
    const remaining = [d - ref, countWorkingDays(ref + 1, d + 1, index)] as const;
    const status = submittedOn !== null ? "on-time" : ref < d ? "upcoming" : "due-today";
    return result(status, due, remaining, null);
  }
  const late = [ref - d, countWorkingDays(d + 1, ref + 1, index)] as const;
  return result(submittedOn !== null ? "late" : "overdue", due, null, late);
}
