/**
 * Checks of what the text renderers read, for values that are not the library's own results: a renderer given
 * something else answers with the library's error naming the first field it cannot read, never a TypeError.
 *
 * @module
 * @internal
 */
import * as z from "zod";
import { InvalidInputError } from "../errors/errors.js";
import { fromZodIssues } from "../i18n/issues.js";
import { LOCALES, type Locale } from "../i18n/locale.js";
import { oneOf, optionsObject } from "../internal/args.js";
import { unsafeInput } from "../internal/walk.js";
import { PROVENANCES } from "../primitives/citation.js";

const text = z.object({ vi: z.string(), en: z.string() });
// The provenance is read too: a citation that is not the text's own words is marked so in the text.
const citation = z.object({
  document: z.string(),
  clause: z.string(),
  provenance: z.enum(PROVENANCES).optional(),
});
const count = z.number().int().nonnegative();
const ratio = z.object({ numerator: count, denominator: count, percent: z.string() });
const units = z.object({ inScope: count, reporting: count, missing: count });
const group = z.discriminatedUnion("status", [
  z.object({
    status: z.literal("not-computable"),
    by: z.string(),
    key: z.string(),
    reason: z.string(),
    units,
  }),
  z.object({
    status: z.enum(["met", "below"]),
    by: z.string(),
    key: z.string(),
    units,
    value: ratio,
    target: ratio,
    milestoneStatus: z.enum(["met", "not-yet-met", "missed"]),
    shortfall: z.union([z.object({ units: count }), z.object({ replace: count, add: count.nullable() })]),
    keyLeaderShare: z.object({ women: count, total: count, percent: z.string().nullable() }).optional(),
    adjustment: z.object({ policy: z.string() }).optional(),
  }),
]);

/** What `evaluationText` reads of an evaluation. */
const EvaluationShape = z.object({
  plan: z.object({ document: z.string() }),
  year: z.number().int(),
  asOf: z.string(),
  snapshotDate: z.string(),
  tiers: z.array(z.string()),
  settings: z.object({
    keyLeaders: z.string(),
    keyLeadersCountedUnder: z.string(),
    scope: z.object({ unitKinds: z.array(z.string()) }),
    unitTargetReading: z.string(),
    missingUnits: z.string(),
    trajectory: z.object({ kind: z.string() }),
  }),
  coverage: z.object({
    unitsInForce: count,
    unitsReporting: count,
    missingUnitIds: z.array(z.string()),
    rejected: z.array(
      z.object({
        index: count,
        unitId: z.string().nullable(),
        issues: z.array(z.object({ code: z.string(), message: text })),
      }),
    ),
  }),
  warnings: z.array(z.object({ code: z.string(), message: text })).optional(),
  indicators: z.array(
    z.object({
      indicatorId: z.string(),
      name: text,
      measure: z.string(),
      citation,
      target: z.object({ milestone: z.object({ year: z.number(), citation }).optional() }),
      overall: group,
      byTier: z.array(group),
      bySector: z.array(group),
    }),
  ),
});

/** What `deadlinesText` reads of a deadline. */
const DeadlineShape = z.object({
  year: z.number().int(),
  name: text,
  lastOnTimeDate: z.string().nullable(),
  rolledForward: z.boolean(),
  citation,
  status: z.object({
    status: z.string(),
    asOf: z.string(),
    calendarDaysRemaining: count.nullable(),
    workingDaysRemaining: count.nullable(),
    calendarDaysLate: count.nullable(),
    workingDaysLate: count.nullable(),
  }),
});

function check(schema: z.ZodType, value: unknown, path: readonly (string | number)[]): void {
  const unsafe = unsafeInput(value, path);
  if (unsafe.length > 0) throw new InvalidInputError(unsafe);
  const r = schema.safeParse(value);
  if (!r.success) {
    throw new InvalidInputError(
      fromZodIssues(r.error.issues).map((i) => ({ ...i, path: [...path, ...i.path] })),
    );
  }
}

/** Requires a value shaped as `evaluate`'s result, as far as the text renderer reads it. */
export function requireEvaluation(value: unknown, path: readonly (string | number)[]): void {
  check(EvaluationShape, value, path);
}

/** Requires a list of values shaped as `reportingCalendar`'s deadlines. */
export function requireDeadlines(value: unknown, path: readonly (string | number)[]): void {
  check(z.array(DeadlineShape), value, path);
}

/** The `locale` option of a renderer: `vi` (default) or `en`. */
export function localeOption(options: unknown): {
  readonly locale: Locale;
  readonly options: Readonly<Record<string, unknown>>;
} {
  const o = optionsObject(options, ["options"]);
  return { locale: oneOf(o["locale"], LOCALES, ["options", "locale"], "vi"), options: o };
}
