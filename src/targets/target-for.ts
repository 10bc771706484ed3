/**
 * The target that applies to an indicator in a year.
 *
 * Milestones are “achieve by the end of that year” targets. A year between milestones is judged against the
 * next milestone (default) or, if asked, a linear trajectory towards it from a baseline or the previous
 * milestone; after the last milestone the last target holds; before the programme no target applies.
 *
 * @module
 */

import { fail, integerIn, oneOf, optionsObject, requireRecord, wrongType } from "../internal/args.js";
import { requirePlan } from "../plan/guard.js";
import type { Plan } from "../plan/schema.js";
import type { Citation } from "../primitives/citation.js";
import { type Fraction, fraction } from "../rational/fraction.js";
import { type Percent, percentToFraction, readPercent } from "../rational/percent.js";
import { type ExactRatio, exactRatio } from "../rational/ratio.js";

/**
 * How a year between milestones is judged:
 * - `next-milestone` (default): against the next milestone's target;
 * - `linear`: against a straight line from the baseline (or the previous milestone, if later) to the next
 *   milestone, for “on track” judgements. The baseline value is a share (`"35%"`, `"0.35"`, …); in the baseline
 *   year itself the target is the baseline value. A year before the baseline is judged against the milestone.
 *
 * @example
 * ```ts
 * const t: Trajectory = { kind: "linear", baseline: { year: 2021, value: "35%" } };
 * ```
 */
export type Trajectory =
  | { readonly kind: "next-milestone" }
  | { readonly kind: "linear"; readonly baseline: { readonly year: number; readonly value: string } };

/**
 * The target that applies to an indicator in a year, and why.
 *
 * @example
 * ```ts
 * const t: TargetForYear = targetFor(hungYen53, "women-in-planning-pool", 2023);
 * t.milestone?.year; //=> 2025
 * t.milestoneDue; //=> false
 * ```
 */
export interface TargetForYear {
  /** The indicator. */
  readonly indicatorId: string;
  /** The year judged. */
  readonly year: number;
  /** Whether any target applies: not before the programme starts, not for qualitative indicators. */
  readonly applicable: boolean;
  /** Why no target applies, when none does. */
  readonly reason?: "before-programme" | "qualitative";
  /** How the target was found. */
  readonly basis?: "milestone" | "after-last-milestone" | "linear-trajectory";
  /** The milestone the year is judged against: the next one, or the last one after it. */
  readonly milestone?: { readonly year: number; readonly target: Percent; readonly citation: Citation };
  /** Whether the milestone's year has come: a value below it is then “missed”, not “not yet met”. */
  readonly milestoneDue?: boolean;
  /** The target applied in this year: the milestone's, or the trajectory's. */
  readonly target?: ExactRatio;
}

/**
 * Finds the target of an indicator for a year.
 *
 * @throws InvalidInputError when the plan is not a plan, it has no such indicator (`indicator.unknown-id`), the
 *   year is not an integer from 1900 to 2200, or the trajectory is not valid.
 * @example
 * ```ts
 * import { hungYen53 } from "vn-women-leadership/presets";
 * targetFor(hungYen53, "agencies-with-female-key-leader", 2023).target?.percent; //=> "60.00"
 * targetFor(hungYen53, "agencies-with-female-key-leader", 2027, {
 *   trajectory: { kind: "linear", baseline: { year: 2025, value: "60%" } },
 * }).target?.percent; //=> "66.00"
 * targetFor(hungYen53, "agencies-with-female-key-leader", 2020).applicable; //=> false
 * ```
 */
export function targetFor<I extends string>(
  plan: Plan<I>,
  indicatorId: NoInfer<I>,
  year: number,
  options: { readonly trajectory?: Trajectory } = {},
): TargetForYear {
  const checked = requirePlan(plan, ["plan"]);
  if (typeof indicatorId !== "string") wrongType(["indicatorId"], "string", indicatorId);
  const y = integerIn(year, 1900, 2200, ["year"]);
  const o = optionsObject(options, ["options"]);
  return targetOf(checked, indicatorId, y, readTrajectory(o["trajectory"], ["options", "trajectory"]));
}

