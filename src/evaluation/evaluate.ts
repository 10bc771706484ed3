/**
 * Evaluation: for each indicator of a plan, for a year, overall and per tier, sector and unit, the exact value,
 * the target that applied and why, a status with a reason, and the exact shortfall.
 *
 * @module
 */
import { adjustmentResolver } from "../adjustments/resolver.js";
import { isCalendarDate } from "../deadlines/calendar-date.js";
import { defineUnitsForReading } from "../organisation/hierarchy.js";
import { tiersInForce } from "../organisation/local-government.js";
import type { Tier } from "../organisation/tier.js";
import { NO_SECTOR, type Unit } from "../organisation/unit.js";
import type { Citation } from "../plan/primitives.js";
import type { Indicator, Plan, Settings } from "../plan/schema.js";
import { compareFractions, type Fraction, fraction } from "../rational/fraction.js";
import { type DecimalOptions, type Percent, percentToFraction } from "../rational/percent.js";
import { type ExactRatio, exactRatio, ratioToFraction } from "../rational/ratio.js";
import { acceptTallies, type RejectedTally } from "../tally/accept.js";
import type { UnitTallyInput } from "../tally/input.js";
import { type TargetForYear, type Trajectory, targetFor } from "../targets/target-for.js";
import { type PeopleShortfall, peopleShortfall, requiredUnits } from "./shortfall.js";

/**
 * What is evaluated: the units (with kind, tier, sector, parent, validity dates) and one tally per reporting
 * unit, as an app or a `GROUP BY` query has them (or as `tallyRecords` makes them from people).
 *
 * @example
 * ```ts
 * const input: EvaluationInput = {
 *   units: [{ id: "so-noi-vu", kind: "state-agency", tier: "province" }],
 *   tallies: [{ unitId: "so-noi-vu", keyLeaders: { women: 1, total: 3 }, planningPool: { women: 4, total: 10, womenTrained: 3 } }],
 * };
 * ```
 */
export interface EvaluationInput {
  /** The units. */
  readonly units: readonly Unit[];
  /** One tally per reporting unit. A unit without a tally did not report. */
  readonly tallies: readonly UnitTallyInput[];
  /**
   * Who was counted as a key leader in `tallies` (`tallyRecords` returns it as `settings.keyLeaderDefinition`).
   * When given, it must be the plan's `settings.keyLeaders`: a result must not claim a reading its counts did not
   * use. When absent, the result says `"not-stated"`.
   */
  readonly keyLeaders?: "heads-and-deputies" | "heads-only" | undefined;
}

/**
 * The context a target resolver receives: the group being judged and the plan's own target for it.
 *
 * @example
 * ```ts
 * const resolver: TargetResolver = (ctx: TargetContext) => undefined; // keep the plan's target
 * ```
 */
export interface TargetContext {
  /** The plan. */
  readonly plan: Plan;
  /** The indicator. */
  readonly indicator: Indicator;
  /** The year. */
  readonly year: number;
  /** The group: how it was formed, its key, the units in it, their sector (if one) and their workforce. */
  readonly group: {
    readonly by: GroupBy;
    readonly key: string;
    readonly unitIds: readonly string[];
    readonly sector?: string;
    readonly workforce: { readonly women: number; readonly total: number };
  };
  /** The workforce of a whole sector (all its units in force), for judging eligibility per sector. */
  readonly sectorWorkforce: (sector: string) => { readonly women: number; readonly total: number };
  /** The plan's target for the year. */
  readonly base: ExactRatio;
}

/**
 * A target chosen by a resolver, with the record that explains it (for the adjustment of sectors under 30%).
 *
 * @example
 * ```ts
 * const t: ResolvedTarget = { target: fraction(1, 2), audit: { policy: "explicit" } };
 * ```
 */
export interface ResolvedTarget {
  /** The target to apply instead of the plan's. */
  readonly target: Fraction;
  /** Why: a plain JSON record shown with the result. */
  readonly audit: Readonly<Record<string, unknown>>;
}

/**
 * A hook that may replace the plan's target for a group (the adjustment of sectors under 30% plugs in here).
 * Return `undefined` to keep the plan's target.
 *
 * @example
 * ```ts
 * const halfForPolice: TargetResolver = (ctx) =>
 *   ctx.group.key === "police" ? { target: fraction(1, 2), audit: { policy: "explicit", document: "5/QĐ-UBND" } } : undefined;
 * ```
 */
