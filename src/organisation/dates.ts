/**
 * Calendar dates `YYYY-MM-DD` for validity periods: the one date module (`deadlines/calendar-date`) does the
 * calendar; string order is date order for this form.
 *
 * @module
 * @internal
 */
import { addDays, isCalendarDate } from "../deadlines/calendar-date.js";

export { CalendarDateSchema as DateSchema } from "../deadlines/calendar-date.js";
export { isInForce as inForce } from "../plan/primitives.js";

/** Throws a RangeError unless `date` is a real calendar date `YYYY-MM-DD`. */
export function assertIsoDate(date: string, what = "date"): void {
  if (!isCalendarDate(date))
    throw new RangeError(`${what} must be a calendar date YYYY-MM-DD, got "${date}"`);
}

/** The day after a valid `YYYY-MM-DD` date. */
export function nextDay(date: string): string {
  return addDays(date, 1);
}
