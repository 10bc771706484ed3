/**
 * Stage 3 of an evaluation: judge a group. From a group's sums and the indicator's target (or the resolver's),
 * the exact value, the status, the milestone and trajectory statuses and the exact shortfall.
 *
 * @module
 */
import type { GroupBy, TargetContext, TargetResolver } from "../adjustments/hook.js";
import type { Indicator, Plan, Settings } from "../plan/schema.js";
import { compareFractions, type Fraction, fraction } from "../rational/fraction.js";
import { type DecimalOptions, type Percent, percentToFraction } from "../rational/percent.js";
import { type ExactRatio, exactRatio, ratioToFraction } from "../rational/ratio.js";
import type { TargetForYear } from "../targets/target-for.js";
import type { Acc } from "./groups.js";
import { exactPeopleShortfall, exactRequiredUnits } from "./shortfall.js";
import type { GroupResult, JudgedGroup, NotComputableReason } from "./types.js";

/** The targets a group is judged by. */
interface GroupTargets {
  /** The target applied (the plan's for the year, or the resolver's). */
  readonly applied: Fraction;
  /** The milestone itself (not a trajectory point), or the resolver's target. */
  readonly milestone: Fraction;
  /** The target applied as the result shows it, when worked out already. */
  readonly appliedRatio?: ExactRatio;
  /**
   * Whether the milestone equals the target applied (as under the next-milestone reading, or with a resolver's
   * target): then judging against it again gives the same answer, since both tests depend on its value only.
   */
  readonly sameTarget: boolean;
}

/** The plan's targets for an indicator, worked out once. */
interface PlanTargets extends GroupTargets {
  readonly appliedRatio: ExactRatio;
}

/** What judging the groups of one indicator shares. */
export interface Judging {
  readonly plan: Plan;
  readonly indicator: Indicator;
  readonly year: number;
  readonly target: TargetForYear;
  readonly settings: Settings;
  readonly resolver: TargetResolver | undefined;
  readonly sectorWorkforce: TargetContext["sectorWorkforce"];
  /** Whether the milestone's year is over on the snapshot date. */
  readonly milestoneDue: boolean;
  /** How percentages are written. */
  readonly percent: Required<DecimalOptions>;
  /** `exactRatio(fraction(numerator, denominator)).percent` with the evaluation's percent options, memoised. */
  readonly percentOf: (numerator: number, denominator: number) => string;
  /** The plan's target (`ratioToFraction`) and milestone (`percentToFraction`), memoised per indicator. */
  readonly planTargets: (target: ExactRatio, milestone: Percent) => PlanTargets;
  /** A fresh copy of a ratio, so that no two groups share an object. */
  readonly copy: (r: ExactRatio) => ExactRatio;
}

/** What judging an indicator's groups shares: built once per indicator, its memos filled as groups need them. */
export function judgingOf(
  base: Omit<Judging, "planTargets" | "milestoneDue">,
  snapshotDate: string,
): Judging {
  const { target } = base;
  let planTargets: PlanTargets | undefined;
  return {
    ...base,
    // “Achieve by the end of the year”: a milestone is missed only once the counts describe its year's end.
    milestoneDue:
      target.milestone !== undefined &&
      target.milestoneDue === true &&
      snapshotDate >= `${String(target.milestone.year).padStart(4, "0")}-12-31`,
    // The plan's target and milestone as fractions, worked out once per indicator when a group first needs them.
    planTargets: (t, milestone) => {
      if (planTargets === undefined) {
        const applied = ratioToFraction(t);
        const m = percentToFraction(milestone);
        planTargets = {
          applied,
          milestone: m,
          appliedRatio: exactRatio(applied, base.percent),
          sameTarget: compareFractions(m, applied) === 0,
        };
      }
      return planTargets;
    },
  };
}

