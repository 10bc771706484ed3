/**
 * Evaluation: for each indicator of a plan, for a year, overall and per tier, sector and unit, the exact value,
 * the target that applied and why, a status with a reason, and the exact shortfall.
 *
 * It reads top-down as its four stages: {@link acceptInput} (options, units, readings, tallies),
 * {@link accumulateGroups} (one pass summing every group), {@link judgeGroup} (one group against its target), and
 * the shaping below (one result per indicator).
 *
 * @module
 */
import type { GroupBy } from "../adjustments/hook.js";
import type { Plan } from "../plan/schema.js";
import { fraction } from "../rational/fraction.js";
import { type ExactRatio, exactRatio } from "../rational/ratio.js";
import { targetOf } from "../targets/target-for.js";
import { type Acc, accumulateGroups, type Groups } from "./groups.js";
import { type Accepted, acceptInput } from "./input.js";
import { judgeGroup, judgingOf } from "./judge.js";
import type {
  EvaluateOptions,
  Evaluation,
  EvaluationInput,
  EvaluationWarning,
  GroupResult,
  IndicatorResult,
} from "./types.js";
import { warning } from "./warnings.js";

/**
 * Evaluates every indicator of a plan for a year: overall and per tier, sector and unit, the exact value, the
 * target that applied and why, a status (`met`, `below`, `not-computable` with a reason) and the exact
 * shortfall. Pure: the same input gives the same plain-JSON result, whatever the order of units or tallies.
 *
 * Units: I.1.1 counts the units in scope (the plan's `settings.scope`: kinds and tiers in force on the snapshot
 * date); a unit in scope that did not report, or reported no key leaders, counts as not meeting the criterion
 * (`missingUnits: "count-as-not-met"`, the default) or is left out (`"exclude"`). People indicators sum the
 * planning pools of all reporting units in force. Tallies that are invalid, duplicated, for unknown units or for
 * units not in force are not used and are listed in `coverage.rejected`: none is dropped silently.
 *
 * @throws UnitValidationError when the units are not a valid hierarchy (duplicate ids, unknown parents, cycles).
 * @throws InvalidInputError when `year` or `asOf` is not valid.
 * @example
 * ```ts
 * import { hungYen53 } from "vn-women-leadership/presets";
 * const result = evaluate(hungYen53, { units, tallies }, { year: 2025, asOf: "2026-01-15" });
 * const i111 = result.indicators[0]!;
 * console.log(i111.overall.status); // "below"
 * ```
 */
export function evaluate(plan: Plan, input: EvaluationInput, options: EvaluateOptions): Evaluation {
  const accepted = acceptInput(plan, input, options);
  const groups = accumulateGroups(accepted);
  return shapeResult(accepted, groups, judgeIndicators(accepted, groups));
}

/** Stage 3 for every indicator: each group judged against the indicator's target for the year. */
function judgeIndicators(a: Accepted, groups: Groups): IndicatorResult[] {
  const { plan, year, settings, resolver, trajectory, percent } = a;
  // Percentages repeat across groups (2 of 5 key leaders, 3 of 4 trained): each distinct ratio is reduced and
  // rounded once per evaluation, looked up by its two numbers (a string key costs more to hash than it saves).
  const percents = new Map<number, Map<number, string>>();
  const percentOf = (numerator: number, denominator: number): string => {
    let byDenominator = percents.get(numerator);
    if (byDenominator === undefined) {
      byDenominator = new Map();
      percents.set(numerator, byDenominator);
    }
    let p = byDenominator.get(denominator);
    if (p === undefined) {
      p = exactRatio(fraction(numerator, denominator), percent).percent;
      byDenominator.set(denominator, p);
    }
    return p;
  };
  return plan.indicators.map((indicator): IndicatorResult => {
    const target = targetOf(plan, indicator.id, year, trajectory);
    const judging = judgingOf(
      {
        plan,
        indicator,
        year,
        target,
        settings,
        resolver,
        sectorWorkforce: groups.sectorWorkforce,
        percent,
        percentOf,
        copy,
      },
      a.snapshotDate,
    );
    let adjustedGroups = 0;
    const judge = (by: GroupBy, key: string, acc: Acc): GroupResult => {
      const r = judgeGroup(judging, by, key, acc);
      if (r.status !== "not-computable" && r.targetSource === "resolver") adjustedGroups++;
      return r;
    };
    // I.1.1 lists only the groups that hold units in its scope.
    const judgeAll = (list: readonly [string, Acc][], by: GroupBy) =>
      list
        .filter(([, acc]) => indicator.measure !== "units-with-female-key-leader" || acc.inScope > 0)
        .map(([k, acc]) => judge(by, k, acc));
    const result = {
      indicatorId: indicator.id,
      measure: indicator.measure,
      name: indicator.name,
      citation: indicator.citation,
      target,
      overall: judge("overall", "(all)", groups.overall),
      byTier: judgeAll(groups.byTier, "tier"),
      bySector: judgeAll(groups.bySector, "sector"),
      byUnit: judgeAll(groups.byUnit, "unit"),
    };
    return { ...result, adjustedGroups };
  });
}