/**
 * {@link targetFor} on checked arguments.
 *
 * @internal
 */
export function targetOf(
  plan: Plan,
  indicatorId: string,
  year: number,
  trajectory: Trajectory,
): TargetForYear {
  const indicator = plan.indicators.find((i) => i.id === indicatorId);
  if (indicator === undefined)
    return fail("indicator.unknown-id", ["indicatorId"], { id: String(indicatorId) });
  if (indicator.measure === "qualitative")
    return { indicatorId, year, applicable: false, reason: "qualitative" };
  if (year < plan.period.start) return { indicatorId, year, applicable: false, reason: "before-programme" };

  const milestones = [...indicator.milestones].sort((a, b) => a.year - b.year);
  const next = milestones.find((m) => m.year >= year);
  const last = milestones.at(-1);
  const chosen = next ?? last;
  if (chosen === undefined)
    return fail("indicator.quantitative-without-milestones", ["indicatorId"], { id: indicatorId });
  const milestone = { year: chosen.year, target: chosen.target, citation: chosen.citation };
  const base = {
    indicatorId,
    year,
    applicable: true,
    milestone,
    milestoneDue: year >= chosen.year,
  } as const;
  if (next === undefined) {
    return { ...base, basis: "after-last-milestone", target: exactRatio(percentToFraction(chosen.target)) };
  }
  if (trajectory.kind === "linear" && next.year > year) {
    const previous = milestones.filter((m) => m.year < year).at(-1);
    const baselineValue = percentToFraction(trajectory.baseline.value, [
      "options",
      "trajectory",
      "baseline",
      "value",
    ]);
    // Anchors at or before the year; at equal years the milestone (the law) wins over the baseline (a fact).
    const anchors = [
      ...(trajectory.baseline.year <= year ? [{ year: trajectory.baseline.year, value: baselineValue }] : []),
      ...(previous === undefined ? [] : [{ year: previous.year, value: percentToFraction(previous.target) }]),
    ].sort((a, b) => a.year - b.year);
    const anchor = anchors.at(-1);
    if (anchor !== undefined) {
      const end = { year: next.year, value: percentToFraction(next.target) };
      const value = anchor.year === year ? anchor.value : interpolate(anchor, end, year);
      return { ...base, basis: "linear-trajectory", target: exactRatio(value) };
    }
  }
  return { ...base, basis: "milestone", target: exactRatio(percentToFraction(next.target)) };
}

/** The value at `year` on the line from `a` to `b` (a.year < year < b.year), exactly. */
function interpolate(
  a: { year: number; value: Fraction },
  b: { year: number; value: Fraction },
  year: number,
): Fraction {
  // a + (b − a)·(year − a.year)/(b.year − a.year), over a common denominator
  const span = BigInt(b.year - a.year);
  const step = BigInt(year - a.year);
  const d = a.value.d * b.value.d * span;
  const n = a.value.n * b.value.d * span + (b.value.n * a.value.d - a.value.n * b.value.d) * step;
  return fraction(n, d);
}

/**
 * Reads a trajectory option: the next milestone, or a linear one from a baseline year (1900–2200) and a share.
 *
 * @throws InvalidInputError when it is neither.
 * @internal
 */
export function readTrajectory(value: unknown, path: readonly (string | number)[]): Trajectory {
  if (value === undefined) return { kind: "next-milestone" };
  const t = requireRecord(value, path);
  const kind = oneOf(t["kind"], ["next-milestone", "linear"] as const, [...path, "kind"]);
  if (kind === "next-milestone") return { kind };
  const b = requireRecord(t["baseline"], [...path, "baseline"]);
  const year = integerIn(b["year"], 1900, 2200, [...path, "baseline", "year"]);
  const share = readPercent(b["value"]);
  if (typeof share !== "string") {
    return fail(share.code, [...path, "baseline", "value"], { value: share.value });
  }
  return { kind, baseline: { year, value: share } };
}
