/**
 * The annual report's types: plain JSON, as {@link buildAnnualReport} returns it and `AnnualReportSchema` reads it.
 *
 * @module
 */
import type { Deadline } from "../../deadlines/reporting.js";
import type {
  Coverage,
  EvaluationSettings,
  EvaluationWarning,
  GroupResult,
  GroupValue,
  IndicatorResult,
  OutOfScopeUnits,
} from "../../evaluation/types.js";
import type { Bilingual } from "../../i18n/locale.js";
import type { Tier } from "../../organisation/tier.js";
import type { Milestone, Plan } from "../../plan/schema.js";
import type { Citation } from "../../primitives/citation.js";

/**
 * A unit named in a report: its id and, when the units gave one, its name in both languages.
 *
 * @example
 * ```ts
 * const u: ReportUnit = { id: "so-noi-vu", name: { vi: "Sở Nội vụ", en: "Department of Home Affairs" } };
 * ```
 */
export interface ReportUnit {
  /** The unit's id. */
  readonly id: string;
  /** Its name (a single-language name is given in both), or `null`. */
  readonly name: Bilingual | null;
}

/**
 * A group's result in a report: the evaluation's, with the unit's name for per-unit groups.
 *
 * @example
 * ```ts
 * const g: ReportGroup = { by: "tier", key: "commune", units: { inScope: 3, reporting: 3, missing: 0 }, status: "not-computable", reason: "no-units-in-scope", name: null };
 * ```
 */
export type ReportGroup = GroupResult & {
  /** The unit's name (per-unit groups with a named unit); `null` otherwise. */
  readonly name: Bilingual | null;
};

/**
 * How an indicator's overall value changed since the previous report.
 *
 * @example
 * ```ts
 * const c: IndicatorChange = { sinceYear: 2024, previousValue: { numerator: 9, denominator: 17, percent: "52.94" }, percentagePoints: "+5.88", numerator: 1, denominator: 0 };
 * ```
 */
export interface IndicatorChange {
  /** The previous report's year. */
  readonly sinceYear: number;
  /** Its overall value. */
  readonly previousValue: GroupValue;
  /** The change in percentage points, signed, rounded half up to two digits for display (`"+5.88"`, `"-1.20"`). */
  readonly percentagePoints: string;
  /** Units or people gained (positive) or lost (negative) in the numerator: units with a female key leader, women. */
  readonly numerator: number;
  /** The change in the denominator: units in scope, people counted. */
  readonly denominator: number;
}

/**
 * One indicator in a report.
 *
 * @example
 * ```ts
 * const i: ReportIndicator = buildAnnualReport(hungYen53, input, { year: 2025, asOf: "2026-01-15" }).indicators[0]!;
 * i.unitsBelowTarget.map((u) => u.name?.vi ?? u.id); // the communes without a female key leader
 * ```
 */
export interface ReportIndicator {
  /** The indicator's id. */
  readonly id: string;
  /** What it measures. */
  readonly measure: IndicatorResult["measure"];
  /** Its name. */
  readonly name: Bilingual;
  /** Where the indicator is written. */
  readonly citation: Citation;
  /** The target of the year and where it came from. */
  readonly target: IndicatorResult["target"];
  /** Every milestone of the plan (2025, 2030), with its citation: what a chart compares against. */
  readonly milestones: readonly Pick<Milestone, "year" | "target" | "citation">[];
  /** Overall. */
  readonly overall: ReportGroup;
  /** Per level, from the top. */
  readonly byTier: readonly ReportGroup[];
  /** Per sector. */
  readonly bySector: readonly ReportGroup[];
  /** Per unit, with names. */
  readonly byUnit: readonly ReportGroup[];
  /** Units whose own result is below target or not computable (for I.1.1: without a female key leader). */
  readonly unitsBelowTarget: readonly ReportUnit[];
  /** Groups whose target an adjustment replaced. */
  readonly adjustedGroups: number;
  /** The change since the previous report; `null` without one, or when either value cannot be computed. */
  readonly change: IndicatorChange | null;
}

/**
 * The annual report: plain JSON (see {@link buildAnnualReport}).
 *
 * @example
 * ```ts
 * const r: AnnualReport = buildAnnualReport(hungYen53, input, { year: 2025, asOf: "2026-01-15" });
 * JSON.parse(JSON.stringify(r)); // the same report
 * ```
 */
export interface AnnualReport {
  /** What this document is. */
  readonly kind: "vn-women-leadership/annual-report";
  /** The format's version. */
  readonly version: 1;
  /** The reporting year. */
  readonly year: number;
  /** The day the report was made. */
  readonly asOf: string;
  /** The day the counts describe. */
  readonly snapshotDate: string;
  /** The plan, as the report cites it. */
  readonly plan: {
    readonly id: string;
    readonly document: Pick<Plan["document"], "number" | "type" | "issuer" | "issueDate" | "title">;
    readonly jurisdiction: Pick<Plan["jurisdiction"], "level" | "name">;
    readonly period: Plan["period"];
  };
  /** The readings used. */
  readonly settings: EvaluationSettings;
  /** The levels counted. */
  readonly tiers: readonly Tier[];
  /** Each indicator. */
  readonly indicators: readonly ReportIndicator[];
  /** Reporting coverage: who reported, who did not (with names), what was rejected and why. */
  readonly coverage: {
    readonly unitsInForce: number;
    readonly unitsReporting: number;
    readonly unitsOutOfScope: readonly OutOfScopeUnits[];
    readonly missing: readonly ReportUnit[];
    readonly rejected: Coverage["rejected"];
  };
  /** What a reader must know. */
  readonly warnings: readonly EvaluationWarning[];
  /** The year's deadlines, with the submissions. */
  readonly deadlines: readonly Deadline[];
  /** The previous report's year, when one was given. */
  readonly previousYear: number | null;
}
