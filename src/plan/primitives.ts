/**
 * The small building blocks of a plan configuration: texts in two languages, citations, dates, years.
 *
 * @module
 */
import * as z from "zod";
import { CalendarDateSchema } from "../deadlines/calendar-date.js";
import { addZodIssue } from "../i18n/issues.js";

/**
 * A name or text in Vietnamese and English; neither may be empty.
 *
 * @example
 * ```ts
 * BilingualSchema.parse({ vi: "Sở Nội vụ", en: "Department of Home Affairs" });
 * ```
 */
export const BilingualSchema = z
  .strictObject({
    vi: z.string(),
    en: z.string(),
  })
  .superRefine((text, ctx) => {
    for (const key of ["vi", "en"] as const) {
      if (text[key].trim() === "") addZodIssue(ctx, "text.empty", { language: key }, [key]);
    }
  })
  .meta({ id: "Bilingual", description: "A text in Vietnamese (vi) and English (en)." });

const nonEmpty = (what: string) =>
  z.string().superRefine((s, ctx) => {
    if (s.trim() === "") addZodIssue(ctx, "text.empty", { field: what });
  });

/**
 * A non-empty identifier: letters, digits, dots, dashes and underscores.
 *
 * @example
 * ```ts
 * IdSchema.parse("agencies-with-female-key-leader");
 * ```
 */
export const IdSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/)
  .meta({ description: "An identifier: letters, digits, '.', '-' and '_'." });

/**
 * Where a value comes from: the document's number and the clause, with clause ids as in the plan's outline
 * (`{ document: "53/KH-UBND", clause: "I.1.1.1" }`).
 *
 * @example
 * ```ts
 * const c: Citation = CitationSchema.parse({ document: "53/KH-UBND", clause: "IV.6.b" });
 * ```
 */
export const CitationSchema = z
  .strictObject({
    document: nonEmpty("document"),
    clause: nonEmpty("clause"),
  })
  .meta({ id: "Citation", description: "The document number and clause a value comes from." });

/**
 * A citation: document number and clause id.
 *
 * @example
 * ```ts
 * const c: Citation = { document: "53/KH-UBND", clause: "I.1.1.1" };
 * ```
 */
export type Citation = z.output<typeof CitationSchema>;

/**
 * A year of the Gregorian calendar, 1900–2200.
 *
 * @example
 * ```ts
 * YearSchema.parse(2025);
 * ```
 */
export const YearSchema = z.int().min(1900).max(2200);

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

/** The zod fields for {@link Validity}, to spread into object schemas. */
export const validityFields = {
  validFrom: CalendarDateSchema.optional(),
  validTo: CalendarDateSchema.optional(),
};

/**
 * Adds `date.range-reversed` when `validFrom` is after `validTo`.
 *
 * @example
 * ```ts
 * z.object(validityFields).superRefine(checkValidity);
 * ```
 */
export function checkValidity<T extends { validFrom?: string | undefined; validTo?: string | undefined }>(
  v: T,
  ctx: z.core.$RefinementCtx<T>,
): void {
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
