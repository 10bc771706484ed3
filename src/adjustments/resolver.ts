/**
 * The adjustment as a target resolver for `evaluate`: for every indicator the plan marks adjustable, each sector
 * (or unit, by setting) whose workforce is under the threshold gets its policy's target, with the audit record
 * shown in the result.
 *
 * @module
 */
import type { TargetResolver } from "../evaluation/evaluate.js";
import type { Plan } from "../plan/schema.js";
import { ratioToFraction } from "../rational/ratio.js";
import { adjustTarget } from "./adjust.js";
import { type AdjustmentSettings, AdjustmentSettingsSchema } from "./policy.js";

/**
 * Builds a target resolver that applies the plan's adjustment clause with the chosen policies. Judged per
 * sector (default: the clause's `basis`, “ngành, lĩnh vực”): a sector group and every unit in that sector get the
 * sector's adjusted target; per unit: each unit by its own workforce. Tier and overall groups keep the plan's
 * target; `adjustedGroups` in each indicator result counts the groups adjusted. A policy that would raise a
 * target is refused when the settings are parsed (`explicit`) or yields the base target.
 *
 * @throws RangeError when the plan has no adjustment clause.
 * @example
 * ```ts
 * import { hungYen53 } from "vn-women-leadership/presets";
 * const resolver = adjustmentResolver(hungYen53, { default: { policy: "proportional" } });
 * const result = evaluate(hungYen53, input, { year: 2025, asOf: "2026-01-15", targetResolver: resolver });
 * ```
 */
export function adjustmentResolver(
  plan: Plan,
  settings: Partial<AdjustmentSettings> | unknown = {},
): TargetResolver {
  const clause = plan.adjustment;
  if (clause === null) throw new RangeError("the plan has no adjustment clause");
  const s = AdjustmentSettingsSchema.parse(settings);
  const basis = s.basis ?? clause.basis;
  const adjustable = new Set(clause.appliesTo);
  return (ctx) => {
    if (!adjustable.has(ctx.indicator.id)) return undefined;
    const { group } = ctx;
    let workforce: { women: number; total: number };
    let policy = s.default;
    if (basis === "sector") {
      if ((group.by !== "sector" && group.by !== "unit") || group.sector === undefined) return undefined;
      workforce = ctx.sectorWorkforce(group.sector);
      policy = s.bySector[group.sector] ?? policy;
      if (group.by === "unit") policy = s.byUnit[group.key] ?? policy;
    } else {
      if (group.by !== "unit") return undefined;
      workforce = group.workforce;
      policy =
        s.byUnit[group.key] ?? (group.sector === undefined ? undefined : s.bySector[group.sector]) ?? policy;
    }
    const r = adjustTarget({ base: ratioToFraction(ctx.base), workforce, clause, policy });
    if (!r.success || !r.audit.adjusted) return undefined;
    return { target: r.target, audit: { ...r.audit, basis } };
  };
}