export type TargetResolver = (ctx: TargetContext) => ResolvedTarget | undefined;

/**
 * Options of {@link evaluate}. `year` and `asOf` are required: nothing reads a clock.
 *
 * @example
 * ```ts
 * const options: EvaluateOptions = { year: 2025, asOf: "2026-01-15" };
 * ```
 */
export interface EvaluateOptions {
  /** The year whose target applies. */
  readonly year: number;
  /** The date of the evaluation, `YYYY-MM-DD`. */
  readonly asOf: string;
  /**
   * The date the counts describe (units in force on it are counted). Default: 31 December of `year`, or `asOf`
   * if earlier.
   */
  readonly snapshotDate?: string;
  /** How a year between milestones is judged (default: the next milestone). */
  readonly trajectory?: Trajectory;
  /** Overrides of the plan's settings for this evaluation (recorded in the result). */
  readonly settings?: Partial<Pick<Settings, "missingUnits" | "unitTargetReading" | "adjustment">>;
  /** How percentages are written in the result (default: 2 digits, half-up). Comparisons are always exact. */
  readonly percent?: DecimalOptions;
  /**
   * A hook that may replace the plan's target for a group. Default: the plan's adjustment clause applied with
   * `settings.adjustment` (see `adjustmentResolver`); with the default policy `none` nothing is replaced.
   */
  readonly targetResolver?: TargetResolver;
  /** Check every tally with its zod schema (default true); `false` trusts the shape (for trusted pipelines). */
  readonly validate?: boolean;
}

/**
 * How a group of units was formed.
 *
 * @example
 * ```ts
 * const by: GroupBy = "sector";
 * ```
 */
export type GroupBy = "overall" | "tier" | "sector" | "unit";

/**
 * Why a value could not be computed.
 *
 * @example
 * ```ts
 * const reason: NotComputableReason = "empty-planning-pool";
 * ```
 */
export type NotComputableReason =
  | "qualitative"
  | "before-programme"
  | "no-units-in-scope"
  | "no-units-reporting"
  | "unit-not-reporting"
  | "no-key-leaders-reported"
  | "empty-planning-pool"
  | "no-women-in-planning-pool";

/**
 * The result of one indicator for one group of units.
 *
 * @example
 * ```ts
 * const g: GroupResult = evaluate(plan, input, { year: 2025, asOf: "2026-01-15" }).indicators[0]!.overall;
 * g.status; //=> "below"
 * g.shortfall; //=> { units: 1 }
 * ```
 */
export interface GroupResult {
  /** How the group was formed. */
  readonly by: GroupBy;
  /** The group's key: `(all)`, a tier, a sector or a unit id. */
  readonly key: string;
  /** `met` (at or above the target), `below`, or `not-computable` (see `reason`). */
  readonly status: "met" | "below" | "not-computable";
  /** Why the value is not computable. */
  readonly reason?: NotComputableReason;
  /** The exact value: raw numerator and denominator, and the percentage. */
  readonly value?: { readonly numerator: number; readonly denominator: number; readonly percent: string };
  /** The target applied to this group. */
  readonly target?: ExactRatio;
  /** Where the target came from: the plan (milestone or trajectory) or the target resolver (an adjustment). */
  readonly targetSource?: "plan" | "resolver";
  /** The resolver's record, when it replaced the target. */
  readonly adjustment?: Readonly<Record<string, unknown>>;
  /** Against the milestone itself: met, not yet met (its year has not come), or missed (its year has come). */
  readonly milestoneStatus?: "met" | "not-yet-met" | "missed";
  /** Against a linear trajectory, when one was asked for. */
  readonly trajectoryStatus?: "on-track" | "behind";
  /**
   * What is still missing: units that must gain a female key leader (I.1.1.1), or people in the add and
   * replace readings. Zero when met.
   */
  readonly shortfall?: { readonly units: number } | PeopleShortfall;
  /** I.1.1.1 only: units the target requires under the unit reading (e.g. 11 of 17 at 60%). */
  readonly requiredUnits?: number;
  /** I.1.1.1 only: the second ratio national reports publish, female key leaders ÷ all key leaders. */
  readonly keyLeaderShare?: {
    readonly women: number;
    readonly total: number;
    readonly percent: string | null;
  };
  /**
   * Units of the group: counted (for I.1.1.1 the units in scope, for the people indicators every unit in force),
   * reporting, not reporting, and (I.1.1.1) reporting no key leaders at all.
   */
  readonly units: {
    readonly inScope: number;
    readonly reporting: number;
    readonly missing: number;
    readonly withoutKeyLeaders?: number;
  };
}