/** Stage 4: the evaluation as plain JSON, with every reading used and the reporting coverage. */
function shapeResult(a: Accepted, groups: Groups, indicators: IndicatorResult[]): Evaluation {
  return {
    ...shapeBody(a, groups, indicators),
    warnings: [...a.warnings, ...resultWarnings(a, groups, indicators)],
  };
}

/** The warnings only the finished result can tell. */
function resultWarnings(
  a: Accepted,
  groups: Groups,
  indicators: readonly IndicatorResult[],
): EvaluationWarning[] {
  const out: EvaluationWarning[] = [];
  if (a.rejected.length > 0) {
    const codes = [...new Set(a.rejected.flatMap((r) => r.issues.map((i) => i.code)))].sort();
    out.push(warning("warning.tallies-rejected", { count: a.rejected.length, codes }));
  }
  if (groups.missingUnitIds.length > 0) {
    out.push(
      warning("warning.units-missing", {
        count: groups.missingUnitIds.length,
        ids: [...groups.missingUnitIds],
        setting: a.settings.missingUnits,
      }),
    );
  }
  if (groups.outOfScope.length > 0) {
    const count = groups.outOfScope.reduce((n, o) => n + o.count, 0);
    const kinds = groups.outOfScope.map((o) => `${o.kind}/${o.tier} (${o.count})`);
    out.push(warning("warning.units-out-of-scope", { count, kinds }));
  }
  for (const r of indicators) {
    if (r.measure === "qualitative") out.push(warning("warning.qualitative", { indicator: r.indicatorId }));
    for (const g of [r.overall, ...r.byTier, ...r.bySector, ...r.byUnit]) {
      const adj = g.status === "not-computable" ? undefined : g.adjustment;
      if (adj?.policy === "explicit" && (adj.justification === undefined || adj.approvedBy === undefined)) {
        out.push(
          warning("warning.adjustment-without-justification", { group: `${r.indicatorId} ${g.by} ${g.key}` }),
        );
      }
    }
  }
  return out;
}

function shapeBody(a: Accepted, groups: Groups, indicators: IndicatorResult[]): Omit<Evaluation, "warnings"> {
  return {
    plan: { id: a.plan.id, document: a.plan.document.number },
    year: a.year,
    asOf: a.asOf,
    snapshotDate: a.snapshotDate,
    tiers: [...a.tiers],
    settings: {
      ...a.settings,
      keyLeadersCountedUnder: a.keyLeadersCountedUnder,
      trajectory: a.trajectory,
      percent: a.percent,
      unitResults: a.unitResults,
    },
    coverage: {
      unitsInForce: a.inForce.length,
      unitsReporting: a.tallies.size,
      unitsOutOfScope: groups.outOfScope,
      missingUnitIds: groups.missingUnitIds,
      rejected: a.rejected,
    },
    indicators,
  };
}

// A fresh copy of a ratio, so that no two groups share an object.
const copy = (r: ExactRatio): ExactRatio => ({
  numerator: r.numerator,
  denominator: r.denominator,
  percent: r.percent,
  rounding: { digits: r.rounding.digits, mode: r.rounding.mode },
});
