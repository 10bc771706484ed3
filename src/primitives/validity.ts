/**
 * Validity dates: when something the law changes is in force.
 *
 * @module
 */
import type * as z from "zod";
import { CalendarDateSchema } from "../calendar/calendar-date.js";
import { addZodIssue } from "../i18n/issues.js";

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
 * Adds `date.range-reversed` when `validFrom` is after `validTo`.
 *
 * @internal
 */
export function checkValidity<T extends Validity>(v: T, ctx: z.core.$RefinementCtx<T>): void {
  if (v.validFrom !== undefined && v.validTo !== undefined && v.validFrom > v.validTo) {
    addZodIssue(ctx, "date.range-reversed", { from: v.validFrom, to: v.validTo }, ["validTo"]);
  }
}

/**
 * Whether something with validity dates is in force on a date (`YYYY-MM-DD`; string order is date order).
 *
 * @example
 * ```ts
 * isInForce({ validTo: "2025-06-30" }, "2025-07-01"); //=> false
 * ```
 */
export function isInForce(v: Validity, date: string): boolean {
  return (v.validFrom === undefined || v.validFrom <= date) && (v.validTo === undefined || date <= v.validTo);
}
