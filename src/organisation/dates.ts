/**
 * Calendar dates `YYYY-MM-DD` for validity periods: checked with zod's `z.iso.date()` (which refuses
 * 2025-02-30), compared as strings (string order is date order for this form).
 *
 * @module
 * @internal
 */
import * as z from "zod";
import { addZodIssue } from "../i18n/issues.js";

const isoDate = z.iso.date();

/** Whether a string is a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(value: string): boolean {
  return isoDate.safeParse(value).success;
}

/**
 * A calendar date `YYYY-MM-DD` that exists. A bad date is reported as `date.invalid` with the value, so the
 * message can quote it.
 */
export const DateSchema = z
  .string()
  .superRefine((value, ctx) => {
    if (!isIsoDate(value)) addZodIssue(ctx, "date.invalid", { value });
  })
  .meta({ type: "string", format: "date", pattern: "^\\d{4}-\\d{2}-\\d{2}$" });

/** Throws a RangeError unless `date` is a real calendar date `YYYY-MM-DD`. */
export function assertIsoDate(date: string, what = "date"): void {
  if (!isIsoDate(date)) throw new RangeError(`${what} must be a calendar date YYYY-MM-DD, got "${date}"`);
}

/** The day after a valid `YYYY-MM-DD` date (proleptic Gregorian calendar, no time zone involved). */
export function nextDay(date: string): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const next = new Date(0);
  next.setUTCFullYear(y, m - 1, d + 1); // not Date.UTC, which reads years 0–99 as 1900–1999
  return next.toISOString().slice(0, 10);
}

/** Whether something with inclusive validity dates (either open) is in force on `date`. */
export function inForce(
  v: { readonly validFrom?: string | undefined; readonly validTo?: string | undefined },
  date: string,
): boolean {
  return (v.validFrom === undefined || v.validFrom <= date) && (v.validTo === undefined || date <= v.validTo);
}