/** Stage 3: the result of one indicator for one group. */
export function judgeGroup(j: Judging, by: GroupBy, key: string, acc: Acc): GroupResult {
  const { plan, indicator, year, target, settings, resolver, sectorWorkforce } = j;
  const isUnits = indicator.measure === "units-with-female-key-leader";
  const units = isUnits
    ? {
        inScope: acc.inScope,
        reporting: acc.scopeReporting,
        missing: acc.inScope - acc.scopeReporting,
        withoutKeyLeaders: acc.scopeReporting - acc.scopeWithKeyLeaders,
      }
    : { inScope: acc.unitIds.length, reporting: acc.reporting, missing: acc.missing };
  if (!target.applicable || target.target === undefined || target.milestone === undefined) {
    return { by, key, units, status: "not-computable", reason: target.reason ?? "qualitative" };
  }

  // The value: numerator and denominator under the indicator's rule.
  let numerator: number;
  let denominator: number;
  let emptyReason: NotComputableReason;
  const keyLeaderShare = isUnits
    ? {
        women: acc.klWomen,
        total: acc.klTotal,
        percent: acc.klTotal === 0 ? null : j.percentOf(acc.klWomen, acc.klTotal),
      }
    : undefined;
  if (isUnits) {
    numerator = acc.scopeWithFemale;
    denominator = settings.missingUnits === "exclude" ? acc.scopeWithKeyLeaders : acc.inScope;
    emptyReason =
      acc.inScope === 0
        ? "no-units-in-scope"
        : by === "unit"
          ? acc.scopeReporting === 0
            ? "unit-not-reporting"
            : "no-key-leaders-reported"
          : "no-units-reporting";
    if (by === "unit" && acc.scopeWithKeyLeaders === 0) denominator = 0; // one unit: no data is no value
  } else {
    const trained = indicator.measure === "trained-women-in-planning-pool";
    numerator = trained ? acc.poolTrained : acc.poolWomen;
    denominator = trained ? acc.poolWomen : acc.poolTotal;
    emptyReason =
      acc.reporting === 0
        ? by === "unit"
          ? "unit-not-reporting"
          : "no-units-reporting"
        : trained
          ? "no-women-in-planning-pool"
          : "empty-planning-pool";
  }
  if (denominator === 0) {
    return keyLeaderShare === undefined
      ? { by, key, units, status: "not-computable", reason: emptyReason }
      : { by, key, units, keyLeaderShare, status: "not-computable", reason: emptyReason };
  }

  // The target: the plan's, unless the resolver replaces it for this group. The context is built only for a
  // resolver (without one, nothing reads it).
  const group: TargetContext["group"] | undefined =
    resolver === undefined
      ? undefined
      : {
          by,
          key,
          unitIds: acc.unitIds,
          ...(acc.sector === undefined ? {} : { sector: acc.sector }),
          workforce: { women: acc.wfWomen, total: acc.wfTotal },
        };
  const resolved =
    resolver === undefined || group === undefined
      ? undefined
      : resolver({ plan, indicator, year, group, sectorWorkforce, base: target.target });
  // The target applied, and the milestone itself (not a trajectory point). With a resolver and a trajectory the
  // resolver is asked again for the milestone, so that "met the milestone" compares with the adjusted milestone.
  let targets: GroupTargets;
  if (resolved === undefined || group === undefined) {
    targets = j.planTargets(target.target, target.milestone.target);
  } else if (target.basis !== "linear-trajectory") {
    const applied = ratioToFraction(resolved.target);
    targets = { applied, milestone: applied, sameTarget: true };
  } else {
    const planMilestone = j.planTargets(target.target, target.milestone.target).milestone;
    const resolvedMilestone = resolver?.({
      plan,
      indicator,
      year,
      group,
      sectorWorkforce,
      base: exactRatio(planMilestone),
    });
    const applied = ratioToFraction(resolved.target);
    const milestone =
      resolvedMilestone === undefined ? planMilestone : ratioToFraction(resolvedMilestone.target);
    targets = { applied, milestone, sameTarget: compareFractions(milestone, applied) === 0 };
  }
  const { applied, milestone: milestoneTarget, appliedRatio, sameTarget } = targets;
  let met: boolean;
  let metMilestone: boolean;
  let shortfall: JudgedGroup["shortfall"];
  let need = 0;
  if (isUnits) {
    need = exactRequiredUnits(denominator, applied, settings.unitTargetReading);
    met = numerator >= need;
    shortfall = { units: Math.max(0, need - numerator) };
    metMilestone = sameTarget
      ? met
      : numerator >= exactRequiredUnits(denominator, milestoneTarget, settings.unitTargetReading);
  } else {
    const value = fraction(numerator, denominator);
    met = compareFractions(value, applied) >= 0;
    shortfall = exactPeopleShortfall(numerator, denominator, applied);
    metMilestone = sameTarget ? met : compareFractions(value, milestoneTarget) >= 0;
  }
  // Built field by field, in the order of the result's documentation (object spreads here cost more than the rest
  // of the judging at 10,000 units).
  const result: Writable<JudgedGroup> = {
    by,
    key,
    units,
    status: met ? "met" : "below",
    value: { numerator, denominator, percent: j.percentOf(numerator, denominator) },
    target: appliedRatio === undefined ? exactRatio(applied, j.percent) : j.copy(appliedRatio),
    targetSource: resolved === undefined ? "plan" : "resolver",
    milestoneStatus: metMilestone ? "met" : j.milestoneDue ? "missed" : "not-yet-met",
    shortfall,
  };
  if (resolved !== undefined) result.adjustment = resolved.audit;
  if (target.basis === "linear-trajectory") result.trajectoryStatus = met ? "on-track" : "behind";
  if (keyLeaderShare !== undefined) {
    result.requiredUnits = need;
    result.keyLeaderShare = keyLeaderShare;
  }
  return result;
}

type Writable<T> = { -readonly [K in keyof T]: T[K] };