/**
 * The result of one indicator.
 *
 * @example
 * ```ts
 * const r: IndicatorResult = evaluate(plan, input, { year: 2025, asOf: "2026-01-15" }).indicators[0]!;
 * r.citation; //=> { document: "53/KH-UBND", clause: "I.1.1.1" }
 * ```
 */
export interface IndicatorResult {
  /** The indicator's id. */
  readonly indicatorId: string;
  /** What it measures. */
  readonly measure: Indicator["measure"];
  /** Its name. */
  readonly name: Indicator["name"];
  /** Its clause. */
  readonly citation: Citation;
  /** The plan's target for the year, and why. */
  readonly target: TargetForYear;
  /** All units together. */
  readonly overall: GroupResult;
  /** Per tier. */
  readonly byTier: readonly GroupResult[];
  /** Per sector (units without a sector under `(none)`). */
  readonly bySector: readonly GroupResult[];
  /** Per unit. */
  readonly byUnit: readonly GroupResult[];
  /** How many groups (tiers, sectors, units) had their target replaced by the resolver. */
  readonly adjustedGroups: number;
}

/**
 * The result of {@link evaluate}: plain JSON.
 *
 * @example
 * ```ts
 * const e: Evaluation = evaluate(hungYen53, input, { year: 2025, asOf: "2026-01-15" });
 * JSON.stringify(e); // storable as it is
 * ```
 */
export interface Evaluation {
  /** The plan's id and document number. */
  readonly plan: { readonly id: string; readonly document: string };
  /** The year whose targets applied. */
  readonly year: number;
  /** The date of the evaluation. */
  readonly asOf: string;
  /** The date the counts describe. */
  readonly snapshotDate: string;
  /** The tiers counted by I.1.1.1 on the snapshot date. */
  readonly tiers: readonly Tier[];
  /** Every reading used, so that the result can be defended. */
  readonly settings: Settings & {
    /** The reading the tallies were counted under, as the input stated it. */
    readonly keyLeadersCountedUnder: "heads-and-deputies" | "heads-only" | "not-stated";
    readonly trajectory: Trajectory;
    readonly percent: { readonly digits: number; readonly rounding: string };
  };
  /** Reporting coverage: units in force, reporting, missing (their ids), tallies rejected. */
  readonly coverage: {
    readonly unitsInForce: number;
    readonly unitsReporting: number;
    /**
     * Units in force that indicator I.1.1.1 does not count (their kind or tier is outside `settings.scope`), by
     * kind and tier: a unit modelled with an unexpected kind shows here instead of vanishing.
     */
    readonly unitsOutOfScope: readonly {
      readonly kind: string;
      readonly tier: string;
      readonly count: number;
    }[];
    readonly missingUnitIds: readonly string[];
    readonly rejected: readonly RejectedTally[];
  };
  /** One result per indicator of the plan. */
  readonly indicators: readonly IndicatorResult[];
}

/** Counts of a group, summed over its units. */
interface Acc {
  unitIds: string[];
  /** The sector, for sector groups and unit groups (set on every group, so that all have one shape). */
  sector: string | undefined;
  // I.1.1.1, units in scope
  inScope: number;
  scopeReporting: number;
  scopeWithKeyLeaders: number;
  scopeWithFemale: number;
  klWomen: number;
  klTotal: number;
  // people indicators and coverage, all units in force
  reporting: number;
  missing: number;
  poolWomen: number;
  poolTotal: number;
  poolTrained: number;
  wfWomen: number;
  wfTotal: number;
}

const newAcc = (): Acc => ({
  unitIds: [],
  sector: undefined,
  inScope: 0,
  scopeReporting: 0,
  scopeWithKeyLeaders: 0,
  scopeWithFemale: 0,
  klWomen: 0,
  klTotal: 0,
  reporting: 0,
  missing: 0,
  poolWomen: 0,
  poolTotal: 0,
  poolTrained: 0,
  wfWomen: 0,
  wfTotal: 0,
});

