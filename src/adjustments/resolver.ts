/**
 * The adjustment as a target resolver for `evaluate`: for every indicator the plan marks adjustable, each sector
 * (or unit, by setting) whose workforce is under the threshold gets its policy's target, with the audit record
 * shown in the result.
 *
 * @module
 */

import { branded, VnWomenLeadershipError } from "../errors/errors.js";
import { makeIssue, type ValidationIssue } from "../i18n/issues.js";
import { fail } from "../internal/args.js";
import { NO_SECTOR } from "../organisation/unit.js";
import {
  type AdjustmentPolicy,
  type AdjustmentSettingsInput,
  readAdjustmentSettings,
} from "../plan/adjustment-settings.js";
import { requirePlan } from "../plan/guard.js";
import type { Plan } from "../plan/schema.js";
import { ratioToFraction } from "../rational/ratio.js";
import { type AdjustmentAudit, adjustExact } from "./adjust.js";
import type { TargetResolver } from "./hook.js";

/**
 * Thrown during an evaluation when a chosen policy would raise a group's target (an `explicit` target above the
 * base): the adjustment clause only allows lowering, and silently keeping the base would hide the mistake.
 *
 * @example
 * ```ts
 * try { evaluate(plan, input, { year: 2025, asOf: "2026-01-15" }); }
 * catch (e) { if (AdjustmentRefusedError.is(e)) console.log(e.issues[0]?.message.vi, e.audit); }
 * ```
 */
export class AdjustmentRefusedError extends VnWomenLeadershipError {
  /** The audit record of the refused adjustment. */
  readonly audit: AdjustmentAudit;

  /**
   * Builds the error for one group.
   *
   * @param issue - the catalogue issue (`adjustment.raises-target`), with the group as its path.
   * @param audit - the audit record of the refused adjustment.
   */
  constructor(issue: ValidationIssue, audit: AdjustmentAudit) {
    super("AdjustmentRefusedError", [issue], {
      vi: "Điều chỉnh chỉ tiêu bị từ chối:",
      en: "Adjustment refused:",
    });
    this.audit = audit;
  }

  /**
   * Whether a value is an {@link AdjustmentRefusedError}, from any build.
   *
   * @example
   * ```ts
   * AdjustmentRefusedError.is(new Error("x")); //=> false
   * ```
   */
  static override is(e: unknown): e is AdjustmentRefusedError {
    return branded(e, "AdjustmentRefusedError");
  }
}

const own = <T>(record: Readonly<Record<string, T>>, key: string): T | undefined =>
  Object.hasOwn(record, key) ? record[key] : undefined;

/**
 * Builds a target resolver that applies the plan's adjustment clause with the chosen policies. Judged per
 * sector (default: the clause's `basis`, “ngành, lĩnh vực”): a sector group and every unit in that sector get the
 * sector's adjusted target; units without a sector are never adjusted per sector (they belong to no “ngành”).
 * Judged per unit: each unit by its own workforce. Tier and overall groups keep the plan's target;
 * `adjustedGroups` in each indicator result counts the groups adjusted. `evaluate` builds this resolver itself
 * from the plan's `settings.adjustment`; call it directly to try other policies.
 *
 * @throws InvalidInputError when the plan has no adjustment clause; `PlanConfigError` for keys such as `__proto__`; a zod
 *   error when the settings are not valid; during evaluation, {@link AdjustmentRefusedError} when a policy would
 *   raise a target.
 * @example
 * ```ts
 * import { hungYen53 } from "vn-women-leadership/presets";
 * const resolver = adjustmentResolver(hungYen53, { default: { policy: "proportional" } });
 * const result = evaluate(hungYen53, input, { year: 2025, asOf: "2026-01-15", targetResolver: resolver });
 * ```
 */
export function adjustmentResolver(plan: Plan, settings: AdjustmentSettingsInput = {}): TargetResolver {
  plan = requirePlan(plan, ["plan"]);
  const clause = plan.adjustment;
  if (clause === null) return fail("adjustment.no-clause", ["plan", "adjustment"]);
  // zod drops a "__proto__" key without a word: polluting keys are refused before parsing, as definePlan does.
  const s = readAdjustmentSettings(settings, ["settings"]);
  const basis = s.basis ?? clause.basis;
  const adjustable = new Set(clause.appliesTo);
  return (ctx) => {
    if (!adjustable.has(ctx.indicator.id)) return undefined;
    const { group } = ctx;
    let workforce: { women: number; total: number };
    let policy: AdjustmentPolicy = s.default;
    if (basis === "sector") {
      if (
        (group.by !== "sector" && group.by !== "unit") ||
        group.sector === undefined ||
        group.sector === NO_SECTOR
      ) {
        return undefined;
      }
      workforce = ctx.sectorWorkforce(group.sector);
      policy = own(s.bySector, group.sector) ?? policy;
      if (group.by === "unit") policy = own(s.byUnit, group.key) ?? policy;
    } else {
      if (group.by !== "unit") return undefined;
      workforce = group.workforce;
      const bySector = group.sector === undefined ? undefined : own(s.bySector, group.sector);
      policy = own(s.byUnit, group.key) ?? bySector ?? policy;
    }
    const r = adjustExact(ratioToFraction(ctx.base), workforce, clause, policy);
    if (!r.success) {
      const issue = makeIssue(r.code, [ctx.indicator.id, group.by, group.key], {
        declared: `${r.audit.declaredTarget?.percent ?? r.audit.adjustedTarget.percent}%`,
        base: `${r.audit.baseTarget.percent}%`,
      });
      throw new AdjustmentRefusedError(issue, r.audit);
    }
    if (!r.audit.adjusted) return undefined;
    return { target: r.target, audit: { ...r.audit, basis } };
  };
}
