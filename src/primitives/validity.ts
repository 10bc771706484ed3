/**
 * Validity dates: when something the law changes is in force.
 *
 * @module
 */
import type * as z from "zod";
import { CalendarDateSchema, requireDate } from "../calendar/calendar-date.js";
import { addZodIssue } from "../i18n/issues.js";
import { requireRecord } from "../internal/args.js";

/**
 * Validity dates of something that the law changes: in force from `validFrom` to `validTo`, both inclusive,
 * either open.
 *
 * @example
 * ```ts
 * const v: Validity = { validTo: "2025-06-30" };
 * ```
 */
export interface Validity {
  /** First day in force (inclusive). Absent: in force since before the plan. */
  readonly validFrom?: string | undefined;
  /** Last day in force (inclusive). Absent: still in force. */
  readonly validTo?: string | undefined;
}

/**
 * The zod fields for {@link Validity}, to spread into object schemas.
 *
 * @internal
 */
export const validityFields = {
  validFrom: CalendarDateSchema.optional(),
  validTo: CalendarDateSchema.optional(),
};

/**
 * Whether two dates `YYYY-MM-DD` are both given and the first is after the second: a missing bound is neither
 * before nor after anything.
 *
 * @internal
 */
export function isAfter(a: string | undefined, b: string | undefined): boolean {
  // JavaScript compares `undefined` with a text as false either way: no test for a missing bound is needed, and
  // none can be got wrong.
  return (a as string) > (b as string);
}

/**
 * Adds `date.range-reversed` when `validFrom` is after `validTo`.
 *
 * @internal
 */
export function checkValidity<T extends Validity>(v: T, ctx: z.core.$RefinementCtx<T>): void {
  if (isAfter(v.validFrom, v.validTo)) {
    addZodIssue(ctx, "date.range-reversed", { from: v.validFrom as string, to: v.validTo as string }, [
      "validTo",
    ]);
  }
}

/**
 * Whether something with validity dates is in force on a date (`YYYY-MM-DD`; string order is date order).
 *
 * @throws InvalidInputError when a date is not a calendar date `YYYY-MM-DD`.
 * @example
 * ```ts
 * isInForce({ validTo: "2025-06-30" }, "2025-07-01"); //=> false
 * ```
 */
export function isInForce(v: Validity, date: string): boolean {
  const o = requireRecord(v, ["v"]);
  const validFrom =
    o["validFrom"] === undefined ? undefined : requireDate(o["validFrom"], ["v", "validFrom"]);
  const validTo = o["validTo"] === undefined ? undefined : requireDate(o["validTo"], ["v", "validTo"]);
  return inForce({ validFrom, validTo }, requireDate(date, ["date"]));
}

/**
 * {@link isInForce} on checked dates.
 *
 * @internal
 */
export function inForce(v: Validity, date: string): boolean {
  return (v.validFrom === undefined || v.validFrom <= date) && (v.validTo === undefined || date <= v.validTo);
}