function addUnit(acc: Acc, unit: Unit, tally: UnitTallyInput | undefined, inScope: boolean): void {
  acc.unitIds.push(unit.id);
  if (tally === undefined) acc.missing++;
  else {
    acc.reporting++;
    acc.poolWomen += tally.planningPool.women;
    acc.poolTotal += tally.planningPool.total;
    acc.poolTrained += tally.planningPool.womenTrained;
    acc.wfWomen += tally.workforce?.women ?? 0;
    acc.wfTotal += tally.workforce?.total ?? 0;
  }
  if (!inScope) return;
  acc.inScope++;
  if (tally === undefined) return;
  acc.scopeReporting++;
  acc.klWomen += tally.keyLeaders.women;
  acc.klTotal += tally.keyLeaders.total;
  if (tally.keyLeaders.total > 0) acc.scopeWithKeyLeaders++;
  if (tally.keyLeaders.women > 0) acc.scopeWithFemale++;
}

/**
 * Evaluates every indicator of a plan for a year: overall and per tier, sector and unit, the exact value, the
 * target that applied and why, a status (`met`, `below`, `not-computable` with a reason) and the exact
 * shortfall. Pure: the same input gives the same plain-JSON result, whatever the order of units or tallies.
 *
 * Units: I.1.1.1 counts the units in scope (the plan's `settings.scope`: kinds and tiers in force on the snapshot
 * date); a unit in scope that did not report, or reported no key leaders, counts as not meeting the criterion
 * (`missingUnits: "count-as-not-met"`, the default) or is left out (`"exclude"`). People indicators sum the
 * planning pools of all reporting units in force. Tallies that are invalid, duplicated, for unknown units or for
 * units not in force are not used and are listed in `coverage.rejected`: none is dropped silently.
 *
 * @throws UnitValidationError when the units are not a valid hierarchy (duplicate ids, unknown parents, cycles).
 * @throws RangeError when `year` or `asOf` is not valid.
 * @example
 * ```ts
 * import { hungYen53 } from "vn-women-leadership/presets";
 * const result = evaluate(hungYen53, { units, tallies }, { year: 2025, asOf: "2026-01-15" });
 * const i111 = result.indicators[0]!;
 * console.log(i111.overall.status, i111.overall.shortfall); // "below" { units: 1 }
 * ```
 */
