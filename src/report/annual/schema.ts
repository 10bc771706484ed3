/**
 * The zod schema of an annual report: what the renderers and `buildAnnualReport`'s `previous` option rely on.
 * It checks the report's structure strictly at the top and per indicator, and the fields of each group, deadline
 * and warning that are read; further fields of those parts are allowed (they are the evaluation's and the
 * deadlines' own, documented with them). Shipped as JSON Schema in `vn-women-leadership/annual-report.schema.json`.
 *
 * @module
 */
import * as z from "zod";
import { CitationSchema, PROVENANCES } from "../../primitives/citation.js";
import { BilingualSchema } from "../../primitives/text.js";

const count = z.int().min(0);
const ValueSchema = z.looseObject({ numerator: count, denominator: count, percent: z.string() });

const PercentOf = z.looseObject({ percent: z.string() });
const KeyLeaderShareSchema = z.looseObject({ women: count, total: count, percent: z.string().nullable() });
const groupBase = {
  by: z.enum(["overall", "tier", "sector", "unit"]),
  key: z.string(),
  units: z.looseObject({ inScope: count, reporting: count, missing: count }),
  name: BilingualSchema.nullable(),
  keyLeaderShare: KeyLeaderShareSchema.optional(),
};
const GroupSchema = z.union([
  z.looseObject({
    ...groupBase,
    status: z.enum(["met", "below"]),
    value: ValueSchema,
    target: PercentOf,
    targetSource: z.enum(["plan", "resolver"]),
    shortfall: z.union([
      z.strictObject({ units: count }),
      z.strictObject({ replace: count, add: count.nullable() }),
    ]),
    adjustment: z
      .looseObject({
        policy: z.string(),
        rule: z.string(),
        baseTarget: PercentOf,
        adjustedTarget: PercentOf,
        justification: BilingualSchema.optional(),
        approvedBy: z.looseObject({ number: z.string(), issueDate: z.string() }).optional(),
      })
      .optional(),
  }),
  z.looseObject({ ...groupBase, status: z.literal("not-computable"), reason: z.string() }),
]);

const UnitRefSchema = z.strictObject({ id: z.string(), name: BilingualSchema.nullable() });

const IndicatorSchema = z.strictObject({
  id: z.string(),
  measure: z.string(),
  name: BilingualSchema,
  citation: CitationSchema,
  target: z.looseObject({
    indicatorId: z.string(),
    year: z.int(),
    applicable: z.boolean(),
    milestone: z.looseObject({ year: z.int(), target: z.string(), citation: CitationSchema }).optional(),
  }),
  milestones: z.array(z.strictObject({ year: z.int(), target: z.string(), citation: CitationSchema })),
  overall: GroupSchema,
  byTier: z.array(GroupSchema),
  bySector: z.array(GroupSchema),
  byUnit: z.array(GroupSchema),
  unitsBelowTarget: z.array(UnitRefSchema),
  adjustedGroups: count,
  change: z
    .strictObject({
      sinceYear: z.int(),
      previousValue: ValueSchema,
      percentagePoints: z.string(),
      numerator: z.int(),
      denominator: z.int(),
    })
    .nullable(),
});

/**
 * The schema of an {@link AnnualReport}.
 *
 * @example
 * ```ts
 * AnnualReportSchema.safeParse(JSON.parse(storedJson)).success; //=> true for last year's stored report
 * ```
 */
export const AnnualReportSchema = z
  .strictObject({
    kind: z.literal("vn-women-leadership/annual-report"),
    version: z.literal(1),
    year: z.int(),
    asOf: z.string(),
    snapshotDate: z.string(),
    plan: z.strictObject({
      id: z.string(),
      document: z.looseObject({
        number: z.string(),
        type: BilingualSchema,
        issuer: BilingualSchema,
        issueDate: z.string(),
      }),
      jurisdiction: z.strictObject({ level: z.enum(["national", "province"]), name: BilingualSchema }),
      period: z.strictObject({ start: z.int(), end: z.int() }),
    }),
    settings: z.looseObject({ keyLeaders: z.string() }),
    tiers: z.array(z.string()),
    indicators: z.array(IndicatorSchema),
    coverage: z.strictObject({
      unitsInForce: count,
      unitsReporting: count,
      unitsOutOfScope: z.array(z.looseObject({ kind: z.string(), tier: z.string(), count })),
      missing: z.array(UnitRefSchema),
      rejected: z.array(
        z.looseObject({
          index: count,
          unitId: z.string().nullable(),
          issues: z.array(z.looseObject({ code: z.string(), message: BilingualSchema })),
        }),
      ),
    }),
    warnings: z.array(z.looseObject({ code: z.string(), message: BilingualSchema })),
    deadlines: z.array(
      z.looseObject({
        dutyId: z.string(),
        name: BilingualSchema,
        year: z.int(),
        lastOnTimeDate: z.string().nullable(),
        // The provenance is read: a deadline the text does not give is marked as inferred in the report.
        citation: z.looseObject({
          document: z.string(),
          clause: z.string(),
          provenance: z.enum(PROVENANCES).optional(),
        }),
        status: z.looseObject({ status: z.string(), submittedOn: z.string().nullable() }),
        submissions: z.array(
          z.looseObject({
            by: z.string(),
            status: z.looseObject({ status: z.string(), submittedOn: z.string().nullable() }),
          }),
        ),
      }),
    ),
    previousYear: z.int().nullable(),
  })
  .meta({
    id: "AnnualReport",
    title: "vn-women-leadership annual report",
    description:
      "The annual report of a plan implementing Decision 2282/QĐ-TTg, as buildAnnualReport returns it.",
  });

/**
 * The JSON Schema (draft 2020-12) of an annual report, as shipped in `vn-women-leadership/annual-report.schema.json`:
 * for systems that store or exchange reports in another language.
 *
 * @example
 * ```ts
 * annualReportJsonSchema().title; //=> "vn-women-leadership annual report"
 * ```
 */
export function annualReportJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(AnnualReportSchema, {
    io: "output",
    unrepresentable: "any",
    target: "draft-2020-12",
  }) as Record<string, unknown>;
}
