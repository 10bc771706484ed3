/**
 * The annual report (Plan 53 IV.6.b: units report before 15/11; the Department of Home Affairs reports to the
 * Ministry): one plain-JSON document built from an evaluation, the deadlines of the year with their submissions,
 * and the previous year's report. Pure: the renderers (Markdown, HTML, SVG, CSV) turn it into text.
 *
 * @module
 */
import type { Deadline, Submission } from "../../deadlines/reporting.js";
import { reportingCalendar } from "../../deadlines/reporting.js";
import { InvalidInputError } from "../../errors/errors.js";
import { evaluate } from "../../evaluation/evaluate.js";
import type {
  EvaluateOptions,
  Evaluation,
  EvaluationInput,
  GroupResult,
  IndicatorResult,
} from "../../evaluation/types.js";
import { fromZodIssues } from "../../i18n/issues.js";
import type { Bilingual } from "../../i18n/locale.js";
import { fail, optionsObject } from "../../internal/args.js";
import type { Unit } from "../../organisation/unit.js";
import { requirePlan } from "../../plan/guard.js";
import type { Plan } from "../../plan/schema.js";
import { AnnualReportSchema } from "./schema.js";
import type { AnnualReport, IndicatorChange, ReportGroup, ReportIndicator, ReportUnit } from "./types.js";

/**
 * Options of {@link buildAnnualReport}: the evaluation's (`year`, `asOf`, …), the previous year's report, and the
 * reports handed in.
 *
 * @example
 * ```ts
 * const o: AnnualReportOptions = { year: 2025, asOf: "2026-01-15" };
 * ```
 */
export interface AnnualReportOptions extends EvaluateOptions {
  /** Last year's report (from `buildAnnualReport`, or its stored JSON): gives the change since then. */
  readonly previous?: AnnualReport | undefined;
  /** Reports handed in for the year's deadlines (see `reportingCalendar`). */
  readonly submissions?: readonly Submission[] | undefined;
}

const names = (units: readonly Unit[]): ReadonlyMap<string, Bilingual> => {
  const m = new Map<string, Bilingual>();
  for (const u of units) {
    if (u.name === undefined) continue;
    m.set(u.id.normalize("NFC"), typeof u.name === "string" ? { vi: u.name, en: u.name } : u.name);
  }
  return m;
};

/**
 * Builds the annual report of a plan for a year: the plan and its citations; each indicator overall, per level,
 * per sector and per unit (with the units' names), its target and where it came from, status and shortfall; the
 * units below target; reporting coverage and who did not report; the evaluation's warnings; the year's deadlines
 * with the submissions; and, given last year's report, the change since then (percentage points, units or people
 * gained or lost). The result is plain JSON, valid under {@link AnnualReportSchema}.
 *
 * @param plan - the plan (a defined plan, or a configuration that is validated).
 * @param input - units and their tallies, as for `evaluate`.
 * @param options - `year`, `asOf` and the evaluation's options; `previous`, `submissions`.
 * @throws InvalidInputError as `evaluate` and `reportingCalendar` do, or when `previous` is not a report of the
 *   same plan for an earlier year.
 *
 * @example
 * ```ts
 * const report = buildAnnualReport(hungYen53, { units, tallies }, { year: 2025, asOf: "2026-01-15" });
 * report.indicators[0]?.overall.status; //=> "below"
 * annualReportMarkdown(report, { locale: "vi" }); // the report in Vietnamese
 * ```
 */
export function buildAnnualReport(
  plan: Plan,
  input: EvaluationInput,
  options: AnnualReportOptions,
): AnnualReport {
  plan = requirePlan(plan, ["plan"]);
  const o = optionsObject(options, ["options"]);
  const { previous: givenPrevious, submissions, ...evaluateOptions } = o;
  // The report lists the units below target: it always needs each unit's result.
  const evaluation = evaluate(plan, input, {
    ...(evaluateOptions as unknown as EvaluateOptions),
    unitResults: true,
  });
  const previous = readPrevious(givenPrevious, plan, evaluation.year);
  const deadlines = reportingCalendar(plan, {
    from: evaluation.year,
    to: evaluation.year,
    asOf: evaluation.asOf,
    ...(submissions === undefined ? {} : { submissions: submissions as readonly Submission[] }),
    ...(o["calendar"] === undefined ? {} : { calendar: o["calendar"] as never }),
  });
  const unitNames = names(((input as { units?: readonly Unit[] }).units ?? []) as readonly Unit[]);
  return shape(plan, evaluation, deadlines, unitNames, previous);
}