export function evaluate(plan: Plan, input: EvaluationInput, options: EvaluateOptions): Evaluation {
  const { year, asOf } = options;
  if (!Number.isSafeInteger(year)) throw new RangeError(`year must be an integer, got ${year}`);
  if (!isCalendarDate(asOf)) throw new RangeError(`asOf must be a calendar date YYYY-MM-DD, got ${asOf}`);
  if (options.snapshotDate !== undefined && !isCalendarDate(options.snapshotDate)) {
    throw new RangeError(`snapshotDate must be a calendar date YYYY-MM-DD, got ${options.snapshotDate}`);
  }
  // The units are only read here and none is returned: checked and copied as defineUnits does, not frozen.
  const units = defineUnitsForReading(input.units);
  const settings: Settings = { ...plan.settings, ...options.settings };
  if (input.keyLeaders !== undefined && input.keyLeaders !== settings.keyLeaders) {
    throw new RangeError(
      `the tallies count key leaders as "${input.keyLeaders}" but the plan reads "${settings.keyLeaders}": count them under the plan's reading (tallyRecords option keyLeaderDefinition)`,
    );
  }
  const resolver = options.targetResolver ?? defaultResolver(plan, settings);
  const yearEnd = `${String(year).padStart(4, "0")}-12-31`;
  const snapshotDate = options.snapshotDate ?? (asOf < yearEnd ? asOf : yearEnd);
  // Before the programme no target applies, and the plan's structure need not reach back that far.
  const tiers: readonly Tier[] =
    settings.scope.tiers !== "all-in-force"
      ? settings.scope.tiers
      : year < plan.period.start
        ? []
        : tiersInForce(plan.localGovernment, snapshotDate);
  const kinds = new Set<string>(settings.scope.unitKinds);
  const tierSet = new Set<string>(tiers);
  const percentOptions = {
    digits: options.percent?.digits ?? 2,
    rounding: options.percent?.rounding ?? "half-up",
  } as const;
  const trajectory: Trajectory = options.trajectory ?? { kind: "next-milestone" };

  const inForce = units.filter(
    (u) =>
      (u.validFrom === undefined || u.validFrom <= snapshotDate) &&
      (u.validTo === undefined || snapshotDate <= u.validTo),
  );

  // Accept each tally or say why not: the same rule as rollUp.
  const { accepted: byUnit, rejected } = acceptTallies(units, input.tallies, {
    date: snapshotDate,
    validate: options.validate !== false,
  });

  // One pass over the units: every group's counts.
  const overall = newAcc();
  const tierGroups = new Map<string, Acc>();
  const sectorGroups = new Map<string, Acc>();
  // Unit ids are unique (defineUnits checked), so each unit's group is new: a list, not a map.
  const unitList: [string, Acc][] = [];
  const group = (m: Map<string, Acc>, k: string): Acc => {
    let acc = m.get(k);
    if (acc === undefined) {
      acc = newAcc();
      m.set(k, acc);
    }
    return acc;
  };
  const missingUnitIds: string[] = [];
  const outOfScope = new Map<string, { kind: string; tier: string; count: number }>();
  for (const unit of inForce) {
    const tally = byUnit.get(unit.id);
    const inScope = kinds.has(unit.kind) && tierSet.has(unit.tier);
    if (!inScope) {
      const k = `${unit.kind}\u0000${unit.tier}`;
      const entry = outOfScope.get(k);
      if (entry === undefined) outOfScope.set(k, { kind: unit.kind, tier: unit.tier, count: 1 });
      else entry.count++;
    }
    const sector = unit.sector ?? NO_SECTOR;
    if (tally === undefined) missingUnitIds.push(unit.id);
    const sectorAcc = group(sectorGroups, sector);
    const unitAcc = newAcc();
    unitList.push([unit.id, unitAcc]);
    sectorAcc.sector = sector;
    unitAcc.sector = sector;
    addUnit(overall, unit, tally, inScope);
    addUnit(group(tierGroups, unit.tier), unit, tally, inScope);
    addUnit(sectorAcc, unit, tally, inScope);
    addUnit(unitAcc, unit, tally, inScope);
  }
  const sectorWorkforce = (sector: string) => {
    const acc = sectorGroups.get(sector);
    return { women: acc?.wfWomen ?? 0, total: acc?.wfTotal ?? 0 };
  };

  // Sorted once for all indicators.
  const byKey = (a: [string, Acc], b: [string, Acc]) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
  const tierList = [...tierGroups].sort(byKey);
  const sectorList = [...sectorGroups].sort(byKey);
  unitList.sort(byKey);
  // Percentages repeat across groups (2 of 5 key leaders, 3 of 4 trained): each distinct ratio is reduced and
  // rounded once per evaluation (decimal arithmetic is the dearest step of judging a group), looked up by its two
  // numbers (a string key costs more to hash than the lookup saves).
  const percents = new Map<number, Map<number, string>>();
  const percentOf = (numerator: number, denominator: number): string => {
    let byDenominator = percents.get(numerator);
    if (byDenominator === undefined) {
      byDenominator = new Map();
      percents.set(numerator, byDenominator);
    }
    let p = byDenominator.get(denominator);
    if (p === undefined) {
      p = exactRatio(fraction(numerator, denominator), percentOptions).percent;
      byDenominator.set(denominator, p);
    }
    return p;
  };
  // A fresh copy of a ratio, so that no two groups share an object.
  const copy = (r: ExactRatio): ExactRatio => ({
    numerator: r.numerator,
    denominator: r.denominator,
    percent: r.percent,
    rounding: { digits: r.rounding.digits, mode: r.rounding.mode },
  });
  const indicators = plan.indicators.map((indicator): IndicatorResult => {
    const target = targetFor(plan, indicator.id, year, { trajectory });
    let adjustedGroups = 0;
    let planTargets: PlanTargets | undefined;
    const judging: Judging = {
      plan,
      indicator,
      year,
      target,
      settings,
      resolver,
      sectorWorkforce,
      // “Achieve by the end of the year”: a milestone is missed only once the counts describe its year's end.
      milestoneDue:
        target.milestone !== undefined &&
        target.milestoneDue === true &&
        snapshotDate >= `${String(target.milestone.year).padStart(4, "0")}-12-31`,
      percent: percentOptions,
      percentOf,
      // The plan's target and milestone as fractions, worked out once per indicator when a group first needs them.
      planTargets: (t, milestone) => {
        if (planTargets === undefined) {
          const applied = ratioToFraction(t);
          const m = percentToFraction(milestone);
          planTargets = {
            applied,
            milestone: m,
            appliedRatio: exactRatio(applied, percentOptions),
            sameTarget: compareFractions(m, applied) === 0,
          };
        }
        return planTargets;
      },
      copy,
    };
    const judge = (by: GroupBy, key: string, acc: Acc): GroupResult => {
      const r = judgeGroup(judging, by, key, acc);
      if (r.targetSource === "resolver") adjustedGroups++;
      return r;
    };
    const unitsOf = (list: readonly [string, Acc][], by: GroupBy) =>
      list
        .filter(([, acc]) => indicator.measure !== "units-with-female-key-leader" || acc.inScope > 0)
        .map(([k, acc]) => judge(by, k, acc));
    const result = {
      indicatorId: indicator.id,
      measure: indicator.measure,
      name: indicator.name,
      citation: indicator.citation,
      target,
      overall: judge("overall", "(all)", overall),
      byTier: unitsOf(tierList, "tier"),
      bySector: unitsOf(sectorList, "sector"),
      byUnit: unitsOf(unitList, "unit"),
    };
    return { ...result, adjustedGroups };
  });

  return {
    plan: { id: plan.id, document: plan.document.number },
    year,
    asOf,
    snapshotDate,
    tiers: [...tiers],
    settings: {
      ...settings,
      keyLeadersCountedUnder: input.keyLeaders ?? "not-stated",
      trajectory,
      percent: percentOptions,
    },
    coverage: {
      unitsInForce: inForce.length,
      unitsReporting: byUnit.size,
      unitsOutOfScope: [...outOfScope.values()].sort((a, b) =>
        a.kind === b.kind ? (a.tier < b.tier ? -1 : 1) : a.kind < b.kind ? -1 : 1,
      ),
      missingUnitIds: missingUnitIds.sort(),
      rejected,
    },
    indicators,
  };
}

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
interface Judging {
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

function judgeGroup(j: Judging, by: GroupBy, key: string, acc: Acc): GroupResult {
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
    targets = { applied: resolved.target, milestone: resolved.target, sameTarget: true };
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
    const milestone = resolvedMilestone?.target ?? planMilestone;
    targets = {
      applied: resolved.target,
      milestone,
      sameTarget: compareFractions(milestone, resolved.target) === 0,
    };
  }
  const { applied, milestone: milestoneTarget, appliedRatio, sameTarget } = targets;
  let met: boolean;
  let metMilestone: boolean;
  let shortfall: GroupResult["shortfall"];
  let need = 0;
  if (isUnits) {
    need = requiredUnits(denominator, applied, settings.unitTargetReading);
    met = numerator >= need;
    shortfall = { units: Math.max(0, need - numerator) };
    metMilestone = sameTarget
      ? met
      : numerator >= requiredUnits(denominator, milestoneTarget, settings.unitTargetReading);
  } else {
    const value = fraction(numerator, denominator);
    met = compareFractions(value, applied) >= 0;
    shortfall = peopleShortfall(numerator, denominator, applied);
    metMilestone = sameTarget ? met : compareFractions(value, milestoneTarget) >= 0;
  }
  // Built field by field, in the order of the result's documentation (object spreads here cost more than the rest
  // of the judging at 10,000 units).
  const result: Writable<GroupResult> = {
    by,
    key,
    units,
    status: met ? "met" : "below",
    value: { numerator, denominator, percent: j.percentOf(numerator, denominator) },
    target: appliedRatio === undefined ? exactRatio(applied, j.percent) : j.copy(appliedRatio),
    targetSource: resolved === undefined ? "plan" : "resolver",
  };
  if (resolved !== undefined) result.adjustment = resolved.audit;
  result.milestoneStatus = metMilestone ? "met" : j.milestoneDue ? "missed" : "not-yet-met";
  if (target.basis === "linear-trajectory") result.trajectoryStatus = met ? "on-track" : "behind";
  result.shortfall = shortfall;
  if (keyLeaderShare !== undefined) {
    result.requiredUnits = need;
    result.keyLeaderShare = keyLeaderShare;
  }
  return result;
}

/** The plan's own adjustment, when its settings choose any policy other than `none`. */
function defaultResolver(plan: Plan, settings: Settings): TargetResolver | undefined {
  const a = settings.adjustment;
  const all = [a.default, ...Object.values(a.bySector), ...Object.values(a.byUnit)];
  if (plan.adjustment === null || all.every((p) => p.policy === "none")) return undefined;
  return adjustmentResolver(plan, a);
}

type Writable<T> = { -readonly [K in keyof T]: T[K] };
