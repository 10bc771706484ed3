/**
 * The structure of local government in time: which tiers exist on a date.
 *
 * @module
 */
import * as z from "zod";
import { CalendarDateSchema, dayNumber, isCalendarDate, requireDate } from "../calendar/calendar-date.js";
import { InvalidInputError } from "../errors/errors.js";
import { addZodIssue, fromZodIssues, type ValidationIssue } from "../i18n/issues.js";
import { fail } from "../internal/args.js";
import { type Citation, CitationSchema } from "../primitives/citation.js";
import { isAfter } from "../primitives/validity.js";
import * as tier from "./tier.js";

/**
 * One period of the structure of local government: from `from` to `to` (both `YYYY-MM-DD`, inclusive; no `to`:
 * still in force), these tiers exist. A plan carries a list of these as `localGovernment`.
 *
 * @example
 * ```ts
 * const twoTier: LocalGovernmentPeriod = { from: "2025-07-01", tiers: ["province", "commune"] };
 * ```
 */
export interface LocalGovernmentPeriod {
  /** First day of the period, `YYYY-MM-DD`. */
  readonly from: string;
  /** Last day of the period, `YYYY-MM-DD`, inclusive; absent for the period still in force. */
  readonly to?: string | undefined;
  /** The tiers of local government in this period, from the top (never `"central"`: it is not local). */
  readonly tiers: readonly tier.LocalTier[];
  /** The law that set up this structure. */
  readonly citation?: Citation | undefined;
  /** Further sources (the law on the organisation of local government, the resolutions that applied it). */
  readonly sources?: readonly Citation[] | undefined;
}

/**
 * The zod schema of one {@link LocalGovernmentPeriod}: real dates, `from ≤ to` (`date.range-reversed`), at
 * least one tier, no tier twice (`tiers.duplicate`).
 *
 * @example
 * ```ts
 * LocalGovernmentPeriodSchema.parse({ from: "2025-07-01", tiers: ["province", "commune"] });
 * ```
 */
export const LocalGovernmentPeriodSchema: z.ZodType<LocalGovernmentPeriod, LocalGovernmentPeriod> = z
  .strictObject({
    from: CalendarDateSchema,
    to: CalendarDateSchema.optional(),
    tiers: z.array(z.enum(tier.LOCAL_TIERS)).min(1),
    citation: CitationSchema.optional(),
    sources: z.array(CitationSchema).optional(),
  })
  .superRefine((p, ctx) => {
    if (isAfter(p.from, p.to)) {
      addZodIssue(ctx, "date.range-reversed", { from: p.from, to: p.to as string }, ["to"]);
    }
    p.tiers.forEach((tier, i) => {
      if (p.tiers.indexOf(tier) !== i) addZodIssue(ctx, "tiers.duplicate", { tier }, ["tiers", i]);
    });
  })
  .meta({ description: "The tiers of local government during a period." });

/**
 * The zod schema of a structure of local government in time: at least one period, in date order, each
 * starting the day after the previous one ends, only the last one open-ended (`tiers.unordered` otherwise, at
 * the `from` of the period that does not follow on).
 *
 * @example
 * ```ts
 * LocalGovernmentStructureSchema.safeParse(VIETNAM_LOCAL_GOVERNMENT).success; //=> true
 * ```
 */
export const LocalGovernmentStructureSchema: z.ZodType<
  readonly LocalGovernmentPeriod[],
  readonly LocalGovernmentPeriod[]
> = z
  .array(LocalGovernmentPeriodSchema)
  .min(1)
  .superRefine((periods, ctx) => {
    periods.forEach((cur, i) => {
      if (i === 0) return;
      const prev = periods[i - 1] as LocalGovernmentPeriod;
      // A date that failed its own check is already reported; comparing needs real dates (F1).
      if (!isCalendarDate(cur.from) || (prev.to !== undefined && !isCalendarDate(prev.to))) return;
      if (prev.to === undefined || dayNumber(prev.to) + 1 !== dayNumber(cur.from)) {
        addZodIssue(ctx, "tiers.unordered", { from: cur.from, previousTo: prev.to ?? null }, [i, "from"]);
      }
    });
  })
  .meta({ id: "LocalGovernmentStructure", description: "Contiguous periods of local-government tiers." });

/**
 * The result of {@link validateLocalGovernment}.
 *
 * @example
 * ```ts
 * const r: LocalGovernmentValidation = validateLocalGovernment(VIETNAM_LOCAL_GOVERNMENT);
 * ```
 */
export type LocalGovernmentValidation =
  | {
      /** The structure is valid. */
      readonly success: true;
      /** The structure as parsed, deeply frozen. */
      readonly structure: readonly LocalGovernmentPeriod[];
    }
  | {
      /** Something is wrong. */
      readonly success: false;
      /** Every issue found, with paths such as `[1, "from"]`. */
      readonly issues: readonly ValidationIssue[];
    };

/**
 * Checks a structure of local government in time (see {@link LocalGovernmentStructureSchema}).
 *
 * @example
 * ```ts
 * const r = validateLocalGovernment([
 *   { from: "2021-01-01", to: "2025-06-30", tiers: ["province", "district", "commune"] },
 *   { from: "2025-06-30", tiers: ["province", "commune"] },
 * ]);
 * if (!r.success) r.issues[0]?.code; //=> "tiers.unordered"
 * ```
 */
export function validateLocalGovernment(input: unknown): LocalGovernmentValidation {
  const r = LocalGovernmentStructureSchema.safeParse(input);
  if (!r.success) return { success: false, issues: fromZodIssues(r.error.issues) };
  return {
    success: true,
    structure: Object.freeze(r.data.map((p) => Object.freeze({ ...p, tiers: Object.freeze([...p.tiers]) }))),
  };
}

/**
 * The tiers of local government in force on a date, according to a structure (for example
 * `VIETNAM_LOCAL_GOVERNMENT` from the presets, or a plan's `localGovernment`). The structure is expected to be valid (see
 * {@link validateLocalGovernment}); if periods overlap, the first that covers the date answers.
 *
 * @throws InvalidInputError when `date` is not a calendar date `YYYY-MM-DD` (`date.invalid`), or when no period
 * covers it (`tiers.date-not-covered`: a date before the first period, or in a gap).
 * @example
 * ```ts
 * tiersInForce(hungYen53.localGovernment, "2024-12-31"); //=> ["province", "district", "commune"]
 * tiersInForce(hungYen53.localGovernment, "2026-01-01"); //=> ["province", "commune"]
 * ```
 */
export function tiersInForce(
  structure: readonly LocalGovernmentPeriod[],
  date: string,
): readonly tier.LocalTier[] {
  const r = LocalGovernmentStructureSchema.safeParse(structure);
  if (!r.success) {
    throw new InvalidInputError(
      fromZodIssues(r.error.issues).map((i) => ({ ...i, path: ["structure", ...i.path] })),
    );
  }
  requireDate(date, ["date"]);
  for (const period of r.data) {
    if (period.from <= date && (period.to === undefined || date <= period.to)) return period.tiers;
  }
  return fail("tiers.date-not-covered", ["date"], { date });
}