function readPrevious(value: unknown, plan: Plan, year: number): AnnualReport | undefined {
  if (value === undefined) return undefined;
  const r = AnnualReportSchema.safeParse(value);
  if (!r.success) {
    throw new InvalidInputError(
      fromZodIssues(r.error.issues).map((i) => ({ ...i, path: ["options", "previous", ...i.path] })),
    );
  }
  const p = value as AnnualReport;
  if (p.plan.id !== plan.id || p.year >= year)
    fail("report.previous-mismatch", ["options", "previous"], {
      plan: p.plan.id,
      year: p.year,
      expectedPlan: plan.id,
      before: year,
    });
  return p;
}

function named(g: GroupResult, unitNames: ReadonlyMap<string, Bilingual>): ReportGroup {
  return { ...g, name: g.by === "unit" ? (unitNames.get(g.key) ?? null) : null };
}

function shape(
  plan: Plan,
  e: Evaluation,
  deadlines: readonly Deadline[],
  unitNames: ReadonlyMap<string, Bilingual>,
  previous: AnnualReport | undefined,
): AnnualReport {
  const unit = (id: string): ReportUnit => ({ id, name: unitNames.get(id) ?? null });
  const indicators = e.indicators.map((r): ReportIndicator => {
    const definition = plan.indicators.find((i) => i.id === r.indicatorId);
    const before = previous?.indicators.find((i) => i.id === r.indicatorId);
    return {
      id: r.indicatorId,
      measure: r.measure,
      name: r.name,
      citation: r.citation,
      target: r.target,
      milestones: (definition?.milestones ?? []).map((m) => ({
        year: m.year,
        target: m.target,
        citation: m.citation,
      })),
      overall: named(r.overall, unitNames),
      byTier: r.byTier.map((g) => named(g, unitNames)),
      bySector: r.bySector.map((g) => named(g, unitNames)),
      byUnit: r.byUnit.map((g) => named(g, unitNames)),
      unitsBelowTarget: below(r).map(unit),
      adjustedGroups: r.adjustedGroups,
      change:
        before === undefined || previous === undefined
          ? null
          : change(r.overall, before.overall, previous.year),
    };
  });
  return {
    kind: "vn-women-leadership/annual-report",
    version: 1,
    year: e.year,
    asOf: e.asOf,
    snapshotDate: e.snapshotDate,
    plan: {
      id: plan.id,
      document: {
        number: plan.document.number,
        type: plan.document.type,
        issuer: plan.document.issuer,
        issueDate: plan.document.issueDate,
        ...(plan.document.title === undefined ? {} : { title: plan.document.title }),
      },
      jurisdiction: { level: plan.jurisdiction.level, name: plan.jurisdiction.name },
      period: plan.period,
    },
    settings: e.settings,
    tiers: e.tiers,
    indicators,
    coverage: {
      unitsInForce: e.coverage.unitsInForce,
      unitsReporting: e.coverage.unitsReporting,
      unitsOutOfScope: e.coverage.unitsOutOfScope,
      missing: e.coverage.missingUnitIds.map(unit),
      rejected: e.coverage.rejected,
    },
    warnings: e.warnings,
    deadlines,
    previousYear: previous?.year ?? null,
  };
}

/** Units whose own result is below target or cannot be computed (sorted by id, as the evaluation lists them). */
function below(r: IndicatorResult): string[] {
  return r.byUnit.filter((g) => g.status !== "met").map((g) => g.key);
}

/** The change of a group's value since last year: exact percentage points, and what was gained or lost. */
function change(now: GroupResult, then: GroupResult, year: number): IndicatorChange | null {
  if (now.status === "not-computable" || then.status === "not-computable") return null;
  const a = now.value;
  const b = then.value;
  // (a.n/a.d − b.n/b.d) × 100, exactly, rounded half away from zero to two digits only here, for display.
  const num = BigInt(a.numerator) * BigInt(b.denominator) - BigInt(b.numerator) * BigInt(a.denominator);
  const den = BigInt(a.denominator) * BigInt(b.denominator);
  return {
    sinceYear: year,
    previousValue: b,
    percentagePoints: signedHundredths(num * 100n, den),
    numerator: a.numerator - b.numerator,
    denominator: a.denominator - b.denominator,
  };
}

function signedHundredths(n: bigint, d: bigint): string {
  const negative = n < 0n;
  const abs = negative ? -n : n;
  // round half up on the absolute value: |x| × 100, + d/2, ÷ d
  const scaled = (abs * 100n * 2n + d) / (2n * d);
  const whole = scaled / 100n;
  const frac = (scaled % 100n).toString().padStart(2, "0");
  const sign = scaled === 0n ? "" : negative ? "-" : "+";
  return `${sign}${whole}.${frac}`;
}
